import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { securityHeaders } from './security-headers.js';

/** The policy's directives by name. */
function directives(response: Response): Map<string, string[]> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words): words is [string, ...string[]] => Boolean(words[0]))
      .map(([name, ...values]) => [name, values]),
  );
}

/** What every response of the web client, the playground and downloads must carry. */
function expectStrictHeaders(response: Response) {
  const csp = directives(response);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  // No inline scripts, no eval, no other origin: a script injected into a page cannot run.
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-powered-by')).toBeNull();
  // PUBLIC_URL is http here: no HSTS, no upgrade of requests.
  expect(response.headers.get('strict-transport-security')).toBeNull();
  expect(csp.has('upgrade-insecure-requests')).toBe(false);
}

describe('security headers', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let clientDir: string;
  let fileId: string;
  const page = { accept: 'text/html,application/xhtml+xml' };

  beforeAll(async () => {
    // A stand-in for the built web client, so / and /graphiql are served whether or not it is built.
    clientDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-client-'));
    await fs.writeFile(
      path.join(clientDir, 'index.html'),
      '<!doctype html><title>Ledgerpost</title><script type="module" src="/assets/app.js"></script>',
    );
    app = await startTestApp({ clientDir });
    f = await officeFixture(app, { companies: 1 });
    const form = new FormData();
    form.append(
      'file',
      new Blob(['Dzień dobry, w załączeniu notatka.\n'], { type: 'text/plain' }),
      'notatka.txt',
    );
    const upload = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.head.token}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    fileId = ((await upload.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await app.stop();
    await fs.rm(clientDir, { recursive: true, force: true });
  });

  it('on the web client at /', async () => {
    const response = await fetch(`${app.url}/`, { headers: page });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Ledgerpost</title>');
    expectStrictHeaders(response);
  });

  it('on the playground at /graphiql, which allows its editor’s inline styles and data: fonts and nothing more', async () => {
    const response = await fetch(`${app.url}/graphiql`, { headers: page });
    expect(response.status).toBe(200);
    expectStrictHeaders(response);
    const csp = directives(response);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
  });

  it('on /files/:id: the download, the page a link from an email opens, and the refusals', async () => {
    const download = await fetch(`${app.url}/files/${fileId}`, {
      headers: { authorization: `Bearer ${f.head.token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(await download.text()).toContain('notatka');
    expectStrictHeaders(download);

    const linkOpened = await fetch(`${app.url}/files/${fileId}`, { headers: page });
    expect(linkOpened.status).toBe(200);
    expect(await linkOpened.text()).toContain('<title>Ledgerpost</title>');
    expectStrictHeaders(linkOpened);

    const anonymous = await fetch(`${app.url}/files/${fileId}`);
    expect(anonymous.status).toBe(401);
    expectStrictHeaders(anonymous);
  });

  it('on the API as well', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(200);
    expectStrictHeaders(response);
  });

  it('adds HSTS and upgrades requests when PUBLIC_URL is https', async () => {
    const server = express()
      .use(securityHeaders('https://ledgerpost.example'))
      .get('/', (_req, res) => void res.send('ok'))
      .listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(directives(response).has('upgrade-insecure-requests')).toBe(true);
      expect(directives(response).get('frame-ancestors')).toEqual(["'none'"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
