import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import type { App } from '../server/src/app.js';
import type { Config } from '../server/src/config.js';
import {
  type BroadcastResult,
  type Memory,
  now,
  RAW_PAYLOAD,
  type ServerCall,
  type ServerReply,
  type ServerRequest,
} from './fanout-protocol.js';

/*
 * The server side of bench/fanout.ts, in a process of its own so that its memory is the server's
 * alone: either the real application (startApp) or a bare `ws` server as the transport baseline.
 * Driven over IPC by the parent; it exits when the parent goes away.
 */

let app: App | undefined;
let raw: WebSocketServer | undefined;

async function start(
  request: Extract<ServerRequest, { type: 'start' }>,
): Promise<{ port: number }> {
  if (request.mode === 'raw') {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    raw = server;
    return { port: (server.address() as AddressInfo).port };
  }
  // Loaded only here, so the raw baseline's memory holds none of the application's code.
  const [{ startApp }, { loadConfig }, { createLogger }] = await Promise.all([
    import('../server/src/app.js'),
    import('../server/src/config.js'),
    import('../server/src/core/logger.js'),
  ]);
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: request.databaseUrl,
    host: '127.0.0.1',
    port: 0,
    demoData: false,
    devSmtpPort: 0,
    dataDir: request.storageDir,
    storageDir: request.storageDir,
    clientDir: path.join(request.storageDir, 'no-client'),
    secretKey: randomBytes(32),
    // Notifications use no job queue; no email worker competes for the CPU.
    workers: 0,
    logLevel: 'warn',
  };
  app = await startApp(config, createLogger('warn'));
  return { port: app.port };
}

function memory(): Memory {
  // Two collections so that garbage from connecting is not counted as per-socket cost.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external };
}

function broadcast(): BroadcastResult {
  if (!raw) throw new Error('broadcast needs the raw ws server');
  const start = now();
  let sent = 0;
  for (const socket of raw.clients) {
    socket.send(RAW_PAYLOAD);
    sent += 1;
  }
  return { start, end: now(), sent };
}

async function stop(): Promise<void> {
  const closing = app
    ? app.kill()
    : new Promise<void>((resolve) => {
        for (const socket of raw?.clients ?? []) socket.terminate();
        raw?.close(() => resolve());
      });
  // A server that does not stop in time is left to process.exit.
  await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

async function handle(request: ServerRequest): Promise<unknown> {
  switch (request.type) {
    case 'start':
      return start(request);
    case 'memory':
      return memory();
    case 'broadcast':
      return broadcast();
    case 'stop':
      return stop();
  }
}

process.on('message', ({ id, request }: ServerCall) => {
  const exitAfter = request.type === 'stop';
  handle(request).then(
    (result) => reply({ id, ok: true, result }, exitAfter),
    (error: unknown) =>
      reply(
        {
          id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
        exitAfter,
      ),
  );
});
// Orphaned (the parent was killed): nothing would ever stop this server.
process.on('disconnect', () => process.exit(1));

function reply(message: ServerReply, exitAfter: boolean): void {
  process.send?.(message, undefined, undefined, () => {
    if (exitAfter) process.exit(0);
  });
}
