import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, login, newContext } from './browser.js';

let app: TestApp;
let browser: Browser;
let f: OfficeFixture;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  f = await officeFixture(app, { companies: 2 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A page that records every Content-Security-Policy violation, as events and as console reports. */
async function watchedPage(): Promise<{
  context: BrowserContext;
  page: Page;
  violations: () => Promise<string[]>;
}> {
  const context = await newContext(browser, app.url);
  await context.addInitScript({
    content: `window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI));`,
  });
  const page = await context.newPage();
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reported.push(message.text());
  });
  const violations = async () => [
    ...reported,
    ...((await page.evaluate('window.cspViolations')) as string[]),
  ];
  return { context, page, violations };
}

describe('the web client under its Content-Security-Policy', () => {
  it('logs in and shows the company list, with no violation', async () => {
    const { context, page, violations } = await watchedPage();
    try {
      const document = await page.goto('/login');
      expect(document?.headers()['content-security-policy']).toContain("script-src 'self'");
      await login(page, f.head.user.email, PASSWORD);
      await page.getByRole('checkbox').first().waitFor();
      expect(await violations()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs GraphiQL at /graphiql (editor, workers, a query over HTTP and a subscription over the socket), with no violation', async () => {
    const { context, page, violations } = await watchedPage();
    try {
      await context.addInitScript({
        content: `localStorage.setItem('ledgerpost.token', ${JSON.stringify(f.head.token)});`,
      });
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const document = await page.goto('/graphiql');
      expect(document?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
      await page.locator('.graphiql-execute-button').click();
      // Monaco renders spaces as no-break spaces.
      const response = async () =>
        ((await page.locator('.graphiql-response .view-lines').textContent()) ?? '').replace(
          /\u00a0/g,
          ' ',
        );
      await expect.poll(response, { timeout: 15_000 }).toContain(f.head.user.name);
      await page.locator('.graphiql-query-editor .view-lines').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText('subscription Live { unreadCountChanged { count } }');
      await expect
        .poll(() => page.getByRole('tab', { selected: true }).textContent())
        .toContain('Live');
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(response, { timeout: 15_000 }).toContain('unreadCountChanged');
      expect(await violations()).toEqual([]);
      // The editor's language services started, from this origin.
      expect(workers.length).toBeGreaterThan(0);
      for (const url of workers) expect(new URL(url).origin).toBe(new URL(app.url).origin);
    } finally {
      await context.close();
    }
  });
});
