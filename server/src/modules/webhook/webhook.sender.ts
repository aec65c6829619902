import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';

export const WEBHOOK_USER_AGENT = 'Ledgerpost-Webhooks/1';
/** Bytes of a response read (and thrown away) before its connection is closed. */
const RESPONSE_BYTES_READ = 64 * 1024;

export type PostOutcome =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string };

/** A failure in a few words: never a body, a header, a URL or a secret. */
function describe(error: unknown, timeoutMs: number): string {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'EDESTINATION') return 'The address is not public.';
  if (code === 'ETIMEDOUT' || code === 'ECONNRESET_TIMEOUT')
    return `No answer within ${timeoutMs / 1000} s.`;
  if (code === 'ECONNREFUSED') return 'Connection refused.';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'The host name does not resolve.';
  if (code === 'ECONNRESET') return 'The connection was reset.';
  if (/CERT|TLS|SSL/i.test(code)) return `TLS error (${code}).`;
  return code ? `Connection failed (${code}).` : 'Connection failed.';
}

/**
 * One POST of an event: answered 2xx or not, within `timeoutMs` from the start to the response's
 * headers. Redirects are not followed (a 3xx is a failure); the response body is read up to 64 KiB
 * and dropped. `lookup` is the address guard's checked resolver (undefined for allowed hosts).
 */
export function postEvent(
  url: URL,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; lookup: net.LookupFunction | undefined; agent: http.Agent },
): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': WEBHOOK_USER_AGENT,
      },
      agent: options.agent,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
    const timer = setTimeout(() => {
      request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }));
    }, options.timeoutMs);
    request.on('error', (error) =>
      settle({ ok: false, status: null, error: describe(error, options.timeoutMs) }),
    );
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > RESPONSE_BYTES_READ) response.destroy();
      });
      response.on('error', () => undefined);
      response.resume();
      settle(
        status >= 200 && status < 300
          ? { ok: true, status }
          : { ok: false, status, error: `HTTP ${status}.` },
      );
    });
    request.end(body);
  });
}
