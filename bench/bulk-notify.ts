import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../server/src/config.js';
import { createContext, type StaffActor } from '../server/src/core/context.js';
import {
  type EmbeddedDatabase,
  migrate,
  openDatabase,
  sqlStatements,
  startEmbeddedPostgres,
} from '../server/src/core/database.js';
import { createLogger } from '../server/src/core/logger.js';
import { LiveBus, type LiveEvent, PendingEvents } from '../server/src/core/pubsub.js';
import { SecretBox } from '../server/src/core/secret-box.js';
import { Broadcast } from '../server/src/modules/broadcast/broadcast.entity.js';
import { DiskStorage } from '../server/src/modules/file/file.storage.js';
import {
  Message,
  MessageDirection,
  MessageKind,
} from '../server/src/modules/message/message.entity.js';
import { recordNewMessages } from '../server/src/modules/message/message.service.js';
import { createServices, type Services } from '../server/src/services.js';
import { freePort } from '../server/test/net.js';
import { seedOffice } from './fixtures.js';
import { median, onlyRow, printTable } from './report.js';

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Run {
  ms: number;
  statements: number;
  broadcastId: string;
  /** Wall time of each statement that got a response (COMMIT gets none from knex), in order. */
  sql: Array<{ label: string; ms: number }>;
  publishMs: number;
  events: number;
}

/** Where a run's time goes: every statement's round trip, and every event handed to the pubsub. */
class Probe {
  private current: Run | null = null;
  private readonly started = new Map<string, { sql: string; at: number }>();

  constructor(orm: MikroORM) {
    const knex = orm.em.getKnex();
    knex.on('query', (q: { __knexQueryUid: string; sql: string }) => {
      if (this.current) this.started.set(q.__knexQueryUid, { sql: q.sql, at: performance.now() });
    });
    knex.on('query-response', (_rows: unknown, q: { __knexQueryUid: string }) => {
      const start = this.started.get(q.__knexQueryUid);
      if (!start || !this.current) return;
      this.started.delete(q.__knexQueryUid);
      this.current.sql.push({ label: statementLabel(start.sql), ms: performance.now() - start.at });
    });
  }

  /** The bus the services publish to, timing each publish (one batch per transaction) and counting its events. */
  wrap(bus: LiveBus): LiveBus {
    const publish = bus.publish.bind(bus);
    bus.publish = (events: LiveEvent[]) => {
      const start = performance.now();
      publish(events);
      if (this.current) {
        this.current.publishMs += performance.now() - start;
        this.current.events += events.length;
      }
    };
    return bus;
  }

  async run(work: () => Promise<string>): Promise<Run> {
    const run: Run = { ms: 0, statements: 0, broadcastId: '', sql: [], publishMs: 0, events: 0 };
    this.current = run;
    this.started.clear();
    const before = sqlStatements.count;
    const start = performance.now();
    try {
      run.broadcastId = await work();
      run.ms = performance.now() - start;
      run.statements = sqlStatements.count - before;
    } finally {
      this.current = null;
    }
    return run;
  }
}

function statementLabel(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim().toLowerCase();
  if (text.startsWith('select "c"."id", "c"."office_id"')) return 'visibility check';
  if (text.startsWith('insert into "broadcast"')) return 'insert broadcast';
  if (text.startsWith('insert into message ')) return 'insert messages';
  if (text.startsWith('insert into "message"')) return 'insert message (ORM)';
  if (text.startsWith('update company set last_message_at'))
    return 'update company.last_message_at';
  if (text.startsWith('update company_member')) return 'update member unread counters';
  if (text.startsWith('insert into message_attachment')) return 'insert attachments';
  return text.split(' ').slice(0, 3).join(' ');
}

/** The service as the mutation calls it: validate, one transaction of set-based SQL, publish. */
function viaService(
  probe: Probe,
  orm: MikroORM,
  services: Services,
  actor: StaffActor,
  companyIds: string[],
  body: string,
) {
  return probe.run(async () => {
    const scope = createContext(orm.em, services, actor);
    const broadcast = await services.broadcasts.sendNotification(scope, { companyIds, body });
    return broadcast.id;
  });
}

