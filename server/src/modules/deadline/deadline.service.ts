import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Scope, StaffActor } from '../../core/context.js';
import { BadUserInputError, NotFoundError } from '../../core/errors.js';
import { batchLoader, groupBy } from '../../core/loaders.js';
import type { Logger } from '../../core/logger.js';
import { isId } from '../../core/pagination.js';
import { type LiveBus, PendingEvents } from '../../core/pubsub.js';
import type { HeadScope } from '../../core/scope.js';
import { Role } from '../auth/user.entity.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { MessageKind } from '../message/message.entity.js';
import { recordNewMessages } from '../message/message.service.js';
import type { Office } from '../office/office.entity.js';
import { canManageOffice } from '../office/office.policy.js';
import { DeadlineReminderRule } from './deadline.entity.js';
import {
  claimReminders,
  type DueReminderRow,
  dueReminders,
  insertReminderMessages,
  linkReminderMessages,
  plannedReminders,
  recordSkipped,
  reminderBroadcasts,
} from './deadline.queries.js';
import { BUILT_IN_REMINDER_SOURCE, builtInReminderText } from './deadline.text.js';
import {
  type DeadlineReminderRuleInput,
  MAX_DAYS_BEFORE,
  MAX_PLANNED,
  type PlannedDeadlineReminder,
  type ReminderRun,
} from './deadline.types.js';

/** Due declarations one run reads at most; the rest go out on the next run of the same day. */
export const MAX_REMINDERS_PER_RUN = 20_000;

/** A reminder rendered for one company, or why it got none. */
type Rendered = { body: string } | { skipped: string };

/** The request's loaders of this module, made on first use and dropped with the request's loaders. */
const loadersByRequest = new WeakMap<object, DataLoader<string, boolean>>();

