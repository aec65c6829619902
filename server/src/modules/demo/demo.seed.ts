import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { createContext } from '../../core/context.js';
import type { Logger } from '../../core/logger.js';
import type { MemberScope, StaffScope } from '../../core/scope.js';
import type { Services } from '../../services.js';
import { hashPassword } from '../auth/auth.service.js';
import { Role, User } from '../auth/user.entity.js';
import { seedBookkeeping } from '../bookkeeping/bookkeeping.demo.js';
import { Company, CompanyMember, TaxForm } from '../company/company.entity.js';
import { SmtpSecurity } from '../email/smtp-integration.entity.js';
import { Office, OfficeVerification } from '../office/office.entity.js';
import { PrintoutKind } from '../printout/printout.kind.js';
import { parsePeriod } from '../printout/printout.period.js';
import { companyName, demoNips, personNames, seededRandom } from './demo.names.js';

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

/** The demo office's clients: a sp. z o.o. in every three, the others sole traders. */
function demoCompanies(): Array<{
  name: string;
  owner: string;
  taxForm: TaxForm;
  vatPayer: boolean;
}> {
  const owners = personNames(DEMO_CLIENTS);
  return owners.map((owner, index) => {
    const limited = index % 3 === 0;
    const taxForm = limited
      ? TaxForm.FULL_ACCOUNTING
      : index % 3 === 1
        ? TaxForm.TAX_BOOK
        : TaxForm.LUMP_SUM;
    return {
      name: companyName(index, owner, limited),
      owner,
      taxForm,
      vatPayer: limited || index % 2 === 1,
    };
  });
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Creates the demo offices, users, companies and a few weeks of history on an empty database. */
export async function seedDemo(
  em: EntityManager,
  services: Services,
  config: Config,
  logger: Logger,
  mailCatcherPort?: number,
): Promise<void> {
  if ((await em.count(Office)) > 0) return;
  const passwordHash = await hashPassword(config.demoPassword);
  // Verified once its SMTP server is set, as the platform admin would: a server set on a verified
  // office is flagged to the admin as an unreviewed change.
  const demo = em.create(Office, {
    name: DEMO_OFFICE,
    nip: '5260250274',
    verification: OfficeVerification.PENDING,
  });
  const other = em.create(Office, {
    name: OTHER_OFFICE,
    verification: OfficeVerification.UNVERIFIED,
  });
  const user = (email: string, name: string, role: Role, office?: Office) =>
    em.create(User, { email, name, role, office, passwordHash });
  const head = user('szef@demo.local', 'Barbara Wiśniewska', Role.OFFICE_HEAD, demo);
  const caretaker = user('opiekun@demo.local', 'Tomasz Zieliński', Role.CARETAKER, demo);
  user('admin@demo.local', 'Administrator Platformy', Role.PLATFORM_ADMIN);
  user('szef@inne.local', 'Irena Mazur', Role.OFFICE_HEAD, other);

  const nips = demoNips(DEMO_CLIENTS + 3);
  const nip = () => nips.shift() ?? '';
  const companies: Company[] = [];
  const clients: User[] = [];
  for (const [index, spec] of demoCompanies().entries()) {
    const email = `klient${index + 1}@demo.local`;
    const company = em.create(Company, {
      office: demo,
      name: spec.name,
      nip: nip(),
      taxForm: spec.taxForm,
      vatPayer: spec.vatPayer,
      email,
      // The caretaker has the odd-numbered logins (klient1, klient3, …): half of the companies.
      caretaker: index % 2 === 0 ? caretaker : undefined,
    });
    const client = user(email, spec.owner, Role.CLIENT);
    em.create(CompanyMember, { company, user: client });
    companies.push(company);
    clients.push(client);
  }
  const otherCompanies: Array<[string, string, TaxForm, boolean]> = [
    ['Warsztat Samochodowy Mirosław Kąkol', 'Mirosław Kąkol', TaxForm.TAX_BOOK, true],
    ['Hurtownia Łódź-Bałuty sp. z o.o.', 'Henryk Bałucki', TaxForm.FULL_ACCOUNTING, true],
    ['Pracownia Krawiecka Jadwiga Pąk', 'Jadwiga Pąk', TaxForm.LUMP_SUM, false],
  ];
  for (const [index, [name, owner, taxForm, vatPayer]] of otherCompanies.entries()) {
    const email = `klient${index + 1}@inne.local`;
    const company = em.create(Company, {
      office: other,
      name,
      nip: nip(),
      taxForm,
      vatPayer,
      email,
    });
    em.create(CompanyMember, { company, user: user(email, owner, Role.CLIENT) });
  }
  await em.flush();

  const sessionId = 'demo-seed';
  const headActor = {
    userId: head.id,
    sessionId,
    role: Role.OFFICE_HEAD,
    officeId: demo.id,
  } as const;
  await seedBookkeeping(em, companies, new Date().getFullYear());
  if (mailCatcherPort) {
    // The demo office sends through the development mail catcher (see /dev/mail).
    await services.smtp.update(createContext(em, services, headActor), {
      host: '127.0.0.1',
      port: mailCatcherPort,
      security: SmtpSecurity.NONE,
      username: 'demo',
      password: 'demo',
      fromAddress: 'biuro@demo.local',
      fromName: 'Biuro Rachunkowe Demo',
    });
  }
  await em.nativeUpdate(Office, { id: demo.id }, { verification: OfficeVerification.VERIFIED });
  em.clear();
  // Made after the verification, so nothing they load holds the office as it was before it.
  const asHead = createContext(em, services, headActor);
  const asCaretaker = createContext(em, services, {
    userId: caretaker.id,
    sessionId,
    role: Role.CARETAKER,
    officeId: demo.id,
  });
  await seedHistory(em, services, { head, caretaker, companies, clients, asHead, asCaretaker });
  if (mailCatcherPort) await sendDemoEmail(services, asHead, companies.slice(0, 4));
  // The company list orders by the last message: as the history has it, not as it was made.
  await em.execute(
    `update company c set last_message_at = (select max(m.created_at) from message m where m.company_id = c.id)
      where c.office_id = ?`,
    [demo.id],
  );

  // One pending invitation of each kind, so the people and company pages show how they look.
  await services.invitations.inviteStaff(asHead, {
    email: 'nowa.opiekunka@demo.local',
    name: 'Ewa Nowakowska',
    role: Role.CARETAKER,
  });
  const [first] = companies;
  if (first) {
    await services.invitations.inviteClient(asHead, {
      companyId: first.id,
      email: 'wspolnik@demo.local',
      name: 'Marek Wspólnik',
    });
  }
  logger.info('demo data created', { companies: companies.length });
}

interface Cast {
  head: User;
  caretaker: User;
  companies: Company[];
  clients: User[];
  asHead: StaffScope;
  asCaretaker: StaffScope;
}

/** A step of the history at its moment: run through the services, then dated back to `at`. */
interface Step {
  at: Date;
  run(at: Date): Promise<void>;
}

/**
 * A few weeks of an office's life, made through the services (so every counter and receipt is what
 * the app itself would have made) and then dated back: three notifications to every company (the
 * latest read by half of them), client questions with the office's answers over the weeks, and
 * three questions still waiting for an answer.
 */
async function seedHistory(em: EntityManager, services: Services, cast: Cast): Promise<void> {
  const { companies, clients, asHead, asCaretaker } = cast;
  const now = Date.now();
  const seededAt = new Date(now);
  const ago = (days: number, hours = 0) => new Date(now - days * DAY - hours * HOUR);
  const random = seededRandom(2026);
  const steps: Step[] = [];
  const clientScope = (index: number): MemberScope =>
    createContext(em, services, {
      userId: clients[index]!.id,
      sessionId: 'demo-seed',
      role: Role.CLIENT,
      companyIds: [companies[index]!.id],
    });
  const staffOf = (index: number) => (companies[index]?.caretaker ? asCaretaker : asHead);

  // Whatever the step made "now" is dated back to its moment.
  const dateMessage = (id: string, at: Date) =>
    em.execute('update message set created_at = ? where id = ?', [at, id]);
  const dateReads = async (userId: string, companyId: string, at: Date) => {
    await em.execute(
      'update read_receipt set read_at = ? where user_id = ? and read_at >= ? and message_id in (select id from message where company_id = ?)',
      [at, userId, seededAt, companyId],
    );
    await em.execute(
      'update message set office_read_at = ? where company_id = ? and office_read_at >= ?',
      [at, companyId, seededAt],
    );
  };

  const notify = (at: Date, body: string, readers: number[]) => {
    steps.push({
      at,
      run: async () => {
        const broadcast = await services.broadcasts.sendNotification(asHead, {
          companyIds: companies.map((c) => c.id),
          body,
        });
        await em.execute('update broadcast set created_at = ? where id = ?', [at, broadcast.id]);
        await em.execute('update message set created_at = ? where broadcast_id = ?', [
          at,
          broadcast.id,
        ]);
      },
    });
    for (const index of readers) read(index, new Date(at.getTime() + (1 + random() * 40) * HOUR));
  };
  const read = (index: number, at: Date) => {
    if (at.getTime() >= now) return;
    steps.push({
      at,
      run: async () => {
        await services.receipts.markRead(clientScope(index), companies[index]!.id);
        await dateReads(clients[index]!.id, companies[index]!.id, at);
      },
    });
  };
  const ask = (index: number, at: Date, body: string) =>
    steps.push({
      at,
      run: async () => {
        const message = await services.messages.send(clientScope(index), {
          companyId: companies[index]!.id,
          body,
        });
        await dateMessage(message.id, at);
      },
    });
  /** The office opens the thread (reading the question) and, with a body, answers. */
  const answer = (index: number, at: Date, body: string | null) => {
    const staff = staffOf(index);
    steps.push({
      at,
      run: async () => {
        await services.receipts.markRead(staff, companies[index]!.id);
        await dateReads(staff.actor.userId, companies[index]!.id, at);
        if (!body) return;
        const message = await services.messages.send(staff, {
          companyId: companies[index]!.id,
          body,
        });
        await dateMessage(message.id, at);
      },
    });
  };

  const everyone = companies.map((_, i) => i);
  notify(
    ago(34, 3),
    'Dzień dobry, przypominamy o przesłaniu dokumentów za miniony miesiąc do 5. dnia miesiąca. Faktury można przesyłać jako PDF lub zdjęcia.',
    everyone.filter((i) => i % 10 !== 9),
  );
  ask(
    0,
    ago(27, 5),
    'Czy faktura za czynsz za lokal może być zaksięgowana jeszcze w tym miesiącu?',
  );
  answer(0, ago(27, 2), 'Tak, proszę ją przesłać do 5. dnia miesiąca, ujmiemy ją w tym okresie.');
  read(0, ago(26, 20));
  notify(
    ago(20, 4),
    'Od przyszłego miesiąca faktury sprzedaży wystawiamy przez KSeF. Jeśli potrzebują Państwo pomocy z nadaniem uprawnień, prosimy o wiadomość.',
    everyone.filter((i) => i % 4 !== 3),
  );
  ask(1, ago(15, 6), 'Kiedy otrzymam deklarację PIT-28 do podpisu?');
  answer(1, ago(14, 22), 'Deklarację wyślemy do końca tygodnia, razem z kwotą do zapłaty.');
  read(1, ago(14, 19));
  ask(2, ago(11, 7), 'Kupiłem laptopa do firmy za 5400 zł. Czy mogę go od razu zaliczyć w koszty?');
  answer(
    2,
    ago(11, 3),
    'Powyżej 10 000 zł trzeba by go amortyzować; przy tej kwocie może być jednorazowo kosztem. Proszę przesłać fakturę.',
  );
  ask(2, ago(10, 23), 'Dziękuję, faktura jest już w załączniku do maila.');
  answer(2, ago(10, 20), 'Otrzymaliśmy, zaksięgowane.');
  read(2, ago(10, 18));
  ask(4, ago(9, 5), 'Czy składkę zdrowotną płacę w tym roku tak samo jak w poprzednim?');
  answer(
    4,
    ago(9, 1),
    'Nie, zmieniła się podstawa. Nowa kwota jest w zestawieniu za ostatni miesiąc.',
  );
  read(4, ago(8, 21));
  // The latest notification: read by exactly half of the companies so far.
  notify(
    ago(6, 5),
    'Przypominamy: termin płatności VAT i zaliczki na podatek dochodowy mija 25. dnia miesiąca. Kwoty do zapłaty podamy w osobnych wiadomościach.',
    everyone.filter((i) => i % 2 === 0),
  );
  // Questions waiting for an answer: one the office has opened, two it has not seen yet.
  ask(7, ago(3, 4), 'Biorę samochód w leasing. Czy mogę odliczyć całość VAT od rat?');
  answer(7, ago(2, 22), null);
  ask(10, ago(1, 6), 'Czy przy sprzedaży przez internet muszę mieć kasę fiskalną?');
  ask(
    13,
    ago(0, 2),
    'Dostałem pismo z urzędu skarbowego o czynnościach sprawdzających. Co mam przygotować?',
  );

  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const step of steps) await step.run(step.at);
}

/** An email with last month's printouts to a few companies, delivered to the mail catcher. */
async function sendDemoEmail(services: Services, asHead: StaffScope, to: Company[]): Promise<void> {
  const today = new Date();
  const month = today.getMonth() === 0 ? 1 : today.getMonth();
  const period = `${today.getFullYear()}-${String(month).padStart(2, '0')}`;
  await services.email.send(asHead, {
    companyIds: to.map((c) => c.id),
    subject: `Dokumenty za ${parsePeriod(period).label}`,
    html: `<p>Dzień dobry,</p><p>przesyłamy zestawienia za ${parsePeriod(period).label}. Dokumenty otworzą Państwo po zalogowaniu.</p><p>Pozdrawiamy,<br>Biuro Rachunkowe Demo</p>`,
    printouts: [
      PrintoutKind.REVENUE_RECORD,
      PrintoutKind.TAX_BOOK,
      PrintoutKind.LEDGER,
      PrintoutKind.VAT_REGISTER,
    ].map((kind) => ({ kind, period })),
  });
}
