import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type App, startApp } from '../server/src/app.js';
import { type Config, loadConfig } from '../server/src/config.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../server/src/core/database.js';
import { createLogger } from '../server/src/core/logger.js';
import { User } from '../server/src/modules/auth/user.entity.js';
import { freePort } from '../server/test/net.js';
import { seedOffice } from './fixtures.js';
import { onlyRow, percentile, printTable } from './report.js';

const BIG = Number(process.env.BENCH_COMPANIES ?? 10_000);
const SMALL = Number(process.env.BENCH_SMALL_COMPANIES ?? 100);
const MESSAGES_PER_COMPANY = Number(process.env.BENCH_MESSAGES_PER_COMPANY ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = 10;

const COMPANIES = `query ($filter: CompanyFilter) {
  companies(first: 100, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { node { id name nip caretaker { name } unreadFromClientCount lastMessage { body createdAt } } }
  }
}`;
const COMPANIES_TOTAL = COMPANIES.replace('pageInfo {', 'totalCount pageInfo {');
const INBOX = `{
  inbox(first: 50) {
    pageInfo { hasNextPage endCursor }
    edges { node { lastActivityAt unreadFromClientCount company { id name } lastMessage { body createdAt } } }
  }
}`;
const UNREAD = '{ unreadCount }';

interface Office {
  size: number;
  officeId: string;
  head: string;
  caretaker: string;
  /** A client user with unread notifications. */
  client: string;
  /** A word of one company's name (unique or nearly so in the office). */
  rareWord: string;
  /** The first 8 digits of one company's NIP. */
  nipPrefix: string;
}

/**
 * An office as the list screens see it: `size` companies with one client user each, a caretaker per
 * 1,000 companies (at least one) looking after four companies in five, names with shared and rare
 * words, and a thread of MESSAGES_PER_COMPANY messages per company (in every ten a question from
 * the client, read by the office, and a reply), all set-based; the inbox order follows questions and
 * replies. Then through the API, as an office works: one notification to every company (the
 * clients' unread counters) and unread questions from the clients of one company in fifty.
 */
async function seed(app: App, size: number): Promise<Office> {
  const em = app.orm.em.fork();
  const { head, companyIds } = await seedOffice(em, size);
  const officeId = head.officeId;
  const caretakers = await em.execute<Array<{ id: string }>>(
    `insert into app_user (email, name, role, office_id, password_hash)
     select 'opiekun' || g || '-' || ? || '@bench.local', 'Opiekun ' || g, 'CARETAKER', ?, '!'
       from generate_series(1, ?) g returning id`,
    [officeId, officeId, Math.max(1, Math.round(size / 1000))],
  );
  await em.execute(
    `update company c set
       name = (array['Biuro','Usługi','Handel','Transport','Apteka','Piekarnia','Kancelaria','Studio','Warsztat','Hurtownia','Sklep','Gabinet'])[1 + r.i % 12]
         || ' ' || (array['Kowalski','Nowak','Wiśniewski','Wójcik','Kowalczyk','Kamiński','Lewandowski','Zieliński','Szymański','Woźniak'])[1 + (r.i / 12) % 10]
         || ' ' || initcap(translate(substr(md5(c.id::text), 1, 7), '0123456789', 'aeioubkmrt')) || ' sp. z o.o.',
       caretaker_id = case when r.i % 5 <> 0 then (?::uuid[])[1 + (r.i / 5) % ?] end
     from (select id, row_number() over (order by id) as i from company where office_id = ?) r
     where c.id = r.id`,
    [`{${caretakers.map((c) => c.id).join(',')}}`, caretakers.length, officeId],
  );
  await em.execute(
    `insert into message (company_id, author_id, direction, kind, body, created_at, office_read_at)
     select r.company_id, case when g % 10 = 0 then r.user_id else ?::uuid end,
            case when g % 10 = 0 then 'CLIENT_TO_OFFICE' else 'OFFICE_TO_CLIENT' end,
            case when g % 10 = 0 then 'QUESTION' when g % 10 = 1 then 'REPLY' else 'NOTIFICATION' end,
            'Wiadomość ' || g || ': dokumenty za miesiąc, termin płatności VAT i ZUS, prosimy o potwierdzenie.',
            t.at, case when g % 10 = 0 then t.at + interval '1 hour' end
       from (select cm.company_id, cm.user_id, row_number() over (order by cm.company_id) as i
               from company_member cm join company c on c.id = cm.company_id where c.office_id = ?) r
      cross join generate_series(1, ?) g
      cross join lateral (select now() - interval '400 days' + g * interval '3 days' + (r.i % 997) * interval '1 minute' as at) t`,
    [head.userId, officeId, MESSAGES_PER_COMPANY],
  );
  await em.execute(
    `update company c set last_message_at = (select max(created_at) from message m where m.company_id = c.id and m.kind in ('QUESTION', 'REPLY'))
      where c.office_id = ?`,
    [officeId],
  );

  const session = (userId: string) =>
    app.services.auth.createSession(em, em.getReference(User, userId));
  const headToken = await session(head.userId);
  check(
    await gql(
      app,
      'mutation ($input: SendBulkNotificationInput!) { sendBulkNotification(input: $input) { id } }',
      {
        input: { companyIds, body: 'Przypominamy o przesłaniu dokumentów za listopad.' },
      },
      headToken,
    ),
  );
  const asking = await em.execute<Array<{ company_id: string; user_id: string }>>(
    `select cm.company_id, cm.user_id from company_member cm join company c on c.id = cm.company_id
      where c.office_id = ? order by c.id limit ?`,
    [officeId, Math.max(2, Math.round(size / 50))],
  );
  for (const { company_id, user_id } of asking) {
    check(
      await gql(
        app,
        'mutation ($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
        {
          input: { companyId: company_id, body: 'Czy faktura za październik dotarła?' },
        },
        await session(user_id),
      ),
    );
  }
  const sample = onlyRow(
    await em.execute<Array<{ word: string; nip: string }>>(
      `select split_part(name, ' ', 3) as word, nip from company where office_id = ? order by id desc limit 1`,
      [officeId],
    ),
    'a company of the office',
  );
  return {
    size,
    officeId,
    head: headToken,
    caretaker: await session(onlyRow(caretakers, 'a caretaker').id),
    client: await session(onlyRow(asking.slice(-1), 'a client who asked').user_id),
    rareWord: sample.word.toLowerCase(),
    nipPrefix: sample.nip.slice(0, 8),
  };
}

interface Response {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

async function gql(
  app: App,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<Response> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Response;
}

function check(response: Response): Response {
  if (response.errors?.length || !response.data)
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response;
}

interface Request {
  label: string;
  query: string;
  variables(office: Office): Record<string, unknown>;
  token(office: Office): string;
}

const companiesPage: Request = {
  label: 'companies(first: 100) + caretaker, unread, last message',
  query: COMPANIES,
  variables: () => ({}),
  token: (o) => o.head,
};
const nameSearch: Request = {
  label: 'name search (a word of one name)',
  query: COMPANIES,
  variables: (o) => ({ filter: { search: o.rareWord } }),
  token: (o) => o.head,
};
const inboxPage: Request = {
  label: 'inbox(first: 50) + unread, last message',
  query: INBOX,
  variables: () => ({}),
  token: (o) => o.head,
};

const requests: Request[] = [
  companiesPage,
  {
    label: '  the same with totalCount',
    query: COMPANIES_TOTAL,
    variables: () => ({}),
    token: (o) => o.head,
  },
  { label: "  a caretaker's", query: COMPANIES, variables: () => ({}), token: (o) => o.caretaker },
  nameSearch,
  {
    label: 'NIP prefix search (8 digits)',
    query: COMPANIES,
    variables: (o) => ({ filter: { search: o.nipPrefix } }),
    token: (o) => o.head,
  },
  inboxPage,
  { label: "  a caretaker's", query: INBOX, variables: () => ({}), token: (o) => o.caretaker },
  { label: 'unreadCount, a client', query: UNREAD, variables: () => ({}), token: (o) => o.client },
  { label: 'unreadCount, the head', query: UNREAD, variables: () => ({}), token: (o) => o.head },
];

/** Alternates the offices request by request, so both see the same machine load. */
async function measure(
  offices: Office[],
  run: (office: Office) => Promise<unknown>,
): Promise<number[][]> {
  const runs = offices.map((office) => ({ office, times: [] as number[] }));
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    for (const { office, times } of runs) {
      const start = performance.now();
      await run(office);
      if (i >= WARMUP) times.push(performance.now() - start);
    }
  }
  return runs.map((r) => r.times);
}

/** The SQL statements the app sends while `run` runs (nothing else uses this process's pool meanwhile). */
async function statementsOf(app: App, run: () => Promise<unknown>): Promise<string[]> {
  const knex = app.orm.em.getKnex();
  const seen: string[] = [];
  const listener = (query: { sql: string }) => seen.push(query.sql);
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.removeListener('query', listener);
  }
  return seen;
}

