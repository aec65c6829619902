import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { createContext } from '../../core/context.js';
import type { Logger } from '../../core/logger.js';
import type { Services } from '../../services.js';
import { hashPassword } from '../auth/auth.service.js';
import { Role, User } from '../auth/user.entity.js';
import { seedBookkeeping } from '../bookkeeping/bookkeeping.demo.js';
import { Company, CompanyMember, TaxForm } from '../company/company.entity.js';
import { completeNip } from '../company/nip.js';
import { SmtpSecurity } from '../email/smtp-integration.entity.js';
import { Office, OfficeVerification } from '../office/office.entity.js';

export const DEMO_CLIENTS = 40;

const DEMO_OFFICE = 'Biuro Rachunkowe Demo';
const OTHER_OFFICE = 'Kancelaria Podatkowa Inne';

/** `role` is the console banner's prose; the login page words it from `userRole` and `office`. */
export const demoLogins = [
  {
    email: 'szef@demo.local',
    role: `OFFICE_HEAD, ${DEMO_OFFICE}`,
    userRole: Role.OFFICE_HEAD,
    office: DEMO_OFFICE,
  },
  {
    email: 'opiekun@demo.local',
    role: 'CARETAKER of every other company',
    userRole: Role.CARETAKER,
    office: DEMO_OFFICE,
  },
  {
    email: 'klient1@demo.local',
    role: `CLIENT (… klient${DEMO_CLIENTS}@demo.local), one company each`,
    userRole: Role.CLIENT,
    office: DEMO_OFFICE,
    lastEmail: `klient${DEMO_CLIENTS}@demo.local`,
  },
  {
    email: 'szef@inne.local',
    role: 'OFFICE_HEAD of a second office (isolation)',
    userRole: Role.OFFICE_HEAD,
    office: OTHER_OFFICE,
  },
  { email: 'admin@demo.local', role: 'PLATFORM_ADMIN', userRole: Role.PLATFORM_ADMIN },
];

const companyNames: Array<[string, TaxForm, boolean]> = [
  ['Piekarnia Złoty Kłos sp. z o.o.', TaxForm.FULL_ACCOUNTING, true],
  ['Usługi Remontowe Łukasz Wróbel', TaxForm.TAX_BOOK, true],
  ['Gabinet Fizjoterapii Anna Żółkiewska', TaxForm.LUMP_SUM, false],
  ['Transport Ciężarowy Górski i Syn sp. z o.o.', TaxForm.FULL_ACCOUNTING, true],
  ['Kwiaciarnia Różana Magdalena Śliwa', TaxForm.LUMP_SUM, false],
  ['Biuro Projektowe Źródło Paweł Nowak', TaxForm.TAX_BOOK, true],
  ['Sklep Ogrodniczy Zielony Świat sp. z o.o.', TaxForm.FULL_ACCOUNTING, true],
  ['Tłumaczenia Ewa Łęcka', TaxForm.LUMP_SUM, false],
];

