import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../core/context.js';
import { BadUserInputError, NotFoundError, PreconditionFailedError } from '../../core/errors.js';
import { type Delivered, eventStream, type ResyncSignal } from '../../core/live-stream.js';
import { type ConnectionShape, decodeCursor, pageSize } from '../../core/pagination.js';
import { type LiveBus, PendingEvents, Topic, type TopicItems, topicId } from '../../core/pubsub.js';
import {
  type ActorScope,
  isClientActor,
  type MemberScope,
  type StaffScope,
} from '../../core/scope.js';
import { keysetPage, toInt } from '../../core/sql.js';
import { requireText } from '../../core/validation.js';
import { Company } from '../company/company.entity.js';
import {
  type CompanyKey,
  canSeeCompany,
  companyKey,
  whereCompanyVisible,
} from '../company/company.policy.js';
import { whereCompanyMatches } from '../company/company.queries.js';
import type { CompanyService } from '../company/company.service.js';
import { staffTopicIds, threadTopicIds, viewerTopicIds } from '../company/company.topics.js';
import type { FileService } from '../file/file.service.js';
import { recordMessageEvents } from '../webhook/webhook.events.js';
import { Message, MessageDirection, MessageKind } from './message.entity.js';
import {
  linkAttachments,
  moveConversations,
  raiseMemberCounters,
  setConversationClosed,
} from './message.queries.js';
import {
  type Conversation,
  ConversationStatus,
  conversationOf,
  MAX_BODY_LENGTH,
  MAX_INBOX_SEARCH,
  type SendMessageInput,
} from './message.types.js';

export interface ThreadArgs {
  first?: number | null;
  after?: string | null;
  kind?: MessageKind;
}

export class MessageService {
  constructor(
    private readonly live: LiveBus,
    private readonly companies: CompanyService,
    private readonly files: FileService,
    private readonly subscriptionBuffer: number,
  ) {}

  /** A company's thread, newest first, for an actor who may see the company. */
  async thread(
    scope: ActorScope,
    companyId: string,
    args: ThreadArgs,
  ): Promise<ConnectionShape<Message>> {
    const company = await this.companies.requireVisible(scope, companyId);
    return this.threadOfVisible(scope, companyKey(company), args);
  }

  /**
   * The thread of a company the viewer already holds (a field of a Company they got): checked by
   * the pure rule, so a list of companies costs no query per row for it; NOT_FOUND otherwise.
   */
  threadOfVisible(
    { em, actor }: Scope,
    company: CompanyKey,
    args: ThreadArgs,
  ): Promise<ConnectionShape<Message>> {
    if (!canSeeCompany(actor, company)) throw new NotFoundError('Company', company.id);
    const companyId = company.id;
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['time', 'id']);
    const knex = em.getKnex();
    const inner = knex('message as m').select('m.*').where('m.company_id', companyId);
    if (args.kind) inner.where('m.kind', args.kind);
    // A recalled notification is gone for clients; staff see it, marked.
    if (isClientActor(actor)) inner.whereNull('m.recalled_at');
    return keysetPage(em, inner, {
      first,
      after,
      sort: [
        ['created_at', 'timestamptz'],
        ['id', 'uuid'],
      ],
      descending: true,
      map: (row) => em.map(Message, row),
      cursorOf: (m) => [m.createdAt.toISOString(), m.id],
    });
  }

  /**
   * New messages or receipts of one thread the actor may see, or of every thread they see, from the
   * live bus with a bounded buffer (see eventStream for the resync signal).
   */
  async liveThreadEvents<
    T extends
      | typeof Topic.MessageAdded
      | typeof Topic.MessageRead
      | typeof Topic.MessageAcknowledged,
  >(
    scope: ActorScope,
    topic: T,
    companyId: string | null,
  ): Promise<AsyncIterableIterator<Delivered<TopicItems[T]> | ResyncSignal>> {
    const { actor } = scope;
    if (!companyId)
      return eventStream(this.live, topic, viewerTopicIds(actor), {
        capacity: this.subscriptionBuffer,
      });
    await this.companies.requireVisible(scope, companyId);
    return eventStream(this.live, topic, threadTopicIds(actor, companyId), {
      capacity: this.subscriptionBuffer,
      accept: (item) => item.companyId === companyId,
    });
  }

  /** A client's question or the office's reply, in the company's thread; FORBIDDEN for others. */
  async send(scope: MemberScope, input: SendMessageInput): Promise<Message> {
    const { em, actor } = scope;
    const company = await this.companies.requireVisible(scope, input.companyId);
    // An archived company keeps its thread readable, by its client users too, but takes no messages.
    if (company.archivedAt)
      throw new PreconditionFailedError('The company is archived.', ['COMPANY_ARCHIVED']);
    const body = requireText(input.body, 'body', MAX_BODY_LENGTH);
    const attachmentIds = await this.files.requireOwnUploads(scope, input.attachmentIds ?? []);
    const fromClient = isClientActor(actor);
    const events = new PendingEvents();
    const message = await em.transactional(async (tx) => {
      const created = tx.create(Message, {
        company: company.id,
        author: actor.userId,
        direction: fromClient
          ? MessageDirection.CLIENT_TO_OFFICE
          : MessageDirection.OFFICE_TO_CLIENT,
        kind: fromClient ? MessageKind.QUESTION : MessageKind.REPLY,
        body,
      });
      await tx.flush();
      await recordNewMessages(
        tx,
        [{ messageId: created.id, company: companyKey(company) }],
        events,
        {
          attachmentIds,
          toClients: !fromClient,
          conversation: true,
        },
      );
      return created;
    });
    events.publish(this.live);
    return message;
  }

  /**
   * The office inbox: threads (questions and replies) of the companies the actor sees, latest
   * activity first; only those in `status` when given, only companies whose name or NIP matches
   * `search` when given.
   */
  async inbox(scope: StaffScope, args: InboxArgs): Promise<ConnectionShape<Conversation>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['time', 'id']);
    if (args.search && args.search.length > MAX_INBOX_SEARCH)
      throw new BadUserInputError(
        `search must be at most ${MAX_INBOX_SEARCH} characters.`,
        'search',
      );
    const { em, actor } = scope;
    const knex = em.getKnex();
    const inner = knex('company as c')
      .select('c.*')
      .whereNotNull('c.last_message_at')
      .whereNull('c.archived_at');
    whereCompanyVisible(inner, actor);
    whereCompanyMatches(inner, args.search);
    if (args.status === ConversationStatus.AWAITING_REPLY)
      inner.whereNotNull('c.awaiting_reply_since');
    else if (args.status === ConversationStatus.CLOSED)
      inner.whereNotNull('c.conversation_closed_at');
    else if (args.status === ConversationStatus.ANSWERED)
      inner.whereNull('c.awaiting_reply_since').whereNull('c.conversation_closed_at');
    return keysetPage(em, inner, {
      first,
      after,
      sort: [
        ['last_message_at', 'timestamptz'],
        ['id', 'uuid'],
      ],
      descending: true,
      map: (row) => conversationOf(em.map(Company, row)),
      cursorOf: (c) => [c.lastActivityAt.toISOString(), c.company.id],
    });
  }

  /**
   * Marks a conversation answered without replying (`closed`), or opens a closed one again so it
   * awaits an answer; NOT_FOUND for a company the actor does not see, PRECONDITION_FAILED
   * (NO_CONVERSATION) for one without questions or replies.
   */
  async setClosed(scope: StaffScope, companyId: string, closed: boolean): Promise<Conversation> {
    const company = await this.companies.requireVisible(scope, companyId);
    const row = await setConversationClosed(scope.em, company.id, closed);
    if (!row)
      throw new PreconditionFailedError('The company has no conversation yet.', [
        'NO_CONVERSATION',
      ]);
    return conversationOf(scope.em.map(Company, row));
  }
}

