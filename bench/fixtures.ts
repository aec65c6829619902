import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../server/src/core/context.js';
import { Role } from '../server/src/modules/auth/user.entity.js';
import { completeNip } from '../server/src/modules/company/nip.js';

/** One office: a head and `size` companies with one client user each, in four statements. */
export async function seedOffice(em: EntityManager, size: number): Promise<{ head: Actor; companyIds: string[] }> {
  const tag = randomUUID().slice(0, 8);
  const [office] = await em.execute<Array<{ id: string }>>('insert into office (name) values (?) returning id', [`Bench ${tag}`]);
  const [head] = await em.execute<Array<{ id: string }>>(
    `insert into app_user (email, name, role, office_id, password_hash) values (?, ?, 'OFFICE_HEAD', ?, '!') returning id`,
    [`head-${tag}@bench.local`, `Szef ${tag}`, office.id],
  );
  const nips: string[] = [];
  for (let prefix = 100_000_000; nips.length < size; prefix += 1) {
    const nip = completeNip(String(prefix));
    if (nip) nips.push(nip);
  }
  const companies = await em.execute<Array<{ id: string }>>(
    `with input as (select nip, i from unnest(?::text[]) with ordinality as t(nip, i)),
     companies as (
       insert into company (office_id, name, nip, tax_form, vat_payer, email)
       select ?, 'Firma ' || lpad(i::text, 5, '0'), nip,
              (array['FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM'])[1 + i % 3], i % 2 = 0,
              'client' || i || '-' || ? || '@bench.local'
         from input
       returning id, email),
     clients as (
       insert into app_user (email, name, role, password_hash)
       select email, 'Klient ' || email, 'CLIENT', '!' from companies
       returning id, email)
     insert into company_member (company_id, user_id)
     select c.id, u.id from companies c join clients u on u.email = c.email
     returning company_id as id`,
    [`{${nips.join(',')}}`, office.id, tag],
  );
  const actor: Actor = { userId: head.id, role: Role.OFFICE_HEAD, officeId: office.id, companyIds: [], sessionId: randomUUID() };
  return { head: actor, companyIds: companies.map((c) => c.id) };
}

