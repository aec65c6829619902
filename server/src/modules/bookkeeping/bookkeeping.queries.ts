import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import { groupBy } from '../../core/loaders.js';
import type { ConnectionShape } from '../../core/pagination.js';
import { keysetPage, toInt, uuidArray } from '../../core/sql.js';
import { whereCompanyVisible } from '../company/company.policy.js';
import {
  Declaration,
  type DeclarationStatus,
  LedgerEntry,
  Upo,
  type VatRegister,
} from './bookkeeping.entity.js';
import { defaultDueDate } from './due-date.js';

/* The statements of bookkeeping: ledger entries, declarations and their UPO. */

/** The rows to insert, in the shape of the jsonb_to_recordset record below. */
export interface LedgerRow {
  date: string;
  document_number: string;
  counterparty: string;
  counterparty_nip: string | null;
  description: string;
  net: string;
  vat: string;
  gross: string;
  column: string;
  contra_account: string | null;
  vat_register: VatRegister | null;
}

/**
 * One statement inserting any number of entries: the rows travel as one jsonb parameter, so its
 * text and round trips are the same for 1 or 5,000 rows (or a demo year of 40 companies).
 */
export async function insertLedgerRows(
  em: EntityManager,
  rows: Array<LedgerRow & { company_id: string }>,
): Promise<number> {
  const [result] = await em.execute(
    `with inserted as (
       insert into ledger_entry (company_id, date, document_number, counterparty, counterparty_nip, description,
                                 net, vat, gross, "column", contra_account, vat_register)
       select x.company_id, x.date, x.document_number, x.counterparty, x.counterparty_nip, x.description,
              x.net, x.vat, x.gross, x."column", x.contra_account, x.vat_register
         from jsonb_to_recordset(?::jsonb) as x(
           company_id uuid, date date, document_number text, counterparty text, counterparty_nip text, description text,
           net numeric, vat numeric, gross numeric, "column" text, contra_account text, vat_register text)
       returning 1
     ) select count(*) as count from inserted`,
    [JSON.stringify(rows)],
  );
  return toInt(result?.count);
}

/**
 * Declarations by keys "companyId/period" (period may be empty: all; a year: its months too), in one
 * statement for every company and period asked, newest period first.
 */
export async function declarationsByKey(
  em: EntityManager,
  keys: readonly string[],
): Promise<Map<string, Declaration[]>> {
  const pairs = keys.map((key) => {
    const [companyId = '', period = ''] = key.split('/');
    return { companyId, period };
  });
  const rows: Array<Record<string, unknown>> = await em.execute(
    `select k.company_id::text || '/' || k.period as batch_key, d.*
       from unnest(?::uuid[], ?::text[]) as k(company_id, period)
       join declaration d on d.company_id = k.company_id
        and (k.period = '' or d.period = k.period or (length(k.period) = 4 and d.period like k.period || '-%'))
      order by d.period desc, d.type`,
    [uuidArray(pairs.map((p) => p.companyId)), `{${pairs.map((p) => `"${p.period}"`).join(',')}}`],
  );
  return new Map(
    [...groupBy(rows, (r) => String(r.batch_key))].map(([key, group]) => [
      key,
      group.map(({ batch_key: _key, ...row }) => em.map(Declaration, row)),
    ]),
  );
}

/**
 * The latest declaration of each company, by company id: the newest period (a year counting as its
 * December), then the latest filed. One statement for the whole batch, each company read through
 * its (company, type, period) index.
 */
export async function latestDeclarationsOf(
  em: EntityManager,
  companyIds: readonly string[],
): Promise<Map<string, Declaration>> {
  const rows: Array<Record<string, unknown>> = await em.execute(
    `select d.* from unnest(?::uuid[]) as c(id)
    cross join lateral (
      select * from declaration where company_id = c.id
       order by case when length(period) = 4 then period || '-12' else period end desc,
                filed_at desc nulls last, type
       limit 1
    ) d`,
    [uuidArray(companyIds)],
  );
  return new Map(rows.map((row) => [String(row.company_id), em.map(Declaration, row)]));
}

/** The UPO of each declaration, by declaration id. */
export async function uposByDeclaration(
  em: EntityManager,
  declarationIds: readonly string[],
): Promise<Map<string, Upo>> {
  const upos = await em.find(Upo, { declaration: { $in: [...declarationIds] } });
  return new Map(upos.map((u) => [u.declaration.id, u]));
}

