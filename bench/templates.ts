import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/core/context.js';
import {
  migrate,
  openDatabase,
  sqlStatements,
  startEmbeddedPostgres,
} from '../server/src/core/database.js';
import { createLogger } from '../server/src/core/logger.js';
import { LiveBus } from '../server/src/core/pubsub.js';
import { SecretBox } from '../server/src/core/secret-box.js';
import { sanitizeEmailHtml } from '../server/src/modules/email/email.html.js';
import { DiskStorage } from '../server/src/modules/file/file.storage.js';
import {
  amountInWords,
  compileMessage,
  dateInWords,
  periodInWords,
  renderCompiled,
} from '../server/src/modules/template/template.placeholders.js';
import { renderForCompanies } from '../server/src/modules/template/template.render.js';
import { createServices } from '../server/src/services.js';
import { freePort } from '../server/test/net.js';
import { seedOffice } from './fixtures.js';
import { median, onlyRow, printTable } from './report.js';

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The naive variant takes ~100x as long per company: it renders a sample, compared per company. */
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_COMPANIES ?? 1_000);
const PERIOD = '2026-10';

const SOURCE = {
  subject: '{{firma}}: {{deklaracja.typ}} za {{okres}}',
  html: '<p>Dzień dobry,</p><p>firma <strong>{{firma}}</strong> (NIP {{nip}}) ma do zapłaty <strong>{{deklaracja.kwota}}</strong> do {{deklaracja.termin}}.</p><ul><li>Okres: {{okres}}</li><li>Opiekun: {{opiekun|biuro}}</li></ul><p>Pozdrawiamy,<br>{{biuro}}</p>',
};

interface Timed {
  ms: number;
  statements: number;
  /** What came out, to check the variants agree. */
  bodies: string[];
}

async function timed(work: () => Promise<string[]>): Promise<Timed> {
  const before = sqlStatements.count;
  const start = performance.now();
  const bodies = await work();
  return { ms: performance.now() - start, statements: sqlStatements.count - before, bodies };
}

/** renderForCompanies: one statement for every company's values, the filling in memory. */
function setBased(em: EntityManager, officeId: string, companyIds: string[]) {
  return timed(async () => {
    const rendered = await renderForCompanies(
      em,
      officeId,
      SOURCE,
      companyIds.map((companyId) => ({ companyId })),
      PERIOD,
    );
    return rendered.map((r) => r.body);
  });
}

/**
 * The same per company, as a first version would: one statement for its values, then the template
 * sanitized, cut and turned into text for that company (html-to-text per company).
 */
function naive(em: EntityManager, officeId: string, companyIds: string[]) {
  return timed(async () => {
    const bodies: string[] = [];
    for (const companyId of companyIds) {
      const row = onlyRow(
        await em.execute<
          Array<{
            name: string;
            nip: string;
            office_name: string;
            caretaker_name: string | null;
            type: string | null;
            tax_due: string | null;
            due_date: string | null;
          }>
        >(
          `select c.name, c.nip, o.name as office_name, u.name as caretaker_name,
                  d.type, d.tax_due::text, d.due_date::text
             from company c join office o on o.id = c.office_id
             left join app_user u on u.id = c.caretaker_id
             left join lateral (select * from declaration d where d.company_id = c.id and d.period = ?
                                 order by d.due_date nulls last, d.type, d.id limit 1) d on true
            where c.id = ? and c.office_id = ?`,
          [PERIOD, companyId, officeId],
        ),
        'company values',
      );
      const compiled = compileMessage({
        subject: SOURCE.subject,
        html: sanitizeEmailHtml(SOURCE.html),
      });
      const rendered = renderCompiled(compiled, {
        firma: row.name,
        nip: row.nip,
        opiekun: row.caretaker_name,
        okres: periodInWords(PERIOD),
        biuro: row.office_name,
        'deklaracja.typ': row.type,
        'deklaracja.kwota': row.tax_due === null ? null : amountInWords(row.tax_due),
        'deklaracja.termin': row.due_date === null ? null : dateInWords(row.due_date),
      });
      bodies.push(rendered.body);
    }
    return bodies;
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
      const embedded = await startEmbeddedPostgres(
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
      storage: new DiskStorage(storageDir),
      secretBox: new SecretBox(randomBytes(32)),
      boss: () => {
        throw new Error('the templates benchmark starts no job queue');
      },
    });

    const { head, companyIds } = await seedOffice(orm.em.fork(), COMPANIES);
    await orm.em.fork().execute(
      `insert into declaration (company_id, type, period, tax_base, tax_due, due_date)
       select c.id, 'JPK_V7M', ?, 0, 1000 + row_number() over (order by c.id), '2026-11-25'
         from company c where c.office_id = ?`,
      [PERIOD, head.officeId],
    );
    await orm.em.fork().execute('vacuum analyze');
    console.log(
      `a template with 11 placeholders filled for ${COMPANIES.toLocaleString('en')} companies`,
    );
    console.log(
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}; 1 warm-up + ${RUNS} runs each, alternating`,
    );

    const results = { set: [] as Timed[], naive: [] as Timed[], send: [] as Timed[] };
    for (let i = 0; i <= RUNS; i += 1) {
      const s = await setBased(orm.em.fork(), head.officeId, companyIds);
      const sample = companyIds.slice(0, NAIVE_SAMPLE);
      const n = await naive(orm.em.fork(), head.officeId, sample);
      if (s.bodies.slice(0, sample.length).join('\n') !== n.bodies.join('\n'))
        throw new Error('the set-based and the naive rendering differ');
      const send = await timed(async () => {
        const scope = createContext(orm.em, services, head);
        await services.broadcasts.sendNotification(scope, {
          companyIds,
          ...SOURCE,
          period: PERIOD,
        });
        return [];
      });
      console.log(
        `  ${i === 0 ? 'warm-up' : `run ${i}`}: set-based ${s.ms.toFixed(0)} ms, naive ${n.ms.toFixed(0)} ms, whole send ${send.ms.toFixed(0)} ms`,
      );
      if (i > 0) {
        results.set.push(s);
        results.naive.push(n);
        results.send.push(send);
      }
    }
    const row = (name: string, runs: Timed[], companies = COMPANIES) => {
      const ms = median(runs.map((r) => r.ms));
      return [
        name,
        companies.toLocaleString('en'),
        ms.toFixed(0),
        ((ms * 1000) / companies).toFixed(1),
        String(onlyRow(runs, name).statements),
      ];
    };
    printTable([
      ['variant (median)', 'companies', 'ms', 'µs/company', 'statements'],
      row('renderForCompanies (set-based)', results.set),
      row('naive per company', results.naive, Math.min(NAIVE_SAMPLE, COMPANIES)),
      row('sendBulkNotification, rendered', results.send),
    ]);
    const perCompany = (runs: Timed[], companies: number) =>
      median(runs.map((r) => r.ms)) / companies;
    const speedup =
      perCompany(results.naive, Math.min(NAIVE_SAMPLE, COMPANIES)) /
      perCompany(results.set, COMPANIES);
    console.log(
      `per company, set-based rendering is ${speedup.toFixed(0)}x as fast as the naive one`,
    );
  } finally {
    for (const step of cleanup) await step();
  }
}

await main();
