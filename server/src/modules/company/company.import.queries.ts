import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { executeBound, toInt } from '../../core/sql.js';
import type { TaxForm } from './company.entity.js';

/*
 * The company import's statements: each takes every row of the file at once, as arrays bound as
 * single parameters, so 5 or 5,000 rows cost the same statements.
 */

/** A company of the office as the import compares it. */
export interface ExistingCompany {
  id: string;
  name: string;
  taxForm: TaxForm;
  vatPayer: boolean;
  email: string;
  caretakerId: string | null;
}

/** Serializes the imports of one office, until the transaction ends. */
export async function lockOfficeImports(em: EntityManager, officeId: string): Promise<void> {
  await executeBound(em, `select pg_advisory_xact_lock(hashtext('company-import:' || ?))`, [
    officeId,
  ]);
}

/** Active caretakers and heads of the office by lower-case email, of those given. */
export async function officeCaretakersByEmail(
  em: EntityManager,
  officeId: string,
  emails: string[],
): Promise<Map<string, string>> {
  if (!emails.length) return new Map();
  const rows = await executeBound<{ id: string; email: string }>(
    em,
    `select id, email from app_user
      where office_id = ? and role in ('CARETAKER', 'OFFICE_HEAD') and deactivated_at is null
        and email = any(?::text[])`,
    [officeId, [...new Set(emails)]],
  );
  return new Map(rows.map((r) => [r.email, r.id]));
}

/** The office's companies with the given NIPs, by NIP. */
export async function officeCompaniesByNip(
  em: EntityManager,
  officeId: string,
  nips: string[],
): Promise<Map<string, ExistingCompany>> {
  if (!nips.length) return new Map();
  const rows = await executeBound<{
    id: string;
    nip: string;
    name: string;
    tax_form: TaxForm;
    vat_payer: boolean;
    email: string;
    caretaker_id: string | null;
  }>(
    em,
    `select id, nip, name, tax_form, vat_payer, email, caretaker_id from company
      where office_id = ? and nip = any(?::text[])`,
    [officeId, nips],
  );
  return new Map(
    rows.map((r) => [
      r.nip,
      {
        id: r.id,
        name: r.name,
        taxForm: r.tax_form,
        vatPayer: r.vat_payer,
        email: r.email,
        caretakerId: r.caretaker_id,
      },
    ]),
  );
}

/** An array bound as one parameter; node-postgres writes its nulls as NULL elements. */
function withNulls(values: Array<string | boolean | null>): Knex.Value {
  return values as Knex.Value;
}

interface ImportedValues {
  name: string;
  nip: string;
  taxForm: TaxForm;
  vatPayer: boolean | null;
  email: string;
  caretakerId: string | null;
}

/** Adds the new companies of the file in one statement. */
export async function insertImportedCompanies(
  em: EntityManager,
  officeId: string,
  rows: ImportedValues[],
): Promise<void> {
  if (!rows.length) return;
  await executeBound(
    em,
    `insert into company (office_id, name, nip, tax_form, vat_payer, email, caretaker_id)
     select ?::uuid, r.name, r.nip, r.tax_form, coalesce(r.vat_payer, false), r.email, r.caretaker_id
       from unnest(?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::uuid[])
         as r(name, nip, tax_form, vat_payer, email, caretaker_id)`,
    [
      officeId,
      rows.map((r) => r.name),
      rows.map((r) => r.nip),
      rows.map((r) => r.taxForm),
      withNulls(rows.map((r) => r.vatPayer)),
      rows.map((r) => r.email),
      withNulls(rows.map((r) => r.caretakerId)),
    ],
  );
}

/** A company the import gave another caretaker, with its unread counter's new version. */
export interface Recaretaken {
  id: string;
  previous: string | null;
  caretakerId: string;
  unread: number;
  version: number;
}

/**
 * Rewrites the changed companies of the file in one statement; an empty VAT or caretaker cell
 * keeps the company's own. Returns those whose caretaker changed, their unread version grown (as
 * assignCaretaker does), so the caretakers' live badges can follow.
 */
export async function updateImportedCompanies(
  em: EntityManager,
  rows: Array<ImportedValues & { id: string }>,
): Promise<Recaretaken[]> {
  if (!rows.length) return [];
  const changed = await executeBound<{
    id: string;
    previous: string | null;
    caretaker_id: string;
    unread_from_client: number;
    unread_version: string;
  }>(
    em,
    `with moved as (
       update company c set name = r.name, tax_form = r.tax_form,
              vat_payer = coalesce(r.vat_payer, c.vat_payer), email = r.email,
              caretaker_id = coalesce(r.caretaker_id, c.caretaker_id),
              unread_version = c.unread_version
                + case when r.caretaker_id is not null and r.caretaker_id is distinct from old.caretaker_id then 1 else 0 end,
              updated_at = now()
         from unnest(?::uuid[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::uuid[])
           as r(id, name, tax_form, vat_payer, email, caretaker_id), company old
        where c.id = r.id and old.id = c.id
        returning c.id, old.caretaker_id as previous, c.caretaker_id, c.unread_from_client, c.unread_version)
     select * from moved where caretaker_id is distinct from previous`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.name),
      rows.map((r) => r.taxForm),
      withNulls(rows.map((r) => r.vatPayer)),
      rows.map((r) => r.email),
      withNulls(rows.map((r) => r.caretakerId)),
    ],
  );
  return changed.map((r) => ({
    id: r.id,
    previous: r.previous,
    caretakerId: r.caretaker_id,
    unread: r.unread_from_client,
    version: toInt(r.unread_version),
  }));
}
