import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, newContext } from './browser.js';

describe('office sign-up and "Moje konto" in the browser', () => {
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

  it('signs an office up from the login page, then changes the password and sees this device', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Załóż biuro' }).click();
    await page.waitForURL(/\/signup$/);
    await page.getByLabel('Nazwa biura').fill('Biuro Przeglądarkowe');
    await page.getByLabel('NIP biura').fill('526-000-12-46');
    await page.getByLabel('Imię i nazwisko kierownika').fill('Ewa Przeglądarka');
    await page.getByLabel('Adres e-mail').fill('ewa@przegladarka.test');
    await page.getByLabel('Hasło').fill('bardzo dlugie haslo biura');
    await page.getByRole('button', { name: 'Załóż biuro' }).click();
    await page.waitForURL(/\/companies$/);

    await page.getByRole('link', { name: 'Moje konto' }).click();
    await page.waitForURL(/\/account$/);
    await expect
      .poll(() => page.getByTestId('sessions').textContent(), { timeout: 15_000 })
      .toContain('To urządzenie');
    await page.getByLabel('Obecne hasło').fill('bardzo dlugie haslo biura');
    await page.getByLabel('Nowe hasło').fill('jeszcze dluzsze haslo biura');
    await page.getByLabel('Powtórz hasło').fill('jeszcze dluzsze haslo biura');
    await page.getByRole('button', { name: 'Zmień hasło' }).click();
    await page.getByText('Hasło zmienione.', { exact: false }).waitFor();
    await context.close();
  });
});