export class DeadlineService {
  constructor(
    private readonly live: LiveBus,
    private readonly logger: Logger,
    /** The clock of the runs: tests give their own day and hour. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The office's rule, for its heads; null for everyone else and while none was ever saved. */
  async rule({ em, actor }: Scope, office: Office): Promise<DeadlineReminderRule | null> {
    if (!canManageOffice(actor, office.id)) return null;
    return em.findOne(DeadlineReminderRule, { office: office.id });
  }

  /**
   * Saves the head's office's rule (creating it on first use). BAD_USER_INPUT (with field) for days
   * or an hour out of range; NOT_FOUND for a template that is not one of the office's NOTIFICATION
   * templates.
   */
  async updateRule(
    scope: HeadScope,
    input: DeadlineReminderRuleInput,
  ): Promise<DeadlineReminderRule> {
    const { em, actor } = scope;
    const daysBefore = whole(input.daysBefore, 'daysBefore', 0, MAX_DAYS_BEFORE);
    const hour = whole(input.hour, 'hour', 0, 23);
    const templateId = input.templateId ?? null;
    if (templateId !== null) await this.requireTemplate(em, actor, templateId);
    const [row] = await em.execute<Array<Record<string, unknown>>>(
      `insert into deadline_reminder_rule (office_id, enabled, days_before, hour, template_id, set_by_id)
       values (?, ?, ?, ?, ?, ?)
       on conflict (office_id) do update set
         enabled = excluded.enabled, days_before = excluded.days_before, hour = excluded.hour,
         template_id = excluded.template_id, set_by_id = excluded.set_by_id, updated_at = now()
       returning *`,
      [actor.officeId, input.enabled, daysBefore, hour, templateId, actor.userId],
    );
    if (!row) throw new Error('the rule was not saved');
    return em.map(DeadlineReminderRule, row);
  }

  /** The next reminders of the rule (soonest first), for a head of its office; empty when it is off. */
  async planned(
    { em, actor }: Scope,
    rule: DeadlineReminderRule,
    first: number,
  ): Promise<PlannedDeadlineReminder[]> {
    if (!canManageOffice(actor, rule.office.id) || !rule.enabled) return [];
    const limit = Math.max(1, Math.min(MAX_PLANNED, Math.trunc(first)));
    const rows = await plannedReminders(em, rule.office.id, this.now(), limit);
    return rows.map((r) => ({
      declarationId: r.declaration_id,
      companyId: r.company_id,
      companyName: r.company_name,
      declarationType: r.type,
      period: r.period,
      taxDue: r.tax_due,
      dueDate: r.due_date,
      remindOn: r.remind_on,
    }));
  }

  /** Whether the broadcast was sent by a deadline reminder rule; one statement per request batch. */
  isReminder(scope: Scope, broadcastId: string): Promise<boolean> {
    let loader = loadersByRequest.get(scope.loaders);
    if (!loader) {
      const { em } = scope;
      loader = batchLoader(async (ids) => {
        const found = await reminderBroadcasts(em, ids);
        return new Map(ids.map((id) => [id, found.has(id)]));
      }, false);
      loadersByRequest.set(scope.loaders, loader);
    }
    return loader.load(broadcastId);
  }

  /**
   * One run of the reminders (the scheduled job's work, or a test's with its own `now`): reads
   * what is due in one statement, then per office (and round: each company once per broadcast)
   * claims the declarations in the ledger and sends one broadcast in the same transaction. A twin
   * run, a retry or a restart finds them claimed and sends nothing again.
   */
  async run(rootEm: EntityManager, now: Date = this.now()): Promise<ReminderRun> {
    const em = rootEm.fork();
    const result: ReminderRun = { broadcasts: 0, messages: 0, skipped: 0, officesWithoutHead: 0 };
    const due = await dueReminders(em, now, MAX_REMINDERS_PER_RUN);
    const byOffice = groupBy(due, (row) => row.office_id);
    for (const [officeId, rows] of byOffice) {
      const authorId = rows[0]?.author_id;
      if (!authorId) {
        result.officesWithoutHead++;
        this.logger.warn('deadline reminders due but the office has no active head', {
          officeId,
          declarations: rows.length,
        });
        continue;
      }
      const author: StaffActor = {
        role: Role.OFFICE_HEAD,
        userId: authorId,
        sessionId: '',
        officeId,
      };
      for (const round of groupBy(rows, (row) => String(row.round)).values()) {
        const sent = await this.sendRound(em, author, round);
        result.broadcasts += sent.messages ? 1 : 0;
        result.messages += sent.messages;
        result.skipped += sent.skipped;
      }
    }
    if (result.broadcasts || result.skipped)
      this.logger.info('deadline reminders sent', { ...result });
    return result;
  }

  /** One broadcast of an office: the claimed declarations, each company its own text. */
  private async sendRound(
    rootEm: EntityManager,
    author: StaffActor,
    rows: DueReminderRow[],
  ): Promise<{ messages: number; skipped: number }> {
    const events = new PendingEvents();
    const outcome = await rootEm.fork().transactional(async (em) => {
      const claimed = await claimReminders(
        em,
        author.officeId,
        rows.map((r) => r.declaration_id),
      );
      const mine = rows.filter((r) => claimed.has(r.declaration_id));
      if (!mine.length) return { messages: 0, skipped: 0 };
      const rendered = this.render(mine);
      const skipped: Array<{ declarationId: string; reason: string }> = [];
      const sending: Array<{ row: DueReminderRow; body: string }> = [];
      mine.forEach((row, index) => {
        const text = rendered[index];
        if (!text || 'skipped' in text)
          skipped.push({
            declarationId: row.declaration_id,
            reason: text?.skipped ?? 'not rendered',
          });
        else sending.push({ row, body: text.body });
      });
      await recordSkipped(em, skipped);
      if (!sending.length) return { messages: 0, skipped: skipped.length };
      const broadcast = em.create(Broadcast, {
        office: author.officeId,
        author: author.userId,
        kind: MessageKind.NOTIFICATION,
        body: BUILT_IN_REMINDER_SOURCE,
        recipientCount: sending.length,
      });
      await em.flush();
      const inserted = await insertReminderMessages(em, {
        authorId: author.userId,
        broadcastId: broadcast.id,
        messages: sending.map((s) => ({ companyId: s.row.company_id, body: s.body })),
      });
      const companies = new Map(sending.map((s) => [s.row.company_id, s.row]));
      await recordNewMessages(
        em,
        inserted.map((m) => {
          const row = companies.get(m.company_id);
          return {
            messageId: m.id,
            company: {
              id: m.company_id,
              officeId: author.officeId,
              caretakerId: row?.caretaker_id ?? null,
            },
          };
        }),
        events,
        { attachmentIds: [], toClients: true, conversation: false },
      );
      await linkReminderMessages(
        em,
        broadcast.id,
        sending.map((s) => s.row.declaration_id),
      );
      return { messages: inserted.length, skipped: skipped.length };
    });
    events.publish(this.live);
    return outcome;
  }

  /** Each claimed declaration's text, aligned with `rows`. */
  private render(rows: DueReminderRow[]): Rendered[] {
    return rows.map((row) => ({
      body: builtInReminderText({
        type: row.type,
        period: row.period,
        taxDue: row.tax_due,
        dueDate: row.due_date,
      }),
    }));
  }

  /** A NOTIFICATION template of the head's office; NOT_FOUND otherwise (another office's too). */
  private async requireTemplate(
    _em: EntityManager,
    _actor: StaffActor,
    templateId: string,
  ): Promise<void> {
    if (!isId(templateId)) throw new NotFoundError('MessageTemplate', templateId);
    throw new NotFoundError('MessageTemplate', templateId);
  }
}

function whole(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadUserInputError(`${field} must be a whole number from ${min} to ${max}.`, field);
  return value;
}
