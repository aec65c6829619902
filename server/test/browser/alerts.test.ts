import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

const MY_ALERTS = graphql(`
  query BrowserAlertsMine {
    me { notificationPreferences { newMessages } }
  }
`);

describe('"Powiadomienia e-mail" and the alert link in the browser', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets a client choose on "Moje konto", and the choice survives a reload', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { client } = f.companies[0];
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await login(page, client.user.email, PASSWORD);
    await page.getByRole('link', { name: 'Moje konto' }).click();
    await page.waitForURL(/\/account$/);
    const section = page.getByRole('region', { name: 'Powiadomienia e-mail' });
    await expect
      .poll(() => section.getByRole('radio', { name: /^Od razu/ }).isChecked(), {
        timeout: 15_000,
      })
      .toBe(true);

    await section.getByRole('radio', { name: /^Raz dziennie/ }).check();
    await section.getByRole('status').getByText('Zapisano: Raz dziennie (o 7:00).').waitFor();
    await screenshot(page, 'account-email-notifications');
    expect(ok(await app.gql(MY_ALERTS, {}, client.token)).me?.notificationPreferences).toEqual({
      newMessages: 'DAILY_DIGEST',
    });

    await page.reload();
    await expect
      .poll(() => section.getByRole('radio', { name: /^Raz dziennie/ }).isChecked(), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await section.getByRole('radio', { name: /^Od razu/ }).isChecked()).toBe(false);
    await context.close();
  });

  it('staff see no alert choices on "Moje konto"', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await login(page, f.head.user.email, PASSWORD);
    await page.goto('/account');
    await page.getByRole('heading', { name: 'Zmiana hasła' }).waitFor();
    expect(await page.getByRole('region', { name: 'Powiadomienia e-mail' }).count()).toBe(0);
    await context.close();
  });

  it('sets the preference from the alert’s link without a login, and refuses a forged link', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { client } = f.companies[0];
    const token = app.services.alerts.linkToken(client.user.id);
    const context = await newContext(browser, app.url);
    const page = await context.newPage();

    // Opening the link changes nothing by itself.
    await page.goto(`/alerts/preferences?token=${encodeURIComponent(token)}`);
    await expect
      .poll(() => page.getByTestId('alerts-link-for').textContent(), { timeout: 15_000 })
      .toBe(
        `Ustawienie dla ${client.user.email}. Teraz: Od razu (najwyżej jeden e-mail na 10 minut).`,
      );
    await screenshot(page, 'alerts-link');
    expect(ok(await app.gql(MY_ALERTS, {}, client.token)).me?.notificationPreferences).toEqual({
      newMessages: 'IMMEDIATE',
    });

    await page.getByRole('button', { name: 'Nigdy' }).click();
    await page.getByRole('status').getByText('Gotowe. Od teraz: Nigdy.').waitFor();
    expect(await page.getByRole('button', { name: 'Nigdy' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await screenshot(page, 'alerts-link-done');
    expect(ok(await app.gql(MY_ALERTS, {}, client.token)).me?.notificationPreferences).toEqual({
      newMessages: 'NEVER',
    });

    // The same page with the signature altered: a clear refusal, no buttons.
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await page.goto(`/alerts/preferences?token=${encodeURIComponent(forged)}`);
    await page.getByRole('alert').getByText('Ten link jest nieważny', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Nigdy' }).count()).toBe(0);
    await screenshot(page, 'alerts-link-invalid');
    expect(ok(await app.gql(MY_ALERTS, {}, client.token)).me?.notificationPreferences).toEqual({
      newMessages: 'NEVER',
    });
    await context.close();
  });
});
