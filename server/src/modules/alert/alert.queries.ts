import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewMessagesAlert } from './alert.entity.js';

/** The instants one sweep judges by, all from the service's clock. */
export interface SweepInstants {
  now: Date;
  /** Office messages that arrived up to this time and are still unread are due (now − delay). */
  cutoff: Date;
  /** An IMMEDIATE user alerted after this was alerted less than 10 minutes ago: they wait. */
  throttleFrom: Date;
  /** The latest digest time (7:00 Europe/Warsaw) at or before now. */
  digestAt: Date;
}

/** One user due for an alert, and what it counts, per company. */
export interface DueAlert {
  user_id: string;
  mode: NewMessagesAlert;
  email: string;
  name: string;
  language: string;
  companies: Array<{ companyId: string; companyName: string; officeName: string; count: number }>;
}

/**
 * The unread scan: one statement finds every user due for an alert or a digest, counts their
 * unread office messages per company that arrived since their last alert, and moves their mark
 * (`alerted_through` to the newest message counted, `last_alert_at` to now), whatever the number
 * of users or messages. (A message committed after the sweep yet stamped before the newest one
 * counted, its transaction open longer than the delay, would go unmentioned.)
 *
 * Due: a client user, active, of a company not archived, with office messages
 * (notifications, emails' archived copies, replies) they have not read, that arrived after their
 * mark (or their account) and
 * - IMMEDIATE (the default, also without a row): up to `cutoff`, when their last alert is at least
 *   10 minutes old; messages arriving meanwhile wait for the next alert and add to its count;
 * - DAILY_DIGEST: up to `digestAt`, when nothing was sent since then and the preference was
 *   chosen before it;
 * - NEVER: never.
 *
 * Twin sweeps: the mark is an upsert whose update re-checks the same condition on the row as it is
 * after the other sweep committed (PostgreSQL locks the row and reads its latest version), so the
 * second sweep finds the user no longer due and returns nothing for them. The caller queues the
 * mails in the same transaction, so a crash loses neither the mark nor the mail alone.
 */
export async function markDueAlerts(em: EntityManager, at: SweepInstants): Promise<DueAlert[]> {
  return em.execute<DueAlert[]>(
    `with params as (
       select ?::timestamptz as now, ?::timestamptz as cutoff, ?::timestamptz as throttle_from,
              ?::timestamptz as digest_at
     ),
     candidates as (
       select cm.user_id, cm.company_id, coalesce(s.new_messages, 'IMMEDIATE') as mode,
              coalesce(s.alerted_through, u.created_at) as since
         from company_member cm
         join app_user u on u.id = cm.user_id and u.deactivated_at is null and u.role = 'CLIENT'
         join company c on c.id = cm.company_id and c.archived_at is null
         left join alert_state s on s.user_id = cm.user_id
         cross join params p
        where cm.unread_count > 0
          and ((coalesce(s.new_messages, 'IMMEDIATE') = 'IMMEDIATE'
                and (s.last_alert_at is null or s.last_alert_at <= p.throttle_from))
            or (s.new_messages = 'DAILY_DIGEST'
                and (s.last_alert_at is null or s.last_alert_at < p.digest_at)
                and (s.preference_changed_at is null or s.preference_changed_at < p.digest_at)))
     ),
     unread as (
       select k.user_id, k.company_id, k.mode, count(*)::int as count,
              max(m.created_at) as newest
         from candidates k
         cross join params p
         join message m on m.company_id = k.company_id
          and m.direction = 'OFFICE_TO_CLIENT'
          and m.recalled_at is null
          and m.created_at > k.since
          and m.created_at <= case k.mode when 'IMMEDIATE' then p.cutoff else p.digest_at end
        where not exists (
          select 1 from read_receipt r where r.message_id = m.id and r.user_id = k.user_id)
        group by k.user_id, k.company_id, k.mode
     ),
     per_user as (
       select un.user_id, max(un.newest) as newest,
              jsonb_agg(jsonb_build_object('companyId', c.id, 'companyName', c.name,
                                           'officeName', o.name, 'count', un.count)
                        order by o.name, c.name, c.id) as counted
         from unread un
         join company c on c.id = un.company_id
         join office o on o.id = c.office_id
        group by un.user_id
     ),
     marked as (
       insert into alert_state as s (user_id, alerted_through, last_alert_at, last_alert)
       select d.user_id, d.newest, p.now, d.counted
         from per_user d
         cross join params p
       on conflict (user_id) do update
          set alerted_through = greatest(s.alerted_through, excluded.alerted_through),
              last_alert_at = excluded.last_alert_at,
              last_alert = excluded.last_alert
        where (s.new_messages = 'IMMEDIATE'
               and (s.last_alert_at is null
                    or s.last_alert_at <= (select throttle_from from params)))
           or (s.new_messages = 'DAILY_DIGEST'
               and (s.last_alert_at is null or s.last_alert_at < (select digest_at from params))
               and (s.preference_changed_at is null
                    or s.preference_changed_at < (select digest_at from params)))
       returning s.user_id, s.new_messages, s.last_alert
     )
     -- Each marked row carries what it counted, so the rest is looked up by key, never by joining
     -- two CTEs (whose row estimates a freshly filled table can get wrong 10,000 times over).
     select mk.user_id, mk.new_messages as mode, u.email, u.name, u.language,
            mk.last_alert as companies
       from marked mk
       join app_user u on u.id = mk.user_id`,
    [at.now, at.cutoff, at.throttleFrom, at.digestAt],
  );
}

/**
 * Sets a user's preference. Leaving NEVER starts the count afresh: messages that came while the
 * user wanted nothing are not mailed about later. The same choice again changes nothing.
 */
export async function upsertPreference(
  em: EntityManager,
  userId: string,
  newMessages: NewMessagesAlert,
  now: Date,
): Promise<void> {
  await em.execute(
    `insert into alert_state as s (user_id, new_messages, preference_changed_at)
     values (?, ?, ?)
     on conflict (user_id) do update
        set new_messages = excluded.new_messages,
            preference_changed_at = excluded.preference_changed_at,
            alerted_through = case when s.new_messages = 'NEVER'
              then greatest(s.alerted_through, excluded.preference_changed_at)
              else s.alerted_through end
      where s.new_messages <> excluded.new_messages`,
    [userId, newMessages, now],
  );
}

/** A user's preference; IMMEDIATE without a row. */
export async function preferenceOf(em: EntityManager, userId: string): Promise<NewMessagesAlert> {
  const [row] = await em.execute<Array<{ new_messages: NewMessagesAlert }>>(
    `select new_messages from alert_state where user_id = ?`,
    [userId],
  );
  return row?.new_messages ?? ('IMMEDIATE' as NewMessagesAlert);
}

/** An active client user, as a preferences link names them; null for anyone else. */
export async function linkUser(
  em: EntityManager,
  userId: string,
): Promise<{ email: string; new_messages: NewMessagesAlert } | null> {
  const [row] = await em.execute<Array<{ email: string; new_messages: NewMessagesAlert }>>(
    `select u.email, coalesce(s.new_messages, 'IMMEDIATE') as new_messages
       from app_user u left join alert_state s on s.user_id = u.id
      where u.id = ? and u.role = 'CLIENT' and u.deactivated_at is null`,
    [userId],
  );
  return row ?? null;
}
