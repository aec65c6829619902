import 'reflect-metadata';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/core/context.js';
import {
  type EmbeddedDatabase,
  migrate,
  openDatabase,
  sqlStatements,
  startEmbeddedPostgres,
} from '../server/src/core/database.js';
import { createLogger } from '../server/src/core/logger.js';
import { LiveBus } from '../server/src/core/pubsub.js';
import type { HeadActor } from '../server/src/core/scope.js';
import { SecretBox } from '../server/src/core/secret-box.js';
import { Company } from '../server/src/modules/company/company.entity.js';
import { decodeCsv, parseCompanyCsv } from '../server/src/modules/company/company.import.js';
import { DiskStorage } from '../server/src/modules/file/file.storage.js';
import { createServices, type Services } from '../server/src/services.js';
import { freePort } from '../server/test/net.js';
import { uniqueNip } from '../server/test/seed.js';
import { seedOffice } from './fixtures.js';
import { median, onlyRow, printTable } from './report.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Run {
  ms: number;
  statements: number;
}

async function timed(work: () => Promise<void>): Promise<Run> {
  const before = sqlStatements.count;
  const start = performance.now();
  await work();
  return { ms: performance.now() - start, statements: sqlStatements.count - before };
}

/** A company CSV as an office exports it: `;`, Polish headers and values, fresh NIPs. */
function csv(rows: number, tag: string): string {
  const lines = ['nazwa;NIP;forma opodatkowania;VAT;e-mail;opiekun'];
  for (let i = 0; i < rows; i += 1) {
    const form = ['pełna księgowość', 'KPiR', 'ryczałt'][i % 3];
    lines.push(
      `Firma ${tag} ${i} sp. z o.o.;${uniqueNip()};${form};${i % 2 ? 'tak' : 'nie'};f${i}-${tag}@bench.local;`,
    );
  }
  return lines.join('\r\n');
}

/** Stores `text` as the head's upload, as POST /uploads would (row and bytes). */
async function storeUpload(
  orm: MikroORM,
  storage: DiskStorage,
  head: HeadActor,
  text: string,
): Promise<string> {
  const bytes = Buffer.from(text);
  const key = randomUUID();
  await storage.write(key, Readable.from([bytes]));
  const row = onlyRow(
    await orm.em.fork().execute<Array<{ id: string }>>(
      `insert into stored_file (uploader_id, filename, size, content_type, sha256, storage_key)
       values (?, 'firmy.csv', ?, 'text/csv', ?, ?) returning id`,
      [head.userId, bytes.length, createHash('sha256').update(bytes).digest('hex'), key],
    ),
    'upload row',
  );
  return row.id;
}

/** The service as the mutation calls it: read, check, one insert and one update for all rows. */
async function viaService(orm: MikroORM, services: Services, head: HeadActor, uploadId: string) {
  const scope = createContext(orm.em, services, head);
  const result = await services.companyImport.import(scope, uploadId, {
    dryRun: false,
    skipInvalid: false,
  });
  if (result.failed || result.created + result.unchanged !== ROWS)
    throw new Error(`service import: ${JSON.stringify({ ...result, rows: undefined })}`);
}

/**
 * The same file row by row: the same decoding and checks, then per row the company looked up by
 * NIP through the ORM and created or updated with its own flush, all in one transaction.
 */
async function naiveLoop(orm: MikroORM, head: HeadActor, text: string) {
  const { rows, errors } = parseCompanyCsv(decodeCsv(Buffer.from(text)));
  if (errors.length) throw new Error('naive loop: rows failed');
  await orm.em.fork().transactional(async (em) => {
    for (const row of rows) {
      const existing = await em.findOne(Company, { office: head.officeId, nip: row.nip });
      if (existing) {
        existing.name = row.name;
        existing.taxForm = row.taxForm;
        existing.email = row.email;
        if (row.vatPayer !== null) existing.vatPayer = row.vatPayer;
      } else {
        em.create(Company, {
          office: head.officeId,
          name: row.name,
          nip: row.nip,
          taxForm: row.taxForm,
          vatPayer: row.vatPayer ?? false,
          email: row.email,
        });
      }
      await em.flush();
      em.clear();
    }
  });
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
        { persistent: false, database: 'ledgerpost_bench' },
      );
      cleanup.unshift(() => embedded.stop());
      url = embedded.url;
    }
    const orm = await openDatabase(url, 4);
    cleanup.unshift(() => orm.close());
    await migrate(orm);
    const storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-bench-files-'));
    cleanup.unshift(() => fs.rm(storageDir, { recursive: true, force: true }));
    const storage = new DiskStorage(storageDir);
    const live = new LiveBus(createLogger('warn'));
    cleanup.unshift(() => live.close());
    const services = createServices({
      config: {
        ...loadConfig({ NODE_ENV: 'test' }),
        databaseUrl: url,
        storageDir,
        demoData: false,
      },
      logger: createLogger('warn'),
      live,
      storage,
      secretBox: new SecretBox(randomBytes(32)),
      boss: () => {
        throw new Error('the import benchmark starts no job queue');
      },
    });
    // An office of 1,000 companies already, as the import meets it.
    const { head } = await seedOffice(orm.em.fork(), 1000);
    const headActor = head as HeadActor;
    const pg = onlyRow(
      await orm.em.fork().execute<Array<{ server_version: string }>>('show server_version'),
      'show server_version',
    );
    console.log(
      `company import of ${ROWS.toLocaleString('en')} new rows, then the same file again`,
    );
    console.log(
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${pg.server_version}${process.env.BENCH_DATABASE_URL ? '' : ' (embedded)'}`,
    );
    console.log(`1 warm-up + ${RUNS} measured runs of each, alternating`);

    const service: Run[] = [];
    const again: Run[] = [];
    const naive: Run[] = [];
    const naiveAgain: Run[] = [];
    for (let i = 0; i <= RUNS; i += 1) {
      const text = csv(ROWS, `s${i}`);
      const uploadId = await storeUpload(orm, storage, headActor, text);
      const s = await timed(() => viaService(orm, services, headActor, uploadId));
      const sa = await timed(() => viaService(orm, services, headActor, uploadId));
      const loopText = csv(ROWS, `n${i}`);
      const n = await timed(() => naiveLoop(orm, headActor, loopText));
      const na = await timed(() => naiveLoop(orm, headActor, loopText));
      if (i > 0) {
        service.push(s);
        again.push(sa);
        naive.push(n);
        naiveAgain.push(na);
      }
      console.log(
        `  ${i === 0 ? 'warm-up' : `run ${i}`}: service ${s.ms.toFixed(0)} ms (again ${sa.ms.toFixed(0)} ms), naive loop ${n.ms.toFixed(0)} ms (again ${na.ms.toFixed(0)} ms)`,
      );
    }
    const row = (name: string, runs: Run[]) => [
      name,
      median(runs.map((r) => r.ms)).toFixed(0),
      String(onlyRow(runs.slice(0, 1), name).statements),
    ];
    printTable([
      ['variant', 'median ms', 'statements'],
      row('service: new rows (set-based)', service),
      row('service: same file again (all unchanged)', again),
      row('naive loop: new rows (per row)', naive),
      row('naive loop: same file again', naiveAgain),
    ]);
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
