import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  headers: http.IncomingHttpHeaders;
  /** The body exactly as it arrived: what a signature is checked against. */
  raw: string;
  body: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
}

/**
 * A real HTTP server on 127.0.0.1 that takes webhook POSTs, recording each one, and answers what
 * `respond` says: a status (200 unless told), or 'hang' to never answer.
 */
export async function startWebhookReceiver() {
  const received: ReceivedEvent[] = [];
  let respond: (event: ReceivedEvent) => number | 'hang' = () => 200;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const event: ReceivedEvent = { headers: request.headers, raw, body: JSON.parse(raw) };
      received.push(event);
      const answer = respond(event);
      if (answer === 'hang') return;
      response.writeHead(answer, answer >= 300 && answer < 400 ? { location: '/elsewhere' } : {});
      response.end(answer >= 400 ? 'Internal details of the receiver' : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** Events of one type. */
    of: (type: string) => received.filter((e) => e.body.type === type),
    respondWith(next: (event: ReceivedEvent) => number | 'hang') {
      respond = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
