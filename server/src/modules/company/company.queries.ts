import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import { type ConnectionShape, isId } from '../../core/pagination.js';
import { executeBound, keysetPage, toInt, uuidArray } from '../../core/sql.js';
import { Message } from '../message/message.entity.js';
import { Company, type TaxForm } from './company.entity.js';
import { type CompanyKey, whereCompanyVisible } from './company.policy.js';
import type { CompanyFilter } from './company.types.js';
import { normalizeNip } from './nip.js';

/*
 * The statements that read companies, each scoped by whereCompanyVisible: the only way rows of
 * companies get listed.
 */

/** What a bulk action needs of each ticked company. */
export interface VisibleCompany extends CompanyKey {
  name: string;
  email: string;
  taxForm: TaxForm;
  vatPayer: boolean;
}

/** Visible companies by name, filtered: a keyset page on the Company entity's indexes. */
export function listVisibleCompanies(
  em: EntityManager,
  actor: Actor,
  page: { first: number; after: string[] | null; filter: CompanyFilter },
): Promise<ConnectionShape<Company>> {
  const { first, after, filter } = page;
  const knex = em.getKnex();
  const inner = knex('company as c').select('c.*');
  whereCompanyVisible(inner, actor);
  whereCompanyMatches(inner, filter.search);
  if (filter.taxForm) inner.where('c.tax_form', filter.taxForm);
  if (filter.vatPayer !== undefined && filter.vatPayer !== null)
    inner.where('c.vat_payer', filter.vatPayer);
  if (filter.caretakerId) {
    if (!isId(filter.caretakerId)) inner.whereRaw('false');
    else inner.where('c.caretaker_id', filter.caretakerId);
  }
  if (filter.archived) inner.whereNotNull('c.archived_at');
  else inner.whereNull('c.archived_at');
  if (filter.hasUnreadFromClient !== undefined && filter.hasUnreadFromClient !== null) {
    // The counter kept with the messages; its partial index serves the "unread" view.
    inner.where('c.unread_from_client', filter.hasUnreadFromClient ? '>' : '=', 0);
  }
  return keysetPage(em, inner, {
    first,
    after,
    sort: [
      ['name', 'text'],
      ['id', 'uuid'],
    ],
    map: (row) => em.map(Company, row),
    cursorOf: (c) => [c.name, c.id],
  });
}

/**
 * Companies (`c`) whose name contains the term or whose NIP starts with its digits; no condition for
 * a blank term. Either side has its own index (name trigrams, the NIP range of the office), so the
 * OR is a BitmapOr of the two rather than a scan; a term too short for trigrams reads by name.
 */
export function whereCompanyMatches(
  query: Knex.QueryBuilder,
  term: string | null | undefined,
): void {
  const search = term?.trim();
  if (!search) return;
  const digits = normalizeNip(search);
  query.where((q) => {
    q.whereRaw(`c.name ilike ? escape '\\'`, [`%${search.replace(/[\\%_]/g, '\\$&')}%`]);
    if (/^\d{1,10}$/.test(digits)) q.orWhere('c.nip', 'like', `${digits}%`);
  });
}

