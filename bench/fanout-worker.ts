import { parentPort, workerData } from 'node:worker_threads';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { now, type WorkerCommand, type WorkerEvent, type WorkerInput } from './fanout-protocol.js';

/*
 * One load-generator thread of bench/fanout.ts: opens its share of clients a few at a time, then
 * records when each one sees its unread count change (app) or gets the broadcast (raw).
 */

const input = workerData as WorkerInput;
const port = parentPort!;
const QUERY = 'subscription { unreadCountChanged { count } }';

const times = new Float64Array(input.count).fill(Number.NaN);
const closers: Array<() => void> = [];
let connected = 0;
let failed = 0;
let received = 0;
let wrongValues = 0;
let closedAfterReady = 0;
let opening = true;
const errors = new Map<string, number>();

const post = (event: WorkerEvent, transfer: ArrayBuffer[] = []) =>
  port.postMessage(event, transfer);

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (Array.isArray(error))
    return error.map((e: { message?: string }) => e.message ?? String(e)).join('; ');
  const close = error as { code?: number; reason?: string };
  if (typeof close?.code === 'number')
    return `socket closed ${close.code}${close.reason ? ` ${close.reason}` : ''}`;
  return String(error);
}

function markReceived(index: number, ok: boolean): void {
  if (!Number.isNaN(times[index])) return;
  times[index] = now();
  if (!ok) wrongValues += 1;
  received += 1;
  if (!opening && received === connected) post({ type: 'all-received' });
}

/** One graphql-ws client subscribed to its badge; resolves once the current value has arrived. */
function openApp(index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let first: number | undefined;
    let settled = false;
    let lost = false;
    const client: Client = createClient({
      url: input.url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${input.tokens[index]}` },
      retryAttempts: 0,
    });
    closers.push(() => void client.dispose());
    const fail = (error: unknown) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        void client.dispose();
        reject(error);
      } else if (Number.isNaN(times[index]) && !lost) {
        lost = true;
        closedAfterReady += 1;
      }
    };
    const timer = setTimeout(
      () => fail(new Error(`no first value within ${input.connectTimeoutMs} ms`)),
      input.connectTimeoutMs,
    );
    client.subscribe<{ unreadCountChanged: { count: number } }>(
      { query: QUERY },
      {
        next: (result) => {
          const count = result.data?.unreadCountChanged.count;
          if (count === undefined) return fail(result.errors ?? new Error('an event without data'));
          if (first === undefined) {
            first = count;
            settled = true;
            clearTimeout(timer);
            resolve();
          } else if (count !== first) {
            // One notification per company: the badge must go up by exactly one.
            markReceived(index, count === first + 1);
          }
        },
        error: fail,
        complete: () => fail(new Error('the subscription completed')),
      },
    );
  });
}

/** One plain ws client; resolves once the connection is open. */
function openRaw(index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let open = false;
    const socket = new WebSocket(input.url);
    closers.push(() => socket.terminate());
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`not open within ${input.connectTimeoutMs} ms`));
    }, input.connectTimeoutMs);
    socket.on('open', () => {
      open = true;
      clearTimeout(timer);
      resolve();
    });
    socket.on('message', (data) => {
      // Parsed as the graphql-ws client parses its messages, so both sides pay for it.
      const message = JSON.parse(String(data)) as {
        payload: { data: { unreadCountChanged: { count: number } } };
      };
      markReceived(index, message.payload.data.unreadCountChanged.count === 1);
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      if (!open) reject(error);
    });
    socket.on('close', () => {
      if (open && Number.isNaN(times[index])) closedAfterReady += 1;
    });
  });
}

async function openAll(): Promise<void> {
  const open = input.mode === 'app' ? openApp : openRaw;
  // A server that refuses everyone would otherwise cost a timeout per client, one lane at a time.
  const giveUpAfter = 50;
  let failuresInARow = 0;
  let next = 0;
  const lane = async () => {
    while (next < input.count && failuresInARow < giveUpAfter) {
      const index = next;
      next += 1;
      try {
        await open(index);
        connected += 1;
        failuresInARow = 0;
      } catch (error) {
        failed += 1;
        failuresInARow += 1;
        const text = describe(error);
        errors.set(text, (errors.get(text) ?? 0) + 1);
      }
      if ((connected + failed) % 250 === 0) post({ type: 'progress', connected, failed });
    }
  };
  await Promise.all(Array.from({ length: Math.min(input.concurrency, input.count) }, lane));
  if (next < input.count) {
    errors.set(`not tried after ${giveUpAfter} failures in a row`, input.count - next);
    failed += input.count - next;
  }
  opening = false;
  post({
    type: 'ready',
    connected,
    failed,
    errors: [...errors].map(([text, count]) => `${count} x ${text}`),
  });
  if (connected > 0 && received === connected) post({ type: 'all-received' });
}

port.on('message', (command: WorkerCommand) => {
  if (command.type === 'report') {
    const copy = times.slice();
    post({ type: 'report', times: copy, wrongValues, closedAfterReady }, [copy.buffer]);
  } else {
    for (const close of closers) close();
    // Let the close frames go out before the thread ends.
    setTimeout(() => post({ type: 'closed' }), 200);
  }
});

void openAll();
