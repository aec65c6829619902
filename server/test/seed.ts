import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { completeNip } from '../src/modules/company/nip.js';

/** Set-based test and benchmark data, free of the test harness so benchmarks can use it too. */

let nipCounter = Math.floor(Math.random() * 1e8);
/** A unique, checksum-valid NIP. */
export function uniqueNip(): string {
  for (;;) {
    nipCounter = (nipCounter + 7) % 1e9;
    const nip = completeNip(String(100_000_000 + (nipCounter % 900_000_000)).slice(0, 9));
    if (nip) return nip;
  }
}

/**
 * `count` more companies in an office, each with its own client user and membership, set-based (a
 * few statements for 10,000). Every other one is the caretaker's when one is given.
 */
export async function insertCompanies(
  em: EntityManager,
  officeId: string,
  count: number,
  options: { caretakerId?: string } = {},
): Promise<Array<{ companyId: string; clientId: string }>> {
  const tag = randomUUID().slice(0, 8);
  const nips = Array.from({ length: count }, () => uniqueNip());
  return em.execute(
    `with input as (select nip, i from unnest(?::text[]) with ordinality as t(nip, i)),
     companies as (
       insert into company (office_id, name, nip, tax_form, vat_payer, email, caretaker_id)
       select ?, 'Masowa ' || lpad(i::text, 5, '0') || ' ' || ?, nip,
              (array['FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM'])[1 + i % 3], i % 2 = 0,
              'bulk' || i || '-' || ? || '@test.local', case when i % 2 = 0 then ?::uuid end
         from input
       returning id, email),
     clients as (
       insert into app_user (email, name, role, password_hash)
       select email, 'Klient ' || email, 'CLIENT', '!' from companies
       returning id, email)
     insert into company_member (company_id, user_id)
     select c.id, u.id from companies c join clients u on u.email = c.email
     returning company_id as "companyId", user_id as "clientId"`,
    [`{${nips.join(',')}}`, officeId, tag, tag, options.caretakerId ?? null],
  );
}