export interface InboxArgs {
  first?: number | null;
  after?: string | null;
  status?: ConversationStatus | null;
  search?: string | null;
}

export interface NewMessage {
  messageId: string;
  /** The company and who sees it, as read when the request was checked. */
  company: CompanyKey;
}

/**
 * What every new message does besides its own row, set-based for any number of them (one per
 * company): links the attachments, raises the unread counters (the client members' when the
 * office wrote, the company's when a client did), moves a conversation (question or reply) up the
 * office inbox, and queues the events with the new counts for after the commit. Bulk
 * notifications and emails touch no company row: the statements stay few and narrow for 10,000.
 */
export async function recordNewMessages(
  em: EntityManager,
  messages: NewMessage[],
  events: PendingEvents,
  options: { attachmentIds: string[]; toClients: boolean; conversation: boolean },
): Promise<void> {
  const companyIds = messages.map((m) => m.company.id);
  if (options.attachmentIds.length)
    await linkAttachments(
      em,
      messages.map((m) => m.messageId),
      options.attachmentIds,
    );
  const routes = new Map(
    messages.map((m) => [
      m.company.id,
      { officeId: m.company.officeId, caretakerId: m.company.caretakerId },
    ]),
  );
  if (options.conversation) {
    const companies = await moveConversations(em, companyIds, !options.toClients);
    for (const c of companies) {
      // Routed as the row is now: a caretaker changed since the request was checked gets the event.
      const route = { officeId: c.office_id, caretakerId: c.caretaker_id };
      routes.set(c.id, route);
      if (!options.toClients) {
        events.addAll(Topic.UnreadChanged, staffTopicIds(route), {
          companyId: c.id,
          count: c.unread_from_client,
          version: toInt(c.unread_version),
        });
      }
    }
  }
  for (const { messageId, company } of messages) {
    events.addAll(
      Topic.MessageAdded,
      [topicId.company(company.id), ...staffTopicIds(routes.get(company.id) ?? company)],
      { messageId, companyId: company.id },
    );
  }
  await recordMessageEvents(em, messages, options.toClients);
  if (!options.toClients) return;
  const members = await raiseMemberCounters(em, companyIds);
  for (const m of members) {
    events.add(Topic.UnreadChanged, topicId.user(m.user_id), {
      companyId: m.company_id,
      count: m.unread_count,
      version: toInt(m.unread_version),
    });
  }
}
