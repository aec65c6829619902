import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { type Actor, createContext } from '../../core/context.js';
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

export const demoLogins = [
  { email: 'szef@demo.local', role: 'OFFICE_HEAD, Biuro Rachunkowe Demo' },
  { email: 'opiekun@demo.local', role: 'CARETAKER of every other company' },
  {
    email: 'klient1@demo.local',
    role: `CLIENT (… klient${DEMO_CLIENTS}@demo.local), one company each`,
  },
  { email: 'szef@inne.local', role: 'OFFICE_HEAD of a second office (isolation)' },
  { email: 'admin@demo.local', role: 'PLATFORM_ADMIN' },
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
    name: 'Biuro Rachunkowe Demo',
    verification: OfficeVerification.VERIFIED,
  });
  const other = em.create(Office, {
    name: 'Kancelaria Podatkowa Inne',
    verification: OfficeVerification.UNVERIFIED,
  });
  const user = (email: string, name: string, role: Role, office?: Office) =>
    em.create(User, { email, name, role, office, passwordHash });
  const head = user('szef@demo.local', 'Barbara Szefowa', Role.OFFICE_HEAD, demo);
  const caretaker = user('opiekun@demo.local', 'Tomasz Opiekun', Role.CARETAKER, demo);
  user('admin@demo.local', 'Administrator Platformy', Role.PLATFORM_ADMIN);
  const otherHead = user('szef@inne.local', 'Irena Inna', Role.OFFICE_HEAD, other);

  let nipSeed = 526_000_100;
  const nextNip = () => {
    for (;;) {
      const nip = completeNip(String((nipSeed += 7)));
      if (nip) return nip;
    }
  };
  const companies: Company[] = [];
  for (let i = 1; i <= DEMO_CLIENTS; i += 1) {
    const [base, taxForm, vatPayer] = companyNames[(i - 1) % companyNames.length];
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
  for (let i = 1; i <= 3; i += 1) {
    const email = `klient${i}@inne.local`;
    const company = em.create(Company, {
      office: other,
      name: [
        'Warsztat Samochodowy Mirosław Kąkol',
        'Hurtownia Łódź-Bałuty sp. z o.o.',
        'Pracownia Krawiecka Jadwiga Pąk',
      ][i - 1],
      nip: nextNip(),
      taxForm: [TaxForm.TAX_BOOK, TaxForm.FULL_ACCOUNTING, TaxForm.LUMP_SUM][i - 1],
      vatPayer: i !== 3,
      email,
    });
    em.create(CompanyMember, { company, user: user(email, `Klient Inne ${i}`, Role.CLIENT) });
  }
  await em.flush();

  const actor = (u: User, companyIds: string[] = []): Actor => {
    const base = { userId: u.id, sessionId: 'demo-seed' };
    if (u.role === Role.CLIENT) return { ...base, role: u.role, companyIds };
    if (u.role === Role.PLATFORM_ADMIN) return { ...base, role: u.role };
    return { ...base, role: u.role, officeId: u.office?.id ?? '' };
  };
  const as = (u: User, companyIds?: string[]) => createContext(em, services, actor(u, companyIds));
  await services.broadcasts.sendNotification(as(head), {
    companyIds: companies.map((c) => c.id),
    body: 'Dzień dobry, przypominamy o przesłaniu dokumentów za miniony miesiąc do 5. dnia miesiąca.',
  });
  const firstClient = await em.findOneOrFail(User, { email: 'klient1@demo.local' });
  await services.messages.send(as(firstClient, [companies[0].id]), {
    companyId: companies[0].id,
    body: 'Czy faktura za czynsz może być zaksięgowana w tym miesiącu?',
  });
  await services.messages.send(as(caretaker), {
    companyId: companies[0].id,
    body: 'Tak, proszę przesłać ją do 5. dnia miesiąca.',
  });
  const thirdClient = await em.findOneOrFail(User, { email: 'klient3@demo.local' });
  await services.messages.send(as(thirdClient, [companies[2].id]), {
    companyId: companies[2].id,
    body: 'Kiedy otrzymam deklarację PIT-28 do podpisu?',
  });
  void otherHead;
  await seedBookkeeping(em, companies, new Date().getFullYear());
  if (mailCatcherPort) {
    // The demo office sends through the development mail catcher (see /dev/mail).
    await services.smtp.update(as(head), {
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
