import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';
import { uniqueNip } from '../seed.js';
import { launchBrowser, login, newContext } from './browser.js';

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

describe('the head manages companies', () => {
  it('imports a CSV after a preview, then edits and archives the new company on its card', async () => {
    const context = await newContext(browser, app.url);
    try {
      const page = await context.newPage();
      await login(page, f.head.user.email, PASSWORD);
      const csv = [
        'nazwa;NIP;forma opodatkowania;VAT;e-mail;opiekun',
        `Importowana Alfa;${uniqueNip()};KPiR;tak;alfa@test.local;`,
        'Zła;123;KPiR;nie;zla@test.local;',
      ].join('\n');

      await page.getByRole('button', { name: 'Importuj CSV' }).click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByLabel('Plik CSV').setInputFiles({
        name: 'firmy.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      const rows = dialog.getByTestId('import-rows');
      await expect.poll(() => rows.locator('tbody tr').count()).toBe(2);
      expect(await rows.locator('tr[data-status="CREATED"]').textContent()).toContain(
        'Importowana Alfa',
      );
      expect(await rows.locator('tr[data-status="ERROR"] td').nth(1).textContent()).toBe('Błąd');
      await dialog.getByLabel('Pomiń błędne wiersze').check();
      await dialog.getByRole('button', { name: 'Importuj', exact: true }).click();
      await expect
        .poll(() => dialog.getByTestId('import-totals').textContent())
        .toMatch(/^Zaimportowano: nowe 1/);
      await dialog.getByRole('button', { name: 'Zamknij' }).last().click();

      await page.getByTestId('company-search').fill('Importowana Alfa');
      await page.getByRole('link', { name: 'Importowana Alfa' }).click();
      await page.getByRole('heading', { name: 'Importowana Alfa' }).waitFor();

      await page.getByTestId('company-edit').click();
      const edit = page.getByTestId('company-edit-dialog');
      await edit.getByLabel('Nazwa').fill('Alfa po zmianie');
      await edit.getByRole('button', { name: 'Zapisz' }).click();
      await page.getByRole('heading', { name: 'Alfa po zmianie' }).waitFor();

      await page.getByTestId('company-archive').click();
      await page.getByTestId('company-archive-confirm').click();
      await page.getByTestId('company-archived').waitFor();
      expect(await page.getByTestId('company-archive').textContent()).toBe('Przywróć');
    } finally {
      await context.close();
    }
  });
});