/** Creates the demo offices, users, companies and a few conversations on an empty database. */
export async function seedDemo(
  em: EntityManager,
  services: Services,
  config: Config,
  logger: Logger,
  mailCatcherPort?: number,
): Promise<void> {
  if ((await em.count(Office)) > 0) return;
  const passwordHash = await hashPassword(config.demoPassword);
  const demo = em.create(Office, {
    name: DEMO_OFFICE,
    verification: OfficeVerification.VERIFIED,
  });
  const other = em.create(Office, {
    name: OTHER_OFFICE,
    verification: OfficeVerification.UNVERIFIED,
  });
  const user = (email: string, name: string, role: Role, office?: Office) =>
    em.create(User, { email, name, role, office, passwordHash });
  const head = user('szef@demo.local', 'Barbara Szefowa', Role.OFFICE_HEAD, demo);
  const caretaker = user('opiekun@demo.local', 'Tomasz Opiekun', Role.CARETAKER, demo);
  user('admin@demo.local', 'Administrator Platformy', Role.PLATFORM_ADMIN);
  user('szef@inne.local', 'Irena Inna', Role.OFFICE_HEAD, other);

  let nipSeed = 526_000_100;
  const nextNip = () => {
    for (;;) {
      nipSeed += 7;
      const nip = completeNip(String(nipSeed));
      if (nip) return nip;
    }
  };
  const companies: Company[] = [];
  for (let i = 1; i <= DEMO_CLIENTS; i += 1) {
    const [base, taxForm, vatPayer] = companyNames[(i - 1) % companyNames.length] ?? [];
    if (base === undefined || taxForm === undefined || vatPayer === undefined) break;
    const round = Math.floor((i - 1) / companyNames.length);
    const email = `klient${i}@demo.local`;
    const company = em.create(Company, {
      office: demo,
      name: round ? `${base} (${round + 1})` : base,
      nip: nextNip(),
      taxForm,
      vatPayer,
      email,
      caretaker: i % 2 === 1 ? caretaker : undefined,
    });
    const client = user(email, `Klient ${i}`, Role.CLIENT);
    em.create(CompanyMember, { company, user: client });
    companies.push(company);
  }
  const otherCompanies: Array<[string, TaxForm, boolean]> = [
    ['Warsztat Samochodowy Mirosław Kąkol', TaxForm.TAX_BOOK, true],
    ['Hurtownia Łódź-Bałuty sp. z o.o.', TaxForm.FULL_ACCOUNTING, true],
    ['Pracownia Krawiecka Jadwiga Pąk', TaxForm.LUMP_SUM, false],
  ];
  for (const [index, [name, taxForm, vatPayer]] of otherCompanies.entries()) {
    const email = `klient${index + 1}@inne.local`;
    const company = em.create(Company, {
      office: other,
      name,
      nip: nextNip(),
      taxForm,
      vatPayer,
      email,
    });
    em.create(CompanyMember, {
      company,
      user: user(email, `Klient Inne ${index + 1}`, Role.CLIENT),
    });
  }
  await em.flush();

  const sessionId = 'demo-seed';
  const asHead = createContext(em, services, {
    userId: head.id,
    sessionId,
    role: Role.OFFICE_HEAD,
    officeId: demo.id,
  });
  const asCaretaker = createContext(em, services, {
    userId: caretaker.id,
    sessionId,
    role: Role.CARETAKER,
    officeId: demo.id,
  });
  const asClientOf = async (company: Company) =>
    createContext(em, services, {
      userId: (await em.findOneOrFail(User, { email: company.email })).id,
      sessionId,
      role: Role.CLIENT,
      companyIds: [company.id],
    });
  await services.broadcasts.sendNotification(asHead, {
    companyIds: companies.map((c) => c.id),
    body: 'Dzień dobry, przypominamy o przesłaniu dokumentów za miniony miesiąc do 5. dnia miesiąca.',
  });
  const [first, , third] = companies;
  if (first) {
    await services.messages.send(await asClientOf(first), {
      companyId: first.id,
      body: 'Czy faktura za czynsz może być zaksięgowana w tym miesiącu?',
    });
    await services.messages.send(asCaretaker, {
      companyId: first.id,
      body: 'Tak, proszę przesłać ją do 5. dnia miesiąca.',
    });
  }
  if (third) {
    await services.messages.send(await asClientOf(third), {
      companyId: third.id,
      body: 'Kiedy otrzymam deklarację PIT-28 do podpisu?',
    });
  }
  await seedBookkeeping(em, companies, new Date().getFullYear());
  // One pending invitation of each kind, so the people and company pages show how they look.
  await services.invitations.inviteStaff(asHead, {
    email: 'nowa.opiekunka@demo.local',
    name: 'Ewa Nowakowska',
    role: Role.CARETAKER,
  });
  if (first) {
    await services.invitations.inviteClient(asHead, {
      companyId: first.id,
      email: 'wspolnik@demo.local',
      name: 'Marek Wspólnik',
    });
  }
  if (mailCatcherPort) {
    // The demo office sends through the development mail catcher (see /dev/mail).
    await services.smtp.update(asHead, {
      host: '127.0.0.1',
      port: mailCatcherPort,
      security: SmtpSecurity.NONE,
      username: 'demo',
      password: 'demo',
      fromAddress: 'biuro@demo.local',
      fromName: 'Biuro Rachunkowe Demo',
    });
  }
  logger.info('demo data created', { companies: companies.length });
}
