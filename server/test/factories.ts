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

/** `N` items of `T` as a tuple when `N` is a literal, so indexing and destructuring need no checks. */
export type Tuple<T, N extends number, Built extends T[] = []> = number extends N
  ? T[]
  : Built['length'] extends N
    ? Built
    : Tuple<T, N, [...Built, T]>;

export interface OfficeFixture {
  office: Office;
  head: Party;
  /** Caretaker of the companies at even positions (0, 2, 4, …). */
  caretaker: Party;
  companies: CompanyFixture[];
}

/** An office fixture of `N` companies: `f.companies[2]` of `OfficeFixtureOf<3>` is there. */
export type OfficeFixtureOf<N extends number> = OfficeFixture & {
  companies: Tuple<CompanyFixture, N>;
};

const taxForms = [TaxForm.FULL_ACCOUNTING, TaxForm.TAX_BOOK, TaxForm.LUMP_SUM] as const;

/** What a test may set on a built user. */
export type UserOverrides = Partial<Pick<User, 'email' | 'name' | 'role'>>;
/** What a test may set on a built company. */
export type CompanyOverrides = Partial<
  Pick<Company, 'name' | 'nip' | 'taxForm' | 'vatPayer' | 'email'> & { caretaker: User }
>;

/*
 * Builders add entities to `em` without flushing: a test builds what it needs and flushes once, so
 * MikroORM inserts each table's rows in one batch. Everyone can log in with PASSWORD.
 */

function tag(): string {
  return randomUUID().slice(0, 8);
}

async function buildUser(
  em: EntityManager,
  office: Office | undefined,
  defaults: Required<UserOverrides>,
  overrides: UserOverrides,
): Promise<User> {
  passwordHash ??= hashPassword(PASSWORD);
  return em.create(User, { ...defaults, ...overrides, office, passwordHash: await passwordHash });
}

/** A member of the office's staff: a caretaker unless `role` says otherwise. */
export function buildStaff(
  em: EntityManager,
  office: Office,
  overrides: UserOverrides = {},
): Promise<User> {
  const t = tag();
  return buildUser(
    em,
    office,
    { email: `staff-${t}@test.local`, name: `Opiekun ${t}`, role: Role.CARETAKER },
    overrides,
  );
}

/** A client user, member of each of `companies` (a bookkeeper of several firms, say). */
export async function buildClient(
  em: EntityManager,
  companies: Company[],
  overrides: UserOverrides = {},
): Promise<User> {
  const t = tag();
  const client = await buildUser(
    em,
    undefined,
    { email: `client-${t}@test.local`, name: `Klient ${t}`, role: Role.CLIENT },
    overrides,
  );
  for (const company of companies) em.create(CompanyMember, { company, user: client });
  return client;
}

/** A platform administrator: no office of their own. */
export function buildAdmin(em: EntityManager, overrides: UserOverrides = {}): Promise<User> {
  const t = tag();
  return buildUser(
    em,
    undefined,
    { email: `admin-${t}@test.local`, name: `Admin ${t}`, role: Role.PLATFORM_ADMIN },
    overrides,
  );
}

/** A company of the office with one client user of its own, at the company's address. */
export async function buildCompany(
  em: EntityManager,
  office: Office,
  overrides: CompanyOverrides & { client?: UserOverrides } = {},
): Promise<{ company: Company; client: User }> {
  const t = tag();
  const { caretaker, client: clientOverrides, ...fields } = overrides;
  const company = em.create(Company, {
    office,
    name: `Firma ${t}`,
    nip: uniqueNip(),
    taxForm: TaxForm.TAX_BOOK,
    vatPayer: false,
    email: `client-${t}@test.local`,
    ...fields,
    caretaker,
  });
  const client = await buildClient(em, [company], {
    email: company.email,
    name: `Klient ${company.name}`,
    ...clientOverrides,
  });
  return { company, client };
}

/**
 * A fresh office with a head, a caretaker and `companies` companies, each with one client user;
 * everyone with a session token. Unique emails, so tests never collide.
 */
export async function officeFixture<N extends number = 3>(
  app: TestApp,
  options: { companies?: N; verification?: OfficeVerification; name?: string } = {},
): Promise<OfficeFixtureOf<N>> {
  const em = app.orm.em.fork();
  const t = tag();
  const office = em.create(Office, {
    name: options.name ?? `Biuro ${t}`,
    verification: options.verification ?? OfficeVerification.UNVERIFIED,
  });
  const head = await buildStaff(em, office, {
    email: `head-${t}@test.local`,
    name: `Szef ${t}`,
    role: Role.OFFICE_HEAD,
  });
  const caretaker = await buildStaff(em, office, {
    email: `caretaker-${t}@test.local`,
    name: `Opiekun ${t}`,
  });
  const companies: Array<{ company: Company; client: User }> = [];
  for (let i = 0; i < (options.companies ?? 3); i += 1) {
    companies.push(
      await buildCompany(em, office, {
        name: `Firma ${String(i).padStart(5, '0')} ${t}`,
        taxForm: taxForms[i % 3],
        vatPayer: i % 2 === 0,
        email: `client${i}-${t}@test.local`,
        caretaker: i % 2 === 0 ? caretaker : undefined,
        client: { name: `Klient ${i} ${t}` },
      }),
    );
  }
  await em.flush();
  const parties = await Promise.all(
    companies.map(async ({ company, client }) => ({
      company,
      client: await sessionFor(app, em, client),
    })),
  );
  return {
    office,
    head: await sessionFor(app, em, head),
    caretaker: await sessionFor(app, em, caretaker),
    // The loop above made exactly `options.companies` of them.
    companies: parties as Tuple<CompanyFixture, N>,
  };
}

/** A session for any user (for example a platform admin made by a test). */
export async function sessionFor(app: TestApp, em: EntityManager, user: User): Promise<Party> {
  return { user, token: await app.services.auth.createSession(em, user) };
}
