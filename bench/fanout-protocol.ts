/** Messages between bench/fanout.ts, its server child process and its load-generator worker threads. */

/** Wall-clock milliseconds with sub-millisecond precision, comparable across threads and processes. */
export const now = (): number => performance.timeOrigin + performance.now();

export type ServerMode = 'app' | 'raw';

export type ServerRequest =
  | { type: 'start'; mode: ServerMode; databaseUrl: string; storageDir: string }
  | { type: 'memory' }
  | { type: 'broadcast' }
  | { type: 'stop' };

export interface ServerCall {
  id: number;
  request: ServerRequest;
}

export type ServerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

export interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface BroadcastResult {
  start: number;
  end: number;
  sent: number;
}

export interface WorkerInput {
  mode: ServerMode;
  url: string;
  /** One bearer token per graphql-ws client (app), or just how many plain clients to open (raw). */
  tokens: string[];
  count: number;
  /** Connections this worker has in flight at once while opening. */
  concurrency: number;
  connectTimeoutMs: number;
}

export type WorkerCommand = { type: 'report' } | { type: 'close' };

export type WorkerEvent =
  | { type: 'progress'; connected: number; failed: number }
  | { type: 'ready'; connected: number; failed: number; errors: string[] }
  | { type: 'all-received' }
  /** times[i]: when client i saw its count change (NaN: not yet); values[i]: the new count. */
  | { type: 'report'; times: Float64Array; wrongValues: number; closedAfterReady: number }
  | { type: 'closed' };

/** The graphql-ws message the app sends for a badge change, as the raw baseline's payload. */
export const RAW_PAYLOAD = JSON.stringify({
  id: '00000000-0000-4000-8000-000000000000',
  type: 'next',
  payload: { data: { unreadCountChanged: { count: 1 } } },
});
