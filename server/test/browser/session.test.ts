import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, login, newContext } from './browser.js';

const LOGOUT = graphql(`
  mutation SessionLogout {
    logout
  }
`);
const ME = graphql(`
  query SessionMe {
    me { id }
  }
`);

describe('session in the browser', () => {
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

  it('keeps the login across reloads, and an expired session goes to login and back to where it was going', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/inbox');
    await page.waitForURL(/\/login\?next=%2Finbox/);
    await login(page, f.head.user.email, PASSWORD);
    await page.waitForURL(/\/inbox$/);
    await page.reload();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/inbox');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The server ends the session (logout elsewhere); the next request finds it expired.
    const token = await page.evaluate<string | null>("localStorage.getItem('ledgerpost.token')");
    expect(token).toBeTruthy();
    ok(await app.gql(LOGOUT, {}, token!));
    await page.goto('/companies');
    await page.waitForURL(/\/login\?next=%2Fcompanies/, { timeout: 15_000 });
    expect(
      await page.evaluate<string | null>("localStorage.getItem('ledgerpost.token')"),
    ).toBeNull();
    await login(page, f.head.user.email, PASSWORD);
    await page.waitForURL(/\/companies$/);
    await page.getByTestId('company-row').first().waitFor();
    await context.close();
  });

  it('logs out: the token is revoked and the page returns to login', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await login(page, f.companies[0]!.client.user.email, PASSWORD);
    await page.waitForURL(/\/messages/);
    const token = await page.evaluate<string | null>("localStorage.getItem('ledgerpost.token')");
    await page.getByRole('button', { name: /wyloguj/i }).click();
    await page.waitForURL(/\/login$/);
    expect(ok(await app.gql(ME, {}, token!)).me).toBeNull();
    await context.close();
  });
});
