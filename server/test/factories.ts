import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../src/modules/auth/auth.service.js';
import { Role, User } from '../src/modules/auth/user.entity.js';
import { Company, CompanyMember, TaxForm } from '../src/modules/company/company.entity.js';
import { Office, OfficeVerification } from '../src/modules/office/office.entity.js';
import type { TestApp } from './harness.js';
import { uniqueNip } from './seed.js';

export { insertCompanies, uniqueNip } from './seed.js';

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
  const office = em.create(Office, {
    name: options.name ?? `Biuro ${tag}`,
    verification: options.verification ?? OfficeVerification.UNVERIFIED,
  });
  const user = (email: string, name: string, role: Role, withOffice = true) =>
    em.create(User, {
      email,
      name,
      role,
      office: withOffice ? office : undefined,
      passwordHash: hash,
    });
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
  const party = async (u: User): Promise<Party> => ({
    user: u,
    token: await app.services.auth.createSession(em, u),
  });
  return {
    office,
    head: await party(head),
    caretaker: await party(caretaker),
    companies: await Promise.all(
      companies.map(async ({ company, client }) => ({ company, client: await party(client) })),
    ),
  };
}

/** A session for any user (for example a platform admin made by a test). */
export async function sessionFor(app: TestApp, em: EntityManager, user: User): Promise<Party> {
  return { user, token: await app.services.auth.createSession(em, user) };
}
