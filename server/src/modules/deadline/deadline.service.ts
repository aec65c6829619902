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
import type { NotificationText } from '../broadcast/broadcast.queries.js';
import { createBroadcastWithMessages } from '../broadcast/broadcast.service.js';
import { htmlToText, sanitizeEmailHtml } from '../email/email.html.js';
import { MessageKind } from '../message/message.entity.js';
import type { Office } from '../office/office.entity.js';
import { canManageOffice } from '../office/office.policy.js';
import { MessageTemplate, MessageTemplateKind } from '../template/template.entity.js';
import { renderForCompanies } from '../template/template.render.js';
import { DeadlineReminderRule } from './deadline.entity.js';
import {
  claimReminders,
  type DueReminderRow,
  dueReminders,
  linkReminderMessages,
  plannedReminders,
  recordSkipped,
  reminderBroadcasts,
} from './deadline.queries.js';
import { BUILT_IN_REMINDER } from './deadline.text.js';
import {
  type DeadlineReminderRuleInput,
  MAX_DAYS_BEFORE,
  MAX_PLANNED,
  type PlannedDeadlineReminder,
  type ReminderRun,
} from './deadline.types.js';

/** Due declarations one run reads at most; the rest go out on the next run of the same day. */
export const MAX_REMINDERS_PER_RUN = 20_000;

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

  /**
   * One broadcast of an office: the claimed declarations, each company its own message from the
   * rule's template (or the built-in text) filled with its own declaration's values. A company whose
   * message lacks a placeholder value without a fallback gets none; the ledger keeps why.
   */
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
      const first = mine[0];
      if (!first) return { messages: 0, skipped: 0 };
      const source =
        first.template_html === null
          ? BUILT_IN_REMINDER
          : { subject: first.template_subject, html: first.template_html };
      const rendered = await this.render(em, author.officeId, source, mine);
      const skipped: Array<{ declarationId: string; reason: string }> = [];
      const sending: Array<{ row: DueReminderRow; text: NotificationText }> = [];
      for (const row of mine) {
        const text = rendered.get(row.declaration_id);
        if (!text) continue;
        if (text.missing.length)
          skipped.push({
            declarationId: row.declaration_id,
            reason: `no value for ${text.missing.map((name) => `{{${name}}}`).join(', ')}`,
          });
        else sending.push({ row, text });
      }
      await recordSkipped(em, skipped);
      if (skipped.length)
        this.logger.warn('deadline reminders skipped: placeholders without a value', {
          officeId: author.officeId,
          declarations: skipped.length,
        });
      if (!sending.length) return { messages: 0, skipped: skipped.length };
      const own = new Map(sending.map((s) => [s.row.company_id, s.text]));
      const { broadcast, messages } = await createBroadcastWithMessages(
        em,
        author,
        sending.map(({ row }) => ({
          id: row.company_id,
          officeId: row.office_id,
          caretakerId: row.caretaker_id,
          name: row.name,
          email: row.email,
          taxForm: row.tax_form,
          vatPayer: row.vat_payer,
        })),
        {
          kind: MessageKind.NOTIFICATION,
          subject: source.subject,
          html: sanitizeEmailHtml(source.html),
          body: htmlToText(sanitizeEmailHtml(source.html)),
          attachmentIds: [],
          messageOf: (companyId) => {
            const text = own.get(companyId);
            if (!text) throw new Error(`no reminder rendered for company ${companyId}`);
            return text;
          },
        },
        events,
      );
      await linkReminderMessages(
        em,
        broadcast.id,
        sending.map((s) => s.row.declaration_id),
      );
      return { messages: messages.length, skipped: skipped.length };
    });
    events.publish(this.live);
    return outcome;
  }

  /**
   * Each claimed declaration's message by declaration id: one statement per distinct period among
   * them (what {{okres}} says), whatever the number of companies.
   */
  private async render(
    em: EntityManager,
    officeId: string,
    source: { subject: string | null; html: string },
    rows: DueReminderRow[],
  ): Promise<Map<string, NotificationText & { missing: string[] }>> {
    const byDeclaration = new Map<string, NotificationText & { missing: string[] }>();
    for (const [period, group] of groupBy(rows, (row) => row.period)) {
      const rendered = await renderForCompanies(
        em,
        officeId,
        source,
        group.map((row) => ({ companyId: row.company_id, declarationId: row.declaration_id })),
        period,
      );
      group.forEach((row, index) => {
        const text = rendered[index];
        if (text)
          byDeclaration.set(row.declaration_id, {
            subject: text.subject,
            html: text.html,
            body: text.body,
            missing: text.missing,
          });
      });
    }
    return byDeclaration;
  }

  /**
   * A NOTIFICATION template of the head's office: NOT_FOUND for one of another office (or none),
   * BAD_USER_INPUT for an EMAIL template.
   */
  private async requireTemplate(
    em: EntityManager,
    actor: StaffActor,
    templateId: string,
  ): Promise<void> {
    if (!isId(templateId)) throw new NotFoundError('MessageTemplate', templateId);
    const template = await em.findOne(MessageTemplate, { id: templateId, office: actor.officeId });
    if (!template) throw new NotFoundError('MessageTemplate', templateId);
    if (template.kind !== MessageTemplateKind.NOTIFICATION)
      throw new BadUserInputError(
        'templateId must name a NOTIFICATION template: reminders are notifications.',
        'templateId',
      );
  }
}

function whole(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadUserInputError(`${field} must be a whole number from ${min} to ${max}.`, field);
  return value;
}
