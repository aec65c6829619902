import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, toInt, uuidArray } from '../../core/sql.js';
import type { TaxForm } from '../company/company.entity.js';

/* The statements of deadline reminders: what is due, the ledger that keeps each one single. */

/** The time zone of the rules' days and hours: Polish tax deadlines are in Polish time. */
export const RULE_TIME_ZONE = 'Europe/Warsaw';

/** A declaration whose reminder is due now, with its company and what its office's rule says. */
export interface DueReminderRow {
  declaration_id: string;
  company_id: string;
  type: string;
  period: string;
  tax_due: string;
  due_date: string;
  office_id: string;
  caretaker_id: string | null;
  name: string;
  email: string;
  tax_form: TaxForm;
  vat_payer: boolean;
  /** The rule's template (null: the built-in text). */
  template_subject: string | null;
  template_html: string | null;
  /** The rule's head while active, else the office's first active head; null: none left. */
  author_id: string | null;
  /** 1 for a company's first due declaration, 2 for its second…: a broadcast has each company once. */
  round: number;
}

/**
 * In one statement, the declarations due for a reminder at `now`, of every office: its office's
 * rule is on, the declaration is due `daysBefore` days after today (in Warsaw) and the rule's hour
 * has come today, it has tax to pay and is not marked paid, its company is not archived, and no
 * reminder of it is in the ledger yet. A process down at the hour catches up later the same day,
 * never on another one. At most `limit` rows, by office: the rest wait for the next run.
 */
export async function dueReminders(
  em: EntityManager,
  now: Date,
  limit: number,
): Promise<DueReminderRow[]> {
  const rows = await executeBound<DueReminderRow>(
    em,
    `with clock as (select (?::timestamptz at time zone '${RULE_TIME_ZONE}') as local)
     select d.id as declaration_id, d.company_id, d.type, d.period, d.tax_due::text as tax_due,
            d.due_date::text as due_date, c.office_id, c.caretaker_id, c.name, c.email, c.tax_form,
            c.vat_payer, t.subject as template_subject, t.html as template_html,
            author.id as author_id,
            row_number() over (partition by d.company_id order by d.due_date, d.type, d.id) as round
       from clock
       join deadline_reminder_rule r
         on r.enabled and r.hour <= extract(hour from clock.local)
       join declaration d
         on d.due_date = clock.local::date + r.days_before and d.paid_at is null and d.tax_due > 0
       join company c on c.id = d.company_id and c.office_id = r.office_id and c.archived_at is null
       left join message_template t on t.id = r.template_id
       left join lateral (
         select u.id from app_user u
          where u.office_id = r.office_id and u.role = 'OFFICE_HEAD' and u.deactivated_at is null
          order by u.id = r.set_by_id desc, u.created_at, u.id
          limit 1
       ) author on true
      where not exists (select 1 from deadline_reminder x where x.declaration_id = d.id)
      order by c.office_id, round, d.company_id
      limit ?`,
    [now.toISOString(), limit],
  );
  return rows.map((row) => ({ ...row, round: toInt(row.round) }));
}

/**
 * Claims the declarations' reminders in the ledger, in the caller's transaction: the ids it
 * returns are this run's to send; one a twin run or an earlier one claimed is left out (a twin's
 * uncommitted claim makes this wait for its outcome, so both never send).
 */
export async function claimReminders(
  em: EntityManager,
  officeId: string,
  declarationIds: readonly string[],
): Promise<Set<string>> {
  const rows = await executeBound<{ declaration_id: string }>(
    em,
    `insert into deadline_reminder (declaration_id, office_id)
     select x.id, ? from unnest(?::uuid[]) as x(id)
     on conflict (declaration_id) do nothing
     returning declaration_id`,
    [officeId, uuidArray(declarationIds)],
  );
  return new Set(rows.map((r) => r.declaration_id));
}

/** Records why these claimed declarations got no message. */
export async function recordSkipped(
  em: EntityManager,
  skipped: ReadonlyArray<{ declarationId: string; reason: string }>,
): Promise<void> {
  if (!skipped.length) return;
  await executeBound(
    em,
    `update deadline_reminder r set skipped_reason = x.reason
       from jsonb_to_recordset(?::jsonb) as x(declaration_id uuid, reason text)
      where r.declaration_id = x.declaration_id`,
    [JSON.stringify(skipped.map((s) => ({ declaration_id: s.declarationId, reason: s.reason })))],
  );
}

/** Links the claimed declarations to the broadcast and their company's message in it. */
export async function linkReminderMessages(
  em: EntityManager,
  broadcastId: string,
  declarationIds: readonly string[],
): Promise<void> {
  await executeBound(
    em,
    `update deadline_reminder r set broadcast_id = m.broadcast_id, message_id = m.id
       from declaration d
       join message m on m.company_id = d.company_id and m.broadcast_id = ?
      where d.id = r.declaration_id and r.declaration_id = any(?::uuid[])`,
    [broadcastId, uuidArray(declarationIds)],
  );
}

/** Of these broadcasts, those a deadline reminder rule sent. */
export async function reminderBroadcasts(
  em: EntityManager,
  broadcastIds: readonly string[],
): Promise<Set<string>> {
  const rows = await executeBound<{ broadcast_id: string }>(
    em,
    `select distinct broadcast_id from deadline_reminder where broadcast_id = any(?::uuid[])`,
    [uuidArray(broadcastIds)],
  );
  return new Set(rows.map((r) => r.broadcast_id));
}

/** A reminder the rule will send: when, for which declaration of which company. */
export interface PlannedReminderRow {
  declaration_id: string;
  company_id: string;
  company_name: string;
  type: string;
  period: string;
  tax_due: string;
  due_date: string;
  remind_on: string;
}

/**
 * The office's next reminders under its rule as it stands: declarations not yet reminded of, unpaid,
 * with tax to pay, of companies not archived, whose reminder day is today (its hour not passed
 * or the run not come yet) or later, soonest first.
 */
export function plannedReminders(
  em: EntityManager,
  officeId: string,
  now: Date,
  first: number,
): Promise<PlannedReminderRow[]> {
  return executeBound<PlannedReminderRow>(
    em,
    `select d.id as declaration_id, c.id as company_id, c.name as company_name, d.type, d.period,
            d.tax_due::text as tax_due, d.due_date::text as due_date,
            (d.due_date - r.days_before)::text as remind_on
       from deadline_reminder_rule r
       join declaration d
         on d.due_date >= (?::timestamptz at time zone '${RULE_TIME_ZONE}')::date + r.days_before
        and d.paid_at is null and d.tax_due > 0
       join company c on c.id = d.company_id and c.office_id = r.office_id and c.archived_at is null
      where r.office_id = ? and r.enabled
        and not exists (select 1 from deadline_reminder x where x.declaration_id = d.id)
      order by d.due_date, c.name, d.type, d.id
      limit ?`,
    [now.toISOString(), officeId, first],
  );
}