interface PageStatements {
  page: string;
  count: string;
  windowed: string;
}

/**
 * The keyset page statement of a request as the app sends it, its count as countRows builds it (the
 * app sends it only when totalCount is selected and the first page does not hold every row), and
 * the page as it was before this version: `count(*) over ()` added to the inner select, the total
 * from the same statement.
 */
async function pageStatements(app: App, request: Request, office: Office): Promise<PageStatements> {
  const statements = await statementsOf(app, async () =>
    check(await gql(app, request.query, request.variables(office), request.token(office))),
  );
  const page = statements.find((s) => s.startsWith('select * from (select '));
  if (!page) throw new Error(`no keyset page statement for ${request.label}`);
  const open = 'select * from ('.length;
  const close = page.lastIndexOf(') as "s"');
  const inner = page.slice(open, close);
  if (!inner.startsWith('select "c".* from ')) throw new Error(`unexpected page statement ${page}`);
  return {
    page,
    count: inner.replace('select "c".* from ', 'select count(*) as "count" from '),
    windowed:
      page.slice(0, open) +
      inner.replace('select "c".* from ', 'select "c".*, count(*) over () as total_count from ') +
      page.slice(close),
  };
}

const ms = (value: number) => value.toFixed(1);

/** A table row from the times of the small office and the big one. */
function row(label: string, [small = [], big = []]: number[][]): string[] {
  const ratio = percentile(big, 50) / percentile(small, 50);
  return [
    label,
    ms(percentile(small, 50)),
    ms(percentile(small, 95)),
    ms(percentile(big, 50)),
    ms(percentile(big, 95)),
    `${ratio.toFixed(2)}x`,
  ];
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-bench-list-'));
  // The embedded server runs as its own system user, which must reach its data folder.
  await fs.chmod(dir, 0o777);
  let embedded: EmbeddedDatabase | undefined;
  let app: App | undefined;
  try {
    let databaseUrl = process.env.BENCH_DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres(
        path.join(dir, 'pg'),
        await freePort(),
        createLogger('silent'),
        { persistent: false, database: 'bench' },
      );
      databaseUrl = embedded.url;
    }
    const config: Config = {
      ...loadConfig({ NODE_ENV: 'test' }),
      databaseUrl,
      host: '127.0.0.1',
      port: 0,
      demoData: false,
      devSmtpPort: 0,
      storageDir: path.join(dir, 'files'),
      clientDir: path.join(dir, 'no-client'),
      secretKey: randomBytes(32),
      workers: 0,
      logLevel: 'warn',
    };
    app = await startApp(config, createLogger('warn'));
    const em = app.orm.em.fork();
    const pg = onlyRow(
      await em.execute<Array<{ server_version: string }>>('show server_version'),
      'show server_version',
    );
    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
    console.log(
      `company list, search, inbox and unread counts: an office of ${BIG.toLocaleString('en')} companies against one of ${SMALL}, same database`,
    );
    console.log(
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${pg.server_version}${embedded ? ' (embedded)' : ''}`,
    );

    const seedStart = performance.now();
    const big = await seed(app, BIG);
    const small = await seed(app, SMALL);
    // As autovacuum would leave them: statistics, the visibility map, the trigram index's pending list merged.
    await em.execute('vacuum analyze');
    const { messages } = onlyRow(
      await em.execute<Array<{ messages: string }>>('select count(*) as messages from message'),
      'message count',
    );
    console.log(
      `seeded in ${((performance.now() - seedStart) / 1000).toFixed(0)} s: ${Number(messages).toLocaleString('en')} messages; load average ${load()}`,
    );
    console.log(
      `${WARMUP} warm-up + ${RUNS} measured requests of each, alternating the offices; milliseconds from request to parsed response`,
    );
    console.log('');

    const offices = [small, big];
    const table = [
      [
        'over HTTP (GraphQL)',
        `${SMALL} p50`,
        'p95',
        `${BIG.toLocaleString('en')} p50`,
        'p95',
        'ratio p50',
      ],
    ];
    for (const request of requests) {
      const times = await measure(offices, async (office) =>
        check(await gql(app!, request.query, request.variables(office), request.token(office))),
      );
      table.push(row(request.label, times));
    }
    printTable(table);

    console.log('');
    const sqlTable = [
      [
        'SQL only (one statement)',
        `${SMALL} p50`,
        'p95',
        `${BIG.toLocaleString('en')} p50`,
        'p95',
        'ratio p50',
      ],
    ];
    for (const [label, request] of [
      ['company list page', companiesPage],
      ['name search page', nameSearch],
      ['inbox page', inboxPage],
    ] as const) {
      const byOffice = new Map<Office, PageStatements>();
      for (const office of offices)
        byOffice.set(office, await pageStatements(app, request, office));
      const statementsOf = (office: Office) => {
        const statements = byOffice.get(office);
        if (!statements) throw new Error(`no statements for the office of ${office.size}`);
        return statements;
      };
      const fork = app.orm.em.fork();
      const time = (pick: (s: PageStatements) => string) =>
        measure(offices, (office) => fork.execute(pick(statementsOf(office))));
      sqlTable.push(row(`${label}: keyset, this version`, await time((s) => s.page)));
      sqlTable.push(row('  its count, when totalCount is selected', await time((s) => s.count)));
      sqlTable.push(row('  before: keyset + count(*) over ()', await time((s) => s.windowed)));
      if (request !== nameSearch) continue;
      // Before this version names had no index that serves ilike '%…%': the same statement with the
      // trigram index dropped inside a transaction that is rolled back.
      const trx = await app.orm.em.getKnex().transaction();
      try {
        await trx.raw('drop index company_name_trgm_idx');
        const windowed = await measure(offices, (office) => trx.raw(statementsOf(office).windowed));
        sqlTable.push(row('  before, and without the trigram index', windowed));
      } finally {
        await trx.rollback();
      }
    }
    printTable(sqlTable);

    console.log('');
    console.log(`load average after: ${load()}`);
  } finally {
    await app?.stop();
    await embedded?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
