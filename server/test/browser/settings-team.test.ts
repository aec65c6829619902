import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, login, newContext } from './browser.js';

/** What the API answers a token for the company count: a number, or its error code. */
async function companiesWith(app: TestApp, token: string): Promise<number | string> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ companies { totalCount } }' }),
  });
  const body = (await response.json()) as {
    data?: { companies: { totalCount: number } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return body.data?.companies.totalCount ?? body.errors?.[0]?.extensions?.code ?? 'none';
}

describe('settings: team and API tokens in the browser', () => {
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

  it('invites a caretaker, and creates a token whose secret works once shown, then revokes it', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await login(page, f.head.user.email, PASSWORD);
    await page.goto('/settings');

    const team = page.getByTestId('people');
    // The team lists its head too, without a button to deactivate oneself.
    const own = team.locator(`[data-testid="staff-row"][data-user="${f.head.user.id}"]`);
    expect(await own.textContent()).toMatch(/Szef biura.*Aktywny/);
    expect(await own.getByRole('button').count()).toBe(0);
    expect(await team.getByTestId('staff-row').count()).toBe(2);
    await team.getByTestId('invite-staff').click();
    const invite = page.getByTestId('invite-staff-dialog');
    await invite.getByLabel('E-mail').fill('nowy.opiekun@example.com');
    await invite.getByLabel('Imię i nazwisko').fill('Nowy Opiekun');
    await invite.getByTestId('invite-staff-send').click();
    await invite.getByTestId('invite-staff-sent').waitFor();
    await invite.getByRole('button', { name: 'Zamknij' }).last().click();
    await expect
      .poll(() => team.getByTestId('invitation-row').first().textContent())
      .toContain('nowy.opiekun@example.com');

    const tokens = page.getByTestId('api-tokens');
    await tokens.getByTestId('api-token-new').click();
    await page.getByTestId('api-token-name').fill('Program księgowy');
    await page.getByTestId('api-token-create').click();
    const secret = await page.getByTestId('api-token-value').inputValue();
    expect(secret).toMatch(/^lp_/);
    await expect.poll(() => companiesWith(app, secret)).toBe(2);
    await page.getByTestId('api-token-done').click();
    await page.getByTestId('api-token-secret').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);
    await expect.poll(() => tokens.getByTestId('api-token-row').count()).toBe(1);

    await tokens.getByRole('button', { name: 'Unieważnij: Program księgowy' }).click();
    await page.getByTestId('revoke-api-token-confirm').click();
    await tokens.getByTestId('api-tokens-notice').waitFor();
    await expect.poll(() => companiesWith(app, secret)).not.toBe(2);
    await context.close();
  });
});