/**
 * The same work row by row: the same visibility check and broadcast, then per company one Message
 * persisted through the ORM (create + flush) and recordNewMessages for that one message (its company's
 * last_message_at, its client's unread counter, its events), in one transaction, events published
 * after the commit. The unit of work is cleared after each message so the loop measures round
 * trips, not a growing identity map.
 */
function naiveLoop(
  probe: Probe,
  orm: MikroORM,
  services: Services,
  actor: StaffActor,
  companyIds: string[],
  body: string,
) {
  return probe.run(async () => {
    const scope = createContext(orm.em, services, actor);
    const companies = await services.companies.requireAllVisible(scope, companyIds);
    const events = new PendingEvents();
    const broadcastId = await scope.em.transactional(async (em) => {
      const broadcast = em.create(Broadcast, {
        office: actor.officeId,
        author: actor.userId,
        kind: MessageKind.NOTIFICATION,
        body,
        recipientCount: companies.length,
      });
      await em.flush();
      for (const company of companies) {
        const message = em.create(Message, {
          company: company.id,
          author: actor.userId,
          broadcast: broadcast.id,
          direction: MessageDirection.OFFICE_TO_CLIENT,
          kind: MessageKind.NOTIFICATION,
          body,
        });
        await em.flush();
        await recordNewMessages(em, [{ messageId: message.id, company }], events, {
          attachmentIds: [],
          toClients: true,
          conversation: false,
        });
        em.clear();
      }
      return broadcast.id;
    });
    events.publish(services.live);
    return broadcastId;
  });
}

async function checkDelivered(orm: MikroORM, run: Run, expected: number): Promise<void> {
  const row = onlyRow(
    await orm.em
      .fork()
      .execute<Array<{ messages: string; companies: string }>>(
        'select count(*) as messages, count(distinct company_id) as companies from message where broadcast_id = ?',
        [run.broadcastId],
      ),
    'delivered count',
  );
  if (Number(row.messages) !== expected || Number(row.companies) !== expected) {
    throw new Error(
      `broadcast ${run.broadcastId}: ${row.messages} messages to ${row.companies} companies, expected ${expected}`,
    );
  }
}

/** The median run's time by phase: its statements, publishing, and what is left (BEGIN/COMMIT, JS). */
function printBreakdown(run: Run): void {
  const phases = new Map<string, { ms: number; count: number }>();
  for (const { label, ms } of run.sql) {
    const phase = phases.get(label) ?? { ms: 0, count: 0 };
    phase.ms += ms;
    phase.count += 1;
    phases.set(label, phase);
  }
  const sqlMs = run.sql.reduce((total, s) => total + s.ms, 0);
  const rest = run.ms - sqlMs - run.publishMs;
  const table = [
    ['service, median run', 'ms', 'share'],
    ...[...phases].map(([label, p]) => [
      `  ${label}${p.count > 1 ? ` (x${p.count})` : ''}`,
      p.ms.toFixed(1),
      share(p.ms),
    ]),
  ];
  table.push([
    `  publishing ${run.events.toLocaleString('en')} events after commit`,
    run.publishMs.toFixed(1),
    share(run.publishMs),
  ]);
  table.push(['  BEGIN/COMMIT and JS', rest.toFixed(1), share(rest)]);
  table.push(['  total', run.ms.toFixed(1), share(run.ms)]);
  printTable(table);

  function share(ms: number): string {
    return `${((ms / run.ms) * 100).toFixed(0)}%`;
  }
}

