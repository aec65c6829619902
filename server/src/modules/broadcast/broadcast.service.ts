import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffActor } from '../../core/context.js';
import { NotFoundError, PreconditionFailedError } from '../../core/errors.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import { type LiveBus, PendingEvents } from '../../core/pubsub.js';
import type { StaffScope } from '../../core/scope.js';
import { requireList, requireText } from '../../core/validation.js';
import { User } from '../auth/user.entity.js';
import type { VisibleCompany } from '../company/company.queries.js';
import type { CompanyService } from '../company/company.service.js';
import { StoredFile } from '../file/file.entity.js';
import type { FileService } from '../file/file.service.js';
import { MessageKind } from '../message/message.entity.js';
import { recordNewMessages } from '../message/message.service.js';
import { MAX_BODY_LENGTH } from '../message/message.types.js';
import { MessageTemplateKind } from '../template/template.entity.js';
import type { TemplateService } from '../template/template.service.js';
import { type CsvLanguage, type ReportNames, recipientRecord } from './broadcast.csv.js';
import { Broadcast, BroadcastStatus } from './broadcast.entity.js';
import { canSeeBroadcast, whereBroadcastVisible } from './broadcast.policy.js';
import {
  type InsertedMessage,
  insertEmailMessages,
  insertNotificationMessages,
  insertNotificationMessagesEach,
  type NotificationText,
} from './broadcast.queries.js';
import {
  listVisibleBroadcasts,
  lockBroadcast,
  pageOfRecipients,
  unreadRecipients,
} from './broadcast.report.queries.js';
import {
  type BroadcastRecipient,
  type BroadcastRecipientFilter,
  MAX_BROADCAST_COMPANIES,
  REMINDER_COOLDOWN_MINUTES,
  type SendBulkNotificationInput,
} from './broadcast.types.js';

/** Rows of the recipients report read per statement when the whole of it is exported. */
const EXPORT_BATCH = 500;

export class BroadcastService {
  constructor(
    private readonly live: LiveBus,
    private readonly companies: CompanyService,
    private readonly files: FileService,
    private readonly templates: TemplateService,
  ) {}

