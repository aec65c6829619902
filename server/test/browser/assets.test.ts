import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, newContext } from './browser.js';

let app: TestApp;
let browser: Browser;
const root = path.resolve('dist/client');

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The entry script the built page loads. */
async function entryScript(): Promise<string> {
  const index = await fs.readFile(path.join(root, 'index.html'), 'utf8');
  const src = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
  if (!src) throw new Error('no entry script in the built index.html');
  return src;
}

describe('the built web client over HTTP', () => {
  it('sends the entry script brotli- and gzip-compressed, decoding to the built bytes', async () => {
    const src = await entryScript();
    const built = await fs.readFile(path.join(root, src));
    const sizes: Record<string, number> = { 'as is': built.length };
    for (const [encoding, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      const response = await fetch(`${app.url}${src}`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // Node's fetch decodes the body as a browser does; the twin on disk is what went over the wire.
      expect(Buffer.from(await response.arrayBuffer()).equals(built)).toBe(true);
      const twin = await fs.readFile(path.join(root, `${src}.${encoding === 'br' ? 'br' : 'gz'}`));
      expect(decode(twin).equals(built)).toBe(true);
      sizes[encoding] = twin.length;
    }
    expect((sizes.br ?? Infinity) / built.length).toBeLessThan(0.3);
    expect((sizes.gzip ?? Infinity) / built.length).toBeLessThan(0.35);
    console.info(
      `entry script ${src}: ${Object.entries(sizes)
        .map(([name, size]) => `${name} ${(size / 1024).toFixed(1)} KB`)
        .join(', ')}`,
    );
  });

  it('loads the page in Chromium with brotli assets and a revalidated page', async () => {
    const context = await newContext(browser, app.url);
    try {
      const page = await context.newPage();
      const encodings = new Map<string, string | undefined>();
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/assets/'))
          encodings.set(url.pathname, response.headers()['content-encoding']);
      });
      const document = await page.goto('/login');
      expect(document?.status()).toBe(200);
      expect(document?.headers()['cache-control']).toBe('no-cache');
      await page.getByRole('button', { name: /zaloguj się/i }).waitFor();
      expect(encodings.get(await entryScript())).toBe('br');
      expect([...encodings.values()].filter((encoding) => encoding === 'br').length).toBe(
        [...encodings.keys()].filter((file) => /\.(js|css)$/.test(file)).length,
      );
    } finally {
      await context.close();
    }
  });
});
