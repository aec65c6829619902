import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../src/modules/auth/auth.service.js';
import { Role, User } from '../src/modules/auth/user.entity.js';
import { Company, CompanyMember, TaxForm } from '../src/modules/company/company.entity.js';
import { completeNip } from '../src/modules/company/nip.js';
import { Office, OfficeVerification } from '../src/modules/office/office.entity.js';
import type { TestApp } from './harness.js';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export interface Party {
  user: User;
  token: string;
}

export interface CompanyFixture {
  company: Company;
  client: Party;
}

export interface OfficeFixture {
  office: Office;
  head: Party;
  /** Caretaker of the companies at even positions (0, 2, 4, …). */
  caretaker: Party;
  companies: CompanyFixture[];
}

let nipCounter = Math.floor(Math.random() * 1e8);
/** A unique, checksum-valid NIP. */
export function uniqueNip(): string {
  for (;;) {
    nipCounter = (nipCounter + 7) % 1e9;
    const nip = completeNip(String(100_000_000 + (nipCounter % 900_000_000)).slice(0, 9));
    if (nip) return nip;
  }
}

const taxForms = [TaxForm.FULL_ACCOUNTING, TaxForm.TAX_BOOK, TaxForm.LUMP_SUM];

/**
 * A fresh office with a head, a caretaker and `companies` companies, each with one client user;
 * everyone with a session token. Unique emails, so tests never collide.
 */
export async function officeFixture(
  app: TestApp,
  options: { companies?: number; verification?: OfficeVerification; name?: string } = {},
): Promise<OfficeFixture> {
  const em = app.orm.em.fork();
  const tag = randomUUID().slice(0, 8);
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const office = em.create(Office, { name: options.name ?? `Biuro ${tag}`, verification: options.verification ?? OfficeVerification.UNVERIFIED });
  const user = (email: string, name: string, role: Role, withOffice = true) =>
    em.create(User, { email, name, role, office: withOffice ? office : undefined, passwordHash: hash });
  const head = user(`head-${tag}@test.local`, `Szef ${tag}`, Role.OFFICE_HEAD);
  const caretaker = user(`caretaker-${tag}@test.local`, `Opiekun ${tag}`, Role.CARETAKER);
  const companies: Array<{ company: Company; client: User }> = [];
  for (let i = 0; i < (options.companies ?? 3); i += 1) {
    const email = `client${i}-${tag}@test.local`;
    const company = em.create(Company, {
      office,
      name: `Firma ${String(i).padStart(5, '0')} ${tag}`,
      nip: uniqueNip(),
      taxForm: taxForms[i % 3],
      vatPayer: i % 2 === 0,
      email,
      caretaker: i % 2 === 0 ? caretaker : undefined,
    });
    const client = user(email, `Klient ${i} ${tag}`, Role.CLIENT, false);
    em.create(CompanyMember, { company, user: client });
    companies.push({ company, client });
  }
  await em.flush();
  const party = async (u: User): Promise<Party> => ({ user: u, token: await app.services.auth.createSession(em, u) });
  return {
    office,
    head: await party(head),
    caretaker: await party(caretaker),
    companies: await Promise.all(companies.map(async ({ company, client }) => ({ company, client: await party(client) }))),
  };
}

/** A session for any user (for example a platform admin made by a test). */
export async function sessionFor(app: TestApp, em: EntityManager, user: User): Promise<Party> {
  return { user, token: await app.services.auth.createSession(em, user) };
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
