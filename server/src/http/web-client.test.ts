import fs from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeFixture } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { IMMUTABLE } from './web-client.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, before any decoding. */
  body: Buffer;
}

/** A GET with exactly these headers (fetch would add Accept and Accept-Encoding and decode). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const INDEX =
  '<!doctype html><html lang="pl"><title>Ledgerpost</title><script type="module" src="/assets/index-Ab12Cd34.js"></script></html>';
const SCRIPT = '/assets/index-Ab12Cd34.js';

describe('the web client’s files', () => {
  let app: TestApp;
  let clientDir: string;
  let script: Buffer;

  beforeAll(async () => {
    // A built client as the build leaves it: a hashed script with the brotli and gzip twins the
    // build writes (vite-plugin-compression2, same algorithms and levels), here made from a real
    // bundle-sized module so the ratios are those of real code.
    clientDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-client-'));
    await fs.mkdir(path.join(clientDir, 'assets'));
    script = await fs.readFile(
      path.join(
        path.dirname(createRequire(import.meta.url).resolve('graphql')),
        'type/definition.js',
      ),
    );
    expect(script.length).toBeGreaterThan(30_000);
    const file = path.join(clientDir, SCRIPT);
    await fs.writeFile(path.join(clientDir, 'index.html'), INDEX);
    await fs.writeFile(file, script);
    await fs.writeFile(
      `${file}.br`,
      zlib.brotliCompressSync(script, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    await fs.writeFile(`${file}.gz`, zlib.gzipSync(script, { level: 9 }));
    app = await startTestApp({ clientDir });
  });
  afterAll(async () => {
    await app.stop();
    await fs.rm(clientDir, { recursive: true, force: true });
  });

  it('sends brotli to a client that takes it, decoding to the file’s bytes at under a fifth of the size', async () => {
    const response = await get(`${app.url}${SCRIPT}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(response.body).equals(script)).toBe(true);
    const ratio = response.body.length / script.length;
    expect(ratio).toBeLessThan(0.2);
    console.info(
      `${SCRIPT}: ${script.length} B as is, ${response.body.length} B brotli (${(ratio * 100).toFixed(1)} %)`,
    );
  });

  it('sends gzip to a client without brotli, decoding to the same bytes', async () => {
    const response = await get(`${app.url}${SCRIPT}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(response.body).equals(script)).toBe(true);
    expect(response.body.length / script.length).toBeLessThan(0.25);

    const brOffLast = await get(`${app.url}${SCRIPT}`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(brOffLast.headers['content-encoding']).toBe('gzip');
  });

  it('sends the file as it is to a client that takes no compression', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Array<
      Record<string, string>
    >) {
      const response = await get(`${app.url}${SCRIPT}`, headers);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.equals(script)).toBe(true);
    }
  });

  it('caches hashed assets for a year and revalidates the page on every use', async () => {
    const asset = await get(`${app.url}${SCRIPT}`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    for (const route of ['/', '/index.html', '/companies', '/companies/123/messages']) {
      const page = await get(`${app.url}${route}`, { accept: 'text/html' });
      expect(page.status, route).toBe(200);
      expect(page.headers['cache-control'], route).toBe('no-cache');
      expect(page.body.toString(), route).toBe(INDEX);
    }
  });

  it('answers the page at / to any client that does not ask only for JSON', async () => {
    const asks: Array<Record<string, string>> = [
      {},
      { accept: '*/*' },
      { accept: 'text/html' },
      { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      { accept: 'application/json, text/plain, */*' },
    ];
    for (const headers of asks) {
      const response = await get(`${app.url}/`, headers);
      expect(response.status, JSON.stringify(headers)).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body.toString()).toBe(INDEX);
    }
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const json = await get(`${app.url}/`, { accept });
      expect(json.status, accept).toBe(404);
      expect(json.body.toString()).not.toContain('Ledgerpost');
    }
  });

  it('gives no page for a missing asset, an API path or a download without a browser', async () => {
    const missing = await get(`${app.url}/assets/index-gone0000.js`, { accept: '*/*' });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).not.toContain('Ledgerpost');

    const health = await get(`${app.url}/healthz`, { accept: '*/*' });
    expect(health.status).toBe(200);
    expect(health.body.toString()).not.toContain('<title>');

    const f = await officeFixture(app, { companies: 1 });
    const form = new FormData();
    form.append('file', new Blob(['notatka\n'], { type: 'text/plain' }), 'notatka.txt');
    const upload = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.head.token}` },
      body: form,
    });
    const { id } = (await upload.json()) as { id: string };
    // curl's */* without credentials: the contract's 401, not the page.
    const curl = await get(`${app.url}/files/${id}`, { accept: '*/*' });
    expect(curl.status).toBe(401);
    const browser = await get(`${app.url}/files/${id}`, { accept: 'text/html' });
    expect(browser.status).toBe(200);
    expect(browser.body.toString()).toBe(INDEX);
    const withToken = await get(`${app.url}/files/${id}`, {
      accept: '*/*',
      authorization: `Bearer ${f.head.token}`,
    });
    expect(withToken.status).toBe(200);
    expect(withToken.body.toString()).toBe('notatka\n');
  });
});
