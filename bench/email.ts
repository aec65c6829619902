import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import { startApp } from '../server/src/app.js';
import { type Config, loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/core/context.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../server/src/core/database.js';
import { createLogger } from '../server/src/core/logger.js';
import { SmtpSecurity } from '../server/src/modules/email/smtp-integration.entity.js';
import { freePort } from '../server/test/net.js';
import { seedOffice } from './fixtures.js';
import { onlyRow } from './report.js';

const EMAILS = Number(process.env.BENCH_EMAILS ?? 1000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);

interface Result {
  mode: string;
  totalMs: number;
  enqueueMs: number;
  connections: number;
}

/** A local SMTP server that accepts everything and counts connections and messages. */
async function startSink() {
  const counts = { connections: 0, messages: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect: (_session, callback) => {
      counts.connections += 1;
      callback();
    },
    onData: (stream, _session, callback) => {
      stream.on('end', () => {
        counts.messages += 1;
        callback();
      });
      stream.resume();
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    port,
    counts,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One batch of EMAILS emails through the queue and the workers, pooled or one connection each. */
async function run(
  databaseUrl: string,
  dir: string,
  sink: Awaited<ReturnType<typeof startSink>>,
  pooled: boolean,
): Promise<Result> {
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
    smtpPool: pooled,
    // The sink listens on this machine, which office SMTP settings may not name by default.
    smtpAllowedHosts: [{ host: '127.0.0.1', port: sink.port }],
    workers: WORKERS,
    emailQueue: `bench-${pooled ? 'pooled' : 'single'}-${Date.now()}`,
    logLevel: 'warn',
  };
  const app = await startApp(config, createLogger('warn'));
  try {
    const em = app.orm.em.fork();
    const { head, companyIds } = await seedOffice(em, EMAILS);
    await em.execute(`update office set verification = 'VERIFIED' where id = ?`, [head.officeId]);
    await app.services.smtp.update(createContext(app.orm.em, app.services, head), {
      host: '127.0.0.1',
      port: sink.port,
      security: SmtpSecurity.NONE,
      fromAddress: 'biuro@bench.local',
    });
    const connectionsBefore = sink.counts.connections;
    const messagesBefore = sink.counts.messages;
    const start = performance.now();
    const broadcast = await app.services.email.send(createContext(app.orm.em, app.services, head), {
      companyIds,
      subject: 'Przypomnienie o dokumentach',
      html: '<p>Dzień dobry, prosimy o przesłanie dokumentów za październik.</p>',
    });
    const enqueueMs = performance.now() - start;
    for (;;) {
      const row = onlyRow(
        await em.execute<Array<{ queued_count: number; sent_count: number; failed_count: number }>>(
          'select queued_count, sent_count, failed_count from broadcast where id = ?',
          [broadcast.id],
        ),
        'broadcast counts',
      );
      if (row.queued_count === 0) {
        if (row.sent_count !== EMAILS)
          throw new Error(`expected ${EMAILS} sent, got ${JSON.stringify(row)}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const totalMs = performance.now() - start;
    const received = sink.counts.messages - messagesBefore;
    if (received !== EMAILS)
      throw new Error(`the SMTP server received ${received} emails, expected ${EMAILS}`);
    return {
      mode: pooled ? 'pooled transport' : 'one connection per email',
      totalMs,
      enqueueMs,
      connections: sink.counts.connections - connectionsBefore,
    };
  } finally {
    await app.stop();
  }
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-bench-email-'));
  // The embedded server runs as its own system user, which must reach its data folder.
  await fs.chmod(dir, 0o777);
  let embedded: EmbeddedDatabase | undefined;
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
  const sink = await startSink();
  try {
    console.log(`${EMAILS} emails through the queue to a local SMTP server, ${WORKERS} workers`);
    console.log(
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    // Warm-up (schema, queue tables, JIT), then the two variants in the same run.
    await run(databaseUrl, dir, sink, true);
    const pooled = await run(databaseUrl, dir, sink, true);
    const single = await run(databaseUrl, dir, sink, false);
    const rows = [pooled, single].map((r) => [
      r.mode.padEnd(26),
      r.totalMs.toFixed(0).padStart(9),
      Math.round((EMAILS * 1000) / r.totalMs)
        .toLocaleString('en-US')
        .padStart(9),
      String(r.connections).padStart(12),
      r.enqueueMs.toFixed(0).padStart(11),
    ]);
    console.log(
      `\n${'variant'.padEnd(26)}${'total ms'.padStart(9)}${'emails/s'.padStart(9)}${'connections'.padStart(12)}${'enqueue ms'.padStart(11)}`,
    );
    for (const row of rows) console.log(row.join(''));
    console.log(
      `\npooled is ${(single.totalMs / pooled.totalMs).toFixed(1)}x faster than one connection per email`,
    );
  } finally {
    await sink.stop();
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
