import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, newContext } from './browser.js';

interface Playground {
  context: BrowserContext;
  page: Page;
  /** Every request the page (and its workers) made to a host other than the app's. */
  foreign: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  /** The first frame each socket sent (graphql-ws connection_init). */
  socketInits: string[];
}

let app: TestApp;
let browser: Browser;
let f: OfficeFixture;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  f = await officeFixture(app, { companies: 1 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** /graphiql in a fresh profile, logged in when given a token (as the web client keeps it). */
async function openPlayground(token?: string): Promise<Playground> {
  const context = await newContext(browser, app.url);
  if (token)
    await context.addInitScript({
      content: `localStorage.setItem('ledgerpost.token', ${JSON.stringify(token)});`,
    });
  const appHost = new URL(app.url).host;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== appHost)
      foreign.push(request.url());
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const socketInits: string[] = [];
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).host !== appHost) foreign.push(socket.url());
    socket.once('framesent', (frame) => socketInits.push(String(frame.payload)));
  });
  const introspection = page.waitForResponse(
    (r) =>
      r.url() === `${app.url}/graphql` &&
      r.request().postDataJSON()?.operationName === 'IntrospectionQuery',
  );
  await page.goto('/graphiql');
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  // The schema loads (docs, completion), within the server's depth limit, with or without a token.
  const schema = await introspection;
  expect(schema.status()).toBe(200);
  expect((await schema.json()).data.__schema.queryType.name).toBe('Query');
  return { context, page, foreign, errors, socketInits };
}

/** The result pane's text (Monaco renders spaces as no-break spaces). */
async function result(page: Page): Promise<string> {
  return ((await page.locator('.graphiql-response .view-lines').textContent()) ?? '').replace(
    /\u00a0/g,
    ' ',
  );
}

/** Types a new document; GraphiQL reads its operations a moment later, shown as the tab's title. */
async function replaceQuery(page: Page, query: string, title: string): Promise<void> {
  await page.locator('.graphiql-query-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toContain(title);
}

describe('GraphQL playground (/graphiql)', () => {
  it("runs the default query with the session's token, everything from the app's own host", async () => {
    const { context, page, foreign, errors } = await openPlayground(f.head.token);
    try {
      expect(await page.getByLabel(/^Token/).inputValue()).toBe(f.head.token);
      await page.locator('.graphiql-execute-button').click();
      await expect
        .poll(() => result(page), { timeout: 15_000 })
        .toContain(`"name": "${f.head.user.name}"`);
      expect(await result(page)).toContain('"role": "OFFICE_HEAD"');
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works without a session: me is null', async () => {
    const { context, page, foreign, errors } = await openPlayground();
    try {
      expect(await page.getByLabel(/^Token/).inputValue()).toBe('');
      expect(
        await page.getByRole('button', { name: /użyj mojej sesji|use my session/i }).isDisabled(),
      ).toBe(true);
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => result(page), { timeout: 15_000 }).toContain('"me": null');
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs a subscription over the socket with a pasted token', async () => {
    const { context, page, foreign, errors, socketInits } = await openPlayground();
    try {
      const client = f.companies[0]!.client;
      const reintrospected = page.waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') &&
          r.request().postDataJSON()?.operationName === 'IntrospectionQuery' &&
          !!r.request().headers().authorization,
      );
      await page.getByLabel(/^Token/).fill(`Bearer ${client.token}`);
      expect((await reintrospected).request().headers().authorization).toBe(
        `Bearer ${client.token}`,
      );
      await replaceQuery(page, 'subscription Unread { unreadCountChanged { count } }', 'Unread');
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => result(page), { timeout: 15_000 }).toContain('"unreadCountChanged"');
      expect(await result(page)).toContain('"count": 0');
      expect(socketInits.map((frame) => JSON.parse(frame))).toEqual([
        { type: 'connection_init', payload: { authorization: `Bearer ${client.token}` } },
      ]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
