import type { Scope } from '../../core/context.js';
import { NotFoundError, PreconditionFailedError } from '../../core/errors.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import { type LiveBus, PendingEvents, Topic, topicId } from '../../core/pubsub.js';
import type { ClientScope } from '../../core/scope.js';
import { keysetPage } from '../../core/sql.js';
import { type CompanyKey, canSeeCompany } from '../company/company.policy.js';
import { staffTopicIds } from '../company/company.topics.js';
import { Message } from '../message/message.entity.js';
import type { ReceiptService } from '../receipt/receipt.service.js';
import { WebhookEvent } from '../webhook/webhook.entity.js';
import { recordWebhookEvents } from '../webhook/webhook.events.js';
import { acknowledgmentRefusal } from './acknowledgment.policy.js';
import {
  acknowledgmentRequestRows,
  insertAcknowledgment,
  messageToAcknowledge,
} from './acknowledgment.queries.js';

/** Confirmations of receipt: clients give them, the office follows who did. */
export class AcknowledgmentService {
  constructor(
    private readonly live: LiveBus,
    private readonly receipts: ReceiptService,
  ) {}

  /**
   * A client user confirms receipt of an office message whose broadcast asked for it. The first
   * confirmation of the message is kept (who and when); a later one, also a concurrent twin, changes
   * nothing and answers the same. It also reads the message for that user, as markMessagesRead
   * does (receipt, unread count, live events). NOT_FOUND for a message of a company the user does
   * not see, PRECONDITION_FAILED (ACKNOWLEDGMENT_NOT_REQUIRED) for one that asks for none.
   */
  async acknowledge(scope: ClientScope, messageId: string): Promise<Message> {
    const { em, actor } = scope;
    const message = isId(messageId) ? await messageToAcknowledge(em, messageId) : undefined;
    const refusal = acknowledgmentRefusal(actor, message);
    if (refusal === 'NOT_FOUND' || !message) throw new NotFoundError('Message', messageId);
    if (refusal === 'NOT_REQUIRED')
      throw new PreconditionFailedError(
        'This message does not ask for a confirmation of receipt.',
        ['ACKNOWLEDGMENT_NOT_REQUIRED'],
      );
    const { company } = message;
    const events = new PendingEvents();
    await em.transactional(async (tx) => {
      // Takes the thread's lock first, as marking read does: the two never wait on each other in turn.
      await this.receipts.readInTransaction(tx, actor, company, [messageId], events);
      const acknowledgedAt = await insertAcknowledgment(tx, messageId, actor.userId);
      if (!acknowledgedAt) return;
      events.addAll(
        Topic.MessageAcknowledged,
        [topicId.company(company.id), ...staffTopicIds(company)],
        { messageId, companyId: company.id },
      );
      await recordWebhookEvents(tx, company.officeId, WebhookEvent.MESSAGE_ACKNOWLEDGED, [
        {
          messageId,
          companyId: company.id,
          userId: actor.userId,
          acknowledgedAt: acknowledgedAt.toISOString(),
        },
      ]);
    });
    events.publish(this.live);
    return em.findOneOrFail(Message, messageId);
  }

  /**
   * The messages of a company the viewer already holds that asked its clients to confirm receipt,
   * newest first, all or only the (un)acknowledged: one statement a page. NOT_FOUND for a company
   * the viewer does not see.
   */
  requests(
    { em, actor }: Scope,
    company: CompanyKey,
    args: { first?: number | null; after?: string | null; acknowledged?: boolean | null },
  ): Promise<ConnectionShape<Message>> {
    if (!canSeeCompany(actor, company)) throw new NotFoundError('Company', company.id);
    return keysetPage(em, acknowledgmentRequestRows(em, company.id, args.acknowledged ?? null), {
      first: pageSize(args.first),
      after: decodeCursor(args.after, ['time', 'id']),
      sort: [
        ['created_at', 'timestamptz'],
        ['id', 'uuid'],
      ],
      descending: true,
      map: (row) => em.map(Message, row),
      cursorOf: (m) => [m.createdAt.toISOString(), m.id],
    });
  }
}