/** The company `id` (validated) if the actor sees it; else null. */
export async function findVisibleCompany(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<Company | null> {
  const query = em.getKnex()('company as c').select('c.*').where('c.id', id);
  whereCompanyVisible(query, actor);
  const [row] = await em.execute(query);
  return row ? em.map(Company, row) : null;
}

/**
 * Those of `ids` (validated) the actor sees and may send to, in one statement whatever their
 * number: archived companies are left out, so every send refuses them as it refuses unseen ones.
 */
export async function findVisibleCompanies(
  em: EntityManager,
  actor: Actor,
  ids: string[],
): Promise<VisibleCompany[]> {
  const query = em
    .getKnex()('company as c')
    .select(...VISIBLE_COMPANY_COLUMNS)
    .whereRaw('c.id = any(?::uuid[])', [uuidArray(ids)])
    .whereNull('c.archived_at');
  whereCompanyVisible(query, actor);
  return (await executeBound<VisibleCompanyRow>(em, query)).map(visibleCompanyOf);
}

/** The columns of company `c` a send needs, as `visibleCompanyOf` reads them. */
export const VISIBLE_COMPANY_COLUMNS = [
  'c.id',
  'c.office_id',
  'c.caretaker_id',
  'c.name',
  'c.email',
  'c.tax_form',
  'c.vat_payer',
] as const;

export interface VisibleCompanyRow {
  id: string;
  office_id: string;
  caretaker_id: string | null;
  name: string;
  email: string;
  tax_form: TaxForm;
  vat_payer: boolean;
}

export function visibleCompanyOf(r: VisibleCompanyRow): VisibleCompany {
  return {
    id: r.id,
    officeId: r.office_id,
    caretakerId: r.caretaker_id,
    name: r.name,
    email: r.email,
    taxForm: r.tax_form,
    vatPayer: r.vat_payer,
  };
}

/**
 * The newest message of each company, by company id: one statement for the whole batch. For
 * clients (`forClients`), recalled notifications are left out.
 */
export async function lastMessagesOf(
  em: EntityManager,
  companyIds: readonly string[],
  forClients = false,
): Promise<Map<string, Message>> {
  const rows: Array<Record<string, unknown>> = await em.execute(
    `select m.* from unnest(?::uuid[]) as c(id)
    cross join lateral (
      select * from message where company_id = c.id${forClients ? ' and recalled_at is null' : ''}
       order by created_at desc, id desc limit 1
    ) m`,
    [uuidArray(companyIds)],
  );
  return new Map(rows.map((row) => [String(row.company_id), em.map(Message, row)]));
}

/**
 * For each company, the message of its newest email delivered with printouts (the worker made them
 * before sending, so the message's attachments are they), by company id: one statement for the
 * whole batch, each company's deliveries read through their index.
 */
export async function lastPrintoutMessagesOf(
  em: EntityManager,
  companyIds: readonly string[],
): Promise<Map<string, Message>> {
  const rows: Array<Record<string, unknown>> = await em.execute(
    `select m.* from unnest(?::uuid[]) as c(id)
    cross join lateral (
      select d.message_id from email_delivery d
       where d.company_id = c.id and d.status = 'SENT' and d.printouts <> '[]'::jsonb
       order by d.sent_at desc, d.id desc limit 1
    ) d
    join message m on m.id = d.message_id`,
    [uuidArray(companyIds)],
  );
  return new Map(rows.map((row) => [String(row.company_id), em.map(Message, row)]));
}

/** An active caretaker or head of the office (who may be given companies), or null. */
export async function findAssignableStaff(
  em: EntityManager,
  officeId: string,
  userId: string,
): Promise<string | null> {
  const [row] = await executeBound<{ id: string }>(
    em,
    `select id from app_user where id = ? and office_id = ? and role in ('CARETAKER', 'OFFICE_HEAD')
       and deactivated_at is null`,
    [userId, officeId],
  );
  return row?.id ?? null;
}

/** Locks those of `ids` that are companies of the office; returns their ids. */
export async function lockOfficeCompanies(
  em: EntityManager,
  officeId: string,
  ids: string[],
): Promise<Set<string>> {
  const rows = await executeBound<{ id: string }>(
    em,
    'select id from company where id = any(?::uuid[]) and office_id = ? order by id for update',
    [uuidArray(ids), officeId],
  );
  return new Set(rows.map((r) => r.id));
}

/** A company whose caretaker an assignment changed, with its unread counter's new version. */
export interface Reassigned {
  id: string;
  previous: string | null;
  unread: number;
  version: number;
}

/**
 * Gives every one of `ids` (locked, of one office) to `caretakerId` (null: nobody) in one statement;
 * returns those that changed. Their unread version grows, so a badge that hears of the move keeps
 * it over any older count.
 */
export async function reassignCompanies(
  em: EntityManager,
  ids: string[],
  caretakerId: string | null,
): Promise<Reassigned[]> {
  const rows = await executeBound<{
    id: string;
    previous: string | null;
    unread_from_client: number;
    unread_version: string;
  }>(
    em,
    `update company c set caretaker_id = ?::uuid, unread_version = c.unread_version + 1, updated_at = now()
       from company old
      where old.id = c.id and c.id = any(?::uuid[]) and c.caretaker_id is distinct from ?::uuid
      returning c.id, old.caretaker_id as previous, c.unread_from_client, c.unread_version`,
    [caretakerId, uuidArray(ids), caretakerId],
  );
  return rows.map((r) => ({
    id: r.id,
    previous: r.previous,
    unread: r.unread_from_client,
    version: toInt(r.unread_version),
  }));
}