async function main(): Promise<void> {
  const cleanup: Array<() => Promise<unknown>> = [];
  try {
    let url = process.env.BENCH_DATABASE_URL;
    if (!url) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-bench-pg-'));
      cleanup.unshift(() => fs.rm(dir, { recursive: true, force: true }));
      await fs.chmod(dir, 0o777);
      const embedded: EmbeddedDatabase = await startEmbeddedPostgres(
        path.join(dir, 'data'),
        await freePort(),
        createLogger('silent'),
        {
          persistent: false,
          database: 'ledgerpost_bench',
        },
      );
      cleanup.unshift(() => embedded.stop());
      url = embedded.url;
    }
    const orm = await openDatabase(url, 4);
    cleanup.unshift(() => orm.close());
    await migrate(orm);
    const probe = new Probe(orm);

    const storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-bench-files-'));
    cleanup.unshift(() => fs.rm(storageDir, { recursive: true, force: true }));
    const live = probe.wrap(new LiveBus(createLogger('warn')));
    cleanup.unshift(() => live.close());
    const config = {
      ...loadConfig({ NODE_ENV: 'test' }),
      databaseUrl: url,
      storageDir,
      demoData: false,
    };
    const services = createServices({
      config,
      logger: createLogger('warn'),
      live,
      storage: new DiskStorage(storageDir),
      secretBox: new SecretBox(randomBytes(32)),
      // Notifications enqueue no jobs; only email batches use the queue.
      boss: () => {
        throw new Error('the bulk notification benchmark starts no job queue');
      },
    });

    const seedStart = performance.now();
    const { head, companyIds } = await seedOffice(orm.em.fork(), COMPANIES);
    const seedMs = performance.now() - seedStart;
    await orm.em.fork().execute('vacuum analyze');
    const pgVersion = onlyRow(
      await orm.em.fork().execute<Array<{ server_version: string }>>('show server_version'),
      'show server_version',
    );
    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
    console.log(
      `bulk notification to ${COMPANIES.toLocaleString('en')} companies, each with one client user`,
    );
    console.log(
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${pgVersion.server_version}${process.env.BENCH_DATABASE_URL ? '' : ' (embedded)'}`,
    );
    console.log(`office seeded in ${Math.round(seedMs)} ms; load average before: ${load()}`);
    console.log(`1 warm-up + ${RUNS} measured runs of each, alternating`);

    const service: Run[] = [];
    const naive: Run[] = [];
    const vacuum = () =>
      process.env.BENCH_VACUUM === '0'
        ? Promise.resolve()
        : orm.em.fork().execute('vacuum analyze');
    for (let i = 0; i <= RUNS; i += 1) {
      await vacuum();
      const s = await viaService(probe, orm, services, head, companyIds, `Powiadomienie ${i}`);
      await checkDelivered(orm, s, COMPANIES);
      await vacuum();
      const n = await naiveLoop(
        probe,
        orm,
        services,
        head,
        companyIds,
        `Powiadomienie ${i} (pętla)`,
      );
      await checkDelivered(orm, n, COMPANIES);
      if (i > 0) {
        service.push(s);
        naive.push(n);
      }
      console.log(
        `  ${i === 0 ? 'warm-up' : `run ${i}`}: service ${s.ms.toFixed(0)} ms, naive loop ${n.ms.toFixed(0)} ms`,
      );
    }

    const rows = [
      { name: 'service (set-based)', runs: service },
      { name: 'naive loop (per row)', runs: naive },
    ].map(({ name, runs }) => {
      const ms = median(runs.map((r) => r.ms));
      const first = onlyRow(runs, name);
      return {
        name,
        ms,
        perSecond: (COMPANIES / ms) * 1000,
        statements: first.statements,
        events: first.events,
      };
    });
    const [set, loop] = rows;
    if (!set || !loop) throw new Error('both ways must have run');
    console.log('');
    printTable([
      [
        `${COMPANIES.toLocaleString('en')} messages`,
        'median ms',
        'messages/s',
        'SQL statements',
        'events',
      ],
      ...rows.map((r) => [
        r.name,
        r.ms.toFixed(1),
        Math.round(r.perSecond).toLocaleString('en'),
        r.statements.toLocaleString('en'),
        r.events.toLocaleString('en'),
      ]),
    ]);
    console.log('');
    console.log(
      `service is ${(loop.ms / set.ms).toFixed(1)}x faster than the naive loop; load average after: ${load()}`,
    );
    console.log('');
    const byTime = [...service].sort((a, b) => a.ms - b.ms);
    const medianRun = byTime[Math.floor(byTime.length / 2)];
    if (medianRun) printBreakdown(medianRun);
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