/** A company's entries dated in [from, until), by date: a keyset page. */
export function ledgerEntriesPage(
  em: EntityManager,
  companyId: string,
  dates: { from: string; until: string },
  page: { first: number; after: string[] | null },
): Promise<ConnectionShape<LedgerEntry>> {
  const inner = em
    .getKnex()('ledger_entry as e')
    .select('e.*')
    .where('e.company_id', companyId)
    .andWhere('e.date', '>=', dates.from)
    .andWhere('e.date', '<', dates.until);
  return keysetPage(em, inner, {
    first: page.first,
    after: page.after,
    sort: [
      ['date', 'date'],
      ['id', 'uuid'],
    ],
    map: (row) => em.map(LedgerEntry, row),
    cursorOf: (e) => [e.date, e.id],
  });
}

/**
 * Inserts or updates the declaration of (company, type, period) unless it has a UPO; null when it
 * has one (and so was left as it was).
 */
export async function upsertDeclarationUnlessFinal(
  em: EntityManager,
  values: {
    companyId: string;
    type: string;
    period: string;
    taxBase: string;
    taxDue: string;
    status: DeclarationStatus;
    filedAt: Date | null;
    /** As the office gave it; null keeps the stored date, or takes the statutory one. */
    dueDate: string | null;
  },
): Promise<Declaration | null> {
  const { companyId, type, period, taxBase, taxDue, status, filedAt, dueDate } = values;
  const [row] = await em.execute(
    `insert into declaration (company_id, type, period, tax_base, tax_due, status, filed_at, due_date)
     values (?, ?, ?, ?, ?, ?, case when ?::text = 'DRAFT' then null else coalesce(?::timestamptz, now()) end,
             coalesce(?::date, ?::date))
     on conflict (company_id, type, period) do update set
       tax_base = excluded.tax_base,
       tax_due = excluded.tax_due,
       status = excluded.status,
       filed_at = case when excluded.status = 'DRAFT' then null else coalesce(?::timestamptz, declaration.filed_at, now()) end,
       due_date = coalesce(?::date, declaration.due_date, excluded.due_date),
       updated_at = now()
     where not exists (select 1 from upo u where u.declaration_id = declaration.id)
     returning *`,
    [
      companyId,
      type,
      period,
      taxBase,
      taxDue,
      status,
      status,
      filedAt,
      dueDate,
      defaultDueDate(type, period),
      filedAt,
      dueDate,
    ],
  );
  return row ? em.map(Declaration, row) : null;
}

/** The declaration `id` (validated) with its status, if the actor sees its company; else null. */
export async function findVisibleDeclaration(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<{ id: string; status: DeclarationStatus } | null> {
  const query = em
    .getKnex()('declaration as d')
    .join('company as c', 'c.id', 'd.company_id')
    .select('d.id', 'd.status')
    .where('d.id', id);
  whereCompanyVisible(query, actor);
  const [declaration]: Array<{ id: string; status: DeclarationStatus }> = await em.execute(query);
  return declaration ?? null;
}

/**
 * In one statement: a FILED (or ACCEPTED) declaration becomes ACCEPTED and gets its UPO. Null when
 * it was not filed any more or already had a UPO.
 */
export async function acceptWithUpo(
  em: EntityManager,
  declarationId: string,
  upo: { referenceNumber: string; receivedAt: Date },
): Promise<Upo | null> {
  const [row] = await em.execute(
    `with accepted as (
       update declaration set status = 'ACCEPTED', updated_at = now()
        where id = ? and status in ('FILED', 'ACCEPTED') returning id
     )
     insert into upo (declaration_id, reference_number, received_at)
     select id, ?, ? from accepted
     on conflict (declaration_id) do nothing
     returning *`,
    [declarationId, upo.referenceNumber, upo.receivedAt],
  );
  return row ? em.map(Upo, row) : null;
}

/**
 * Marks the declaration paid, keeping the first time it was marked (a repeat changes nothing), or
 * unpaid again (`paid` false). The declaration must already be known visible to the actor.
 */
export async function setDeclarationPaid(
  em: EntityManager,
  declarationId: string,
  paid: boolean,
): Promise<Declaration> {
  const [row] = await em.execute(
    `update declaration
        set paid_at = case when ? then coalesce(paid_at, now()) else null end,
            updated_at = case when (paid_at is null) = ? then now() else updated_at end
      where id = ?
      returning *`,
    [paid, paid, declarationId],
  );
  if (!row) throw new Error(`declaration ${declarationId} is gone`);
  return em.map(Declaration, row);
}