  /**
   * The same notification to each ticked company separately, or each its own when placeholders
   * are used (template.service.ts). Either every company is visible to the actor and each gets
   * its own message, or nothing changes. The statements are the same few for 1 or 10,000
   * companies.
   */
  async sendNotification(scope: StaffScope, input: SendBulkNotificationInput): Promise<Broadcast> {
    const companyIds = requireList(input.companyIds, 'companyIds', MAX_BROADCAST_COMPANIES);
    const companies = await this.companies.requireAllVisible(scope, companyIds);
    const text = await this.templates.prepare(
      scope,
      input,
      MessageTemplateKind.NOTIFICATION,
      companies,
    );
    const attachmentIds = await this.files.requireOwnUploads(scope, input.attachmentIds ?? []);
    const { perCompany } = text;
    const events = new PendingEvents();
    const { broadcast } = await scope.em.transactional((em) =>
      createBroadcastWithMessages(
        em,
        scope.actor,
        companies,
        {
          kind: MessageKind.NOTIFICATION,
          subject: text.subject,
          body: text.body,
          html: text.html,
          attachmentIds,
          messageOf: perCompany
            ? (companyId) => {
                const own = perCompany.get(companyId);
                if (!own) throw new Error(`no message rendered for company ${companyId}`);
                return { subject: own.subject, body: own.body, html: own.html };
              }
            : undefined,
        },
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

  /** The broadcasts the actor sees (the head: the office's; a caretaker: their own), newest first. */
  list(
    { em, actor }: StaffScope,
    args: { first?: number | null; after?: string | null; status?: BroadcastStatus | null },
  ): Promise<ConnectionShape<Broadcast>> {
    return listVisibleBroadcasts(em, actor, {
      first: pageSize(args.first),
      after: decodeCursor(args.after, ['time', 'id']),
      status: args.status ?? null,
    });
  }

  /**
   * A page of a broadcast's recipients the actor sees, by company name, filtered: one statement
   * for the page whatever the number of recipients. A caretaker sees the companies still theirs.
   */
  recipients(
    { em, actor }: StaffScope,
    broadcast: Broadcast,
    args: {
      first?: number | null;
      after?: string | null;
      filter?: BroadcastRecipientFilter | null;
    },
  ): Promise<ConnectionShape<BroadcastRecipient>> {
    if (!canSeeBroadcast(actor, keyOf(broadcast)))
      throw new NotFoundError('Broadcast', broadcast.id);
    return pageOfRecipients(em, actor, broadcast.id, {
      first: pageSize(args.first),
      after: decodeCursor(args.after, ['text', 'id']),
      filter: args.filter ?? {},
    });
  }

  /**
   * Every recipient matching the filter, in batches of a few hundred by keyset (for the CSV
   * export): memory stays bounded and each batch is one statement.
   */
  async *allRecipients(
    { em, actor }: StaffScope,
    broadcast: Broadcast,
    filter: BroadcastRecipientFilter,
  ): AsyncGenerator<BroadcastRecipient[]> {
    let after: string[] | null = null;
    for (;;) {
      const page: ConnectionShape<BroadcastRecipient> = await pageOfRecipients(
        em,
        actor,
        broadcast.id,
        { first: EXPORT_BATCH, after, filter },
      );
      const rows = page.edges.map((e) => e.node);
      if (rows.length) yield rows;
      const last = rows.at(-1);
      if (!page.pageInfo.hasNextPage || !last) return;
      after = [last.companyName, last.messageId];
    }
  }

  /**
   * The rows of the recipients CSV (see broadcast.csv.ts): every recipient matching the filter,
   * read in batches, with the names of the people and files each batch mentions (two statements
   * a batch).
   */
  async *csvRecords(
    scope: StaffScope,
    broadcast: Broadcast,
    filter: BroadcastRecipientFilter,
    language: CsvLanguage,
  ): AsyncGenerator<string[]> {
    const { em } = scope;
    for await (const batch of this.allRecipients(scope, broadcast, filter)) {
      const userIds = new Set<string>();
      const fileIds = new Set<string>();
      for (const recipient of batch) {
        for (const read of recipient.readRows) userIds.add(read.userId);
        for (const download of recipient.downloadRows) {
          userIds.add(download.userId);
          fileIds.add(download.fileId);
        }
      }
      const users = userIds.size ? await em.find(User, { id: { $in: [...userIds] } }) : [];
      const files = fileIds.size ? await em.find(StoredFile, { id: { $in: [...fileIds] } }) : [];
      const names: ReportNames = {
        users: new Map(users.map((u) => [u.id, u.name])),
        files: new Map(files.map((f) => [f.id, f.filename])),
      };
      for (const recipient of batch) yield recipientRecord(recipient, names, language);
    }
  }

  /**
   * A follow-up notification, as a new broadcast linked to the first, to exactly its companies
   * where no client user has read it: those the actor still sees, not archived. Reminders of one
   * broadcast are decided one at a time (its row is locked), and a company reminded of it less than
   * REMINDER_COOLDOWN_MINUTES ago is skipped, so a double click or a twin request never reminds a
   * company twice. PRECONDITION_FAILED with NOTHING_UNREAD or RECENTLY_REMINDED when nobody is left.
   */
  async remindUnread(
    scope: StaffScope,
    broadcastId: string,
    body: string | null | undefined,
  ): Promise<Broadcast> {
    const original = await this.get(scope, broadcastId);
    if (original.status !== BroadcastStatus.SENT)
      throw new PreconditionFailedError('Only a sent broadcast can be followed up.', ['NOT_SENT']);
    const text =
      body === null || body === undefined
        ? defaultReminderBody(original)
        : requireText(body, 'body', MAX_BODY_LENGTH);
    const events = new PendingEvents();
    const { broadcast } = await scope.em.transactional(async (em) => {
      await lockBroadcast(em, original.id);
      const unread = await unreadRecipients(
        em,
        scope.actor,
        original.id,
        REMINDER_COOLDOWN_MINUTES,
      );
      if (!unread.length)
        throw new PreconditionFailedError(
          'A client of every company it went to has read it: there is nobody to remind.',
          ['NOTHING_UNREAD'],
        );
      const due = unread.filter((company) => !company.recentlyReminded);
      if (!due.length)
        throw new PreconditionFailedError(
          `Every company that has not read it got a reminder less than ${REMINDER_COOLDOWN_MINUTES} minutes ago.`,
          ['RECENTLY_REMINDED'],
        );
      return createBroadcastWithMessages(
        em,
        scope.actor,
        due,
        { kind: MessageKind.NOTIFICATION, body: text, attachmentIds: [], remindsOf: original.id },
        events,
      );
    });
    events.publish(this.live);
    return broadcast;
  }
}

/** What the rule of who sees a broadcast reads of it. */
export function keyOf(broadcast: Broadcast) {
  return { officeId: broadcast.office.id, authorId: broadcast.author.id };
}

const polishDate = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The longest part of the original text a default reminder quotes. */
const QUOTED_LENGTH = 1000;

/** What a reminder says when the office gives no text: in Polish, naming the original. */
export function defaultReminderBody(original: Broadcast): string {
  const date = polishDate.format(original.createdAt);
  if (original.kind === MessageKind.EMAIL)
    return `Przypominamy o naszym e-mailu „${original.subject ?? ''}” z ${date}. Prosimy o zapoznanie się z nim.`;
  const quoted =
    original.body.length > QUOTED_LENGTH
      ? `${original.body.slice(0, QUOTED_LENGTH)}…`
      : original.body;
  return `Przypominamy o naszej wiadomości z ${date}. Prosimy o zapoznanie się z nią:\n\n${quoted}`;
}

/** What a broadcast sends: one notification text, or each company's own archived email. */
export type BroadcastContent =
  | {
      kind: MessageKind.NOTIFICATION;
      /** The plain text as written: the broadcast's body (placeholders unfilled, if any). */
      body: string;
      subject?: string | null;
      /** The sanitized HTML as written, if the notification has one. */
      html?: string | null;
      attachmentIds: string[];
      /** For a reminder: the broadcast it follows up. */
      remindsOf?: string;
      /**
       * A company's own message (a template filled with its data, see template.render.ts);
       * without it every company gets `subject`, `body` and `html` as they are.
       */
      messageOf?(companyId: string): NotificationText;
    }
  | {
      kind: MessageKind.EMAIL;
      subject: string;
      /** The sanitized HTML as written: the broadcast's body, and what the worker sends. */
      html: string;
      idempotencyKey?: string;
      /**
       * A company's archived message: its subject, and the text and HTML with the list of its own
       * printouts.
       */
      archiveOf(companyId: string): { subject: string; body: string; html: string };
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
      : em.create(Broadcast, {
          ...common,
          kind: content.kind,
          subject: content.subject ?? undefined,
          body: content.body,
          html: content.html ?? null,
          remindsOf: content.remindsOf,
        });
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
  if (content.kind === MessageKind.NOTIFICATION) {
    const { messageOf } = content;
    if (messageOf)
      return insertNotificationMessagesEach(em, {
        ...ids,
        messages: companies.map((c) => ({ companyId: c.id, ...messageOf(c.id) })),
      });
    return insertNotificationMessages(em, {
      ...ids,
      text: { subject: content.subject ?? null, body: content.body, html: content.html ?? null },
      companyIds: companies.map((c) => c.id),
    });
  }
  return insertEmailMessages(em, {
    ...ids,
    messages: companies.map((c) => ({ companyId: c.id, ...content.archiveOf(c.id) })),
  });
}
