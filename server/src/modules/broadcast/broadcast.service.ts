import type { Scope, StaffActor } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { type LiveBus, PendingEvents } from '../../core/pubsub.js';
import { isStaffActor } from '../../core/scope.js';
import { executeBound, uuidArray } from '../../core/sql.js';
import { requireList, requireText } from '../../core/validation.js';
import { Role } from '../auth/user.entity.js';
import type { CompanyService } from '../company/company.service.js';
import type { FileService } from '../file/file.service.js';
import { MessageKind } from '../message/message.entity.js';
import { recordNewMessages } from '../message/message.service.js';
import { MAX_BODY_LENGTH } from '../message/message.types.js';
import { Broadcast } from './broadcast.entity.js';
import { MAX_BROADCAST_COMPANIES, type SendBulkNotificationInput } from './broadcast.types.js';

export class BroadcastService {
  constructor(
    private readonly live: LiveBus,
    private readonly companies: CompanyService,
    private readonly files: FileService,
  ) {}

  /**
   * The same notification to each ticked company separately. Either every company is visible to
   * the actor and each gets its own message, or nothing changes. The statements are the same few
   * for 1 or 10,000 companies.
   */
  async sendNotification(scope: Scope, input: SendBulkNotificationInput): Promise<Broadcast> {
    const actor = scope.actor as StaffActor;
    const companyIds = requireList(input.companyIds, 'companyIds', MAX_BROADCAST_COMPANIES);
    const body = requireText(input.body, 'body', MAX_BODY_LENGTH);
    const companies = await this.companies.requireAllVisible(scope, companyIds);
    const attachmentIds = await this.files.requireOwnUploads(scope, input.attachmentIds ?? []);
    const events = new PendingEvents();
    const broadcast = await scope.em.transactional(async (em) => {
      const created = em.create(Broadcast, {
        office: actor.officeId,
        author: actor.userId,
        kind: MessageKind.NOTIFICATION,
        body,
        recipientCount: companies.length,
      });
      await em.flush();
      const rows = await executeBound<{ id: string; company_id: string }>(
        em,
        `insert into message (company_id, author_id, broadcast_id, direction, kind, body)
         select c.id, ?, ?, 'OFFICE_TO_CLIENT', 'NOTIFICATION', ? from unnest(?::uuid[]) as c(id)
         returning id, company_id`,
        [actor.userId, created.id, body, uuidArray(companyIds)],
      );
      const byId = new Map(companies.map((c) => [c.id, c]));
      const messages = rows.map((r) => ({ messageId: r.id, company: byId.get(r.company_id)! }));
      await recordNewMessages(em, messages, events, {
        attachmentIds,
        toClients: true,
        conversation: false,
      });
      return created;
    });
    events.publish(this.live);
    return broadcast;
  }

  /** A broadcast of the actor's office: any for the head, their own for a caretaker. */
  async get({ em, actor }: Scope, id: string): Promise<Broadcast> {
    if (!isStaffActor(actor) || !isId(id)) throw new NotFoundError('Broadcast', id);
    const broadcast = await em.findOne(Broadcast, {
      id,
      office: actor.officeId,
      ...(actor.role === Role.CARETAKER ? { author: actor.userId } : {}),
    });
    if (!broadcast) throw new NotFoundError('Broadcast', id);
    return broadcast;
  }
}
