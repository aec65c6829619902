import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffActor } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { type LiveBus, PendingEvents } from '../../core/pubsub.js';
import type { StaffScope } from '../../core/scope.js';
import { requireList, requireText } from '../../core/validation.js';
import type { VisibleCompany } from '../company/company.queries.js';
import type { CompanyService } from '../company/company.service.js';
import type { FileService } from '../file/file.service.js';
import { MessageKind } from '../message/message.entity.js';
import { recordNewMessages } from '../message/message.service.js';
import { MAX_BODY_LENGTH } from '../message/message.types.js';
import { Broadcast } from './broadcast.entity.js';
import { whereBroadcastVisible } from './broadcast.policy.js';
import {
  type InsertedMessage,
  insertEmailMessages,
  insertNotificationMessages,
} from './broadcast.queries.js';
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
  async sendNotification(scope: StaffScope, input: SendBulkNotificationInput): Promise<Broadcast> {
    const companyIds = requireList(input.companyIds, 'companyIds', MAX_BROADCAST_COMPANIES);
    const body = requireText(input.body, 'body', MAX_BODY_LENGTH);
    const companies = await this.companies.requireAllVisible(scope, companyIds);
    const attachmentIds = await this.files.requireOwnUploads(scope, input.attachmentIds ?? []);
    const events = new PendingEvents();
    const { broadcast } = await scope.em.transactional((em) =>
      createBroadcastWithMessages(
        em,
        scope.actor,
        companies,
        { kind: MessageKind.NOTIFICATION, body, attachmentIds },
        events,
      ),
    );
    events.publish(this.live);
    return broadcast;
  }

  /** A broadcast the actor sees (see broadcast.policy.ts); NOT_FOUND otherwise, as if it did not exist. */
  async get({ em, actor }: StaffScope, id: string): Promise<Broadcast> {
    if (!isId(id)) throw new NotFoundError('Broadcast', id);
    const broadcast = await em.findOne(Broadcast, { id, ...whereBroadcastVisible(actor) });
    if (!broadcast) throw new NotFoundError('Broadcast', id);
    return broadcast;
  }
}

/** What a broadcast sends: one notification text, or each company's own archived email. */
export type BroadcastContent =
  | { kind: MessageKind.NOTIFICATION; body: string; attachmentIds: string[] }
  | {
      kind: MessageKind.EMAIL;
      subject: string;
      /** The sanitized HTML as written: the broadcast's body, and what the worker sends. */
      html: string;
      idempotencyKey?: string;
      /** A company's archived message: the text and HTML with the list of its own printouts. */
      archiveOf(companyId: string): { body: string; html: string };
    };

/** A message of a new broadcast and the company it went to. */
export interface BroadcastMessage {
  messageId: string;
  company: VisibleCompany;
}

/**
 * One broadcast and one message per company in the caller's transaction, with what every new
 * message does besides its row (see recordNewMessages): the same few statements for 1 or 10,000
 * companies. An email broadcast starts with every company queued; its deliveries are the caller's.
 */
export async function createBroadcastWithMessages(
  em: EntityManager,
  author: StaffActor,
  companies: VisibleCompany[],
  content: BroadcastContent,
  events: PendingEvents,
): Promise<{ broadcast: Broadcast; messages: BroadcastMessage[] }> {
  const common = {
    office: author.officeId,
    author: author.userId,
    recipientCount: companies.length,
  };
  const broadcast =
    content.kind === MessageKind.EMAIL
      ? em.create(Broadcast, {
          ...common,
          kind: content.kind,
          subject: content.subject,
          body: content.html,
          queuedCount: companies.length,
          idempotencyKey: content.idempotencyKey,
        })
      : em.create(Broadcast, { ...common, kind: content.kind, body: content.body });
  await em.flush();
  const inserted = await insertMessages(em, author, broadcast, companies, content);
  const byId = new Map(companies.map((c) => [c.id, c]));
  const messages: BroadcastMessage[] = [];
  for (const row of inserted) {
    const company = byId.get(row.company_id);
    if (!company) throw new Error(`message ${row.id} of a company not in the broadcast`);
    messages.push({ messageId: row.id, company });
  }
  await recordNewMessages(em, messages, events, {
    attachmentIds: content.kind === MessageKind.NOTIFICATION ? content.attachmentIds : [],
    toClients: true,
    conversation: false,
  });
  return { broadcast, messages };
}

function insertMessages(
  em: EntityManager,
  author: StaffActor,
  broadcast: Broadcast,
  companies: VisibleCompany[],
  content: BroadcastContent,
): Promise<InsertedMessage[]> {
  const ids = { authorId: author.userId, broadcastId: broadcast.id };
  if (content.kind === MessageKind.NOTIFICATION)
    return insertNotificationMessages(em, {
      ...ids,
      body: content.body,
      companyIds: companies.map((c) => c.id),
    });
  return insertEmailMessages(em, {
    ...ids,
    subject: content.subject,
    messages: companies.map((c) => ({ companyId: c.id, ...content.archiveOf(c.id) })),
  });
}
