import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../harness.js';
import { uniqueNip } from '../seed.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';
import { until } from '../wait.js';
import { launchBrowser, newContext, screenshot } from './browser.js';

let smtp: TestSmtp;
let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
  browser = await launchBrowser();
  app = await startTestApp({
    systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}`,
    systemMailFrom: 'Ledgerpost <no-reply@ledgerpost.test>',
  });
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

/** A fresh browser profile with one page, watched for uncaught errors. */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, app.url);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** The path of the invitation link in the one email sent to `email` (the path and query only). */
async function invitationPathFor(email: string): Promise<string> {
  const [mail] = await until(
    () => smtp.transactions.filter((t) => t.rcptTo.includes(email)),
    (found) => found.length >= 1,
    20_000,
  );
  const link = /(https?:\/\/\S+\/invitation\?token=[\w%-]+)/.exec(mail?.mail.text ?? '')?.[1];
  if (!link) throw new Error(`no invitation link in: ${mail?.mail.text}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/** Opens an invitation link in a fresh browser, sets name and password, and waits to land. */
async function acceptInvitation(
  path: string,
  name: string,
  password: string,
  landing: RegExp,
  shot?: string,
): Promise<{ page: Page; errors: string[] }> {
  const tab = await open();
  await tab.page.goto(path);
  await tab.page.getByTestId('invitation-preview').waitFor();
  await tab.page.getByLabel('Imię i nazwisko').fill(name);
  await tab.page.getByLabel('Hasło', { exact: true }).fill(password);
  if (shot) await screenshot(tab.page, shot);
  await tab.page.getByRole('button', { name: 'Przyjmij zaproszenie' }).click();
  await tab.page.waitForURL((url) => landing.test(url.pathname));
  return tab;
}

/** Ticks the row of the company named `name` on the company list. */
async function select(page: Page, name: string): Promise<void> {
  await page
    .getByTestId('company-row')
    .filter({ hasText: name })
    .getByTestId('company-select')
    .check();
}

describe('a new office from sign-up to its first client', () => {
  it('signs up, invites a caretaker and a client by email, assigns a company, and notifies the client live', async () => {
    const id = randomUUID().slice(0, 8);
    const headEmail = `kierownik-${id}@start.test`;
    const caretakerEmail = `opiekun-${id}@start.test`;
    const clientEmail = `klient-${id}@start.test`;
    const headPassword = 'bardzo dlugie haslo biura';
    const caretakerPassword = 'opiekun ma dlugie haslo';
    const clientPassword = 'klient ma jeszcze dluzsze haslo';

    // The head signs the office up from the login page.
    const head = await open();
    await head.page.goto('/login');
    await head.page.getByRole('link', { name: 'Załóż biuro' }).click();
    await head.page.waitForURL(/\/signup$/);
    await head.page.getByLabel('Nazwa biura').fill(`Biuro Startowe ${id}`);
    await head.page.getByLabel('NIP biura').fill(uniqueNip());
    await head.page.getByLabel('Imię i nazwisko kierownika').fill('Ewa Startowa');
    await head.page.getByLabel('Adres e-mail').fill(headEmail);
    await head.page.getByLabel('Hasło').fill(headPassword);
    await screenshot(head.page, 'signup');
    await head.page.getByRole('button', { name: 'Załóż biuro' }).click();
    await head.page.waitForURL(/\/companies$/);

    // Settings › Zespół: the head invites a caretaker.
    await head.page.goto('/settings');
    const team = head.page.getByTestId('people');
    await team.getByTestId('invite-staff').click();
    const inviteStaff = head.page.getByTestId('invite-staff-dialog');
    await inviteStaff.getByLabel('E-mail').fill(caretakerEmail);
    await inviteStaff.getByLabel('Imię i nazwisko').fill('Olga Opiekunka');
    await inviteStaff.getByTestId('invite-staff-send').click();
    await inviteStaff.getByTestId('invite-staff-sent').waitFor();
    await inviteStaff.getByRole('button', { name: 'Zamknij' }).last().click();
    await expect
      .poll(() => team.getByTestId('invitation-row').first().textContent())
      .toContain(caretakerEmail);
    await team.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(head.page, 'settings-team');
    const tokens = head.page.getByTestId('api-tokens');
    await tokens.getByTestId('api-token-new').click();
    await head.page.getByTestId('api-token-name').fill('Program księgowy');
    await head.page.getByTestId('api-token-create').click();
    expect(await head.page.getByTestId('api-token-value').inputValue()).toMatch(/^lp_/);
    await head.page.getByTestId('api-token-done').click();
    await expect.poll(() => tokens.getByTestId('api-token-row').count()).toBe(1);
    await tokens.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(head.page, 'api-tokens');

    // The caretaker follows the emailed link in a browser of their own and lands logged in.
    const caretaker = await acceptInvitation(
      await invitationPathFor(caretakerEmail),
      'Olga Opiekunka',
      caretakerPassword,
      /^\/companies$/,
      'invitation-accept',
    );

    // The head creates two companies by importing a CSV, after its preview.
    await head.page.goto('/companies');
    const alfa = `Alfa ${id}`;
    const beta = `Beta ${id}`;
    const csv = [
      'nazwa;NIP;forma opodatkowania;VAT;e-mail;opiekun',
      `${alfa};${uniqueNip()};KPiR;tak;alfa-${id}@start.test;`,
      `${beta};${uniqueNip()};ryczałt;nie;beta-${id}@start.test;`,
    ].join('\n');
    await head.page.getByRole('button', { name: 'Importuj CSV' }).click();
    const importing = head.page.getByTestId('import-dialog');
    await importing.getByLabel('Plik CSV').setInputFiles({
      name: 'firmy.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const rows = importing.getByTestId('import-rows');
    await expect.poll(() => rows.locator('tr[data-status="CREATED"]').count()).toBe(2);
    await screenshot(head.page, 'company-import-preview');
    await importing.getByRole('button', { name: 'Importuj', exact: true }).click();
    await expect
      .poll(() => importing.getByTestId('import-totals').textContent())
      .toMatch(/^Zaimportowano: nowe 2/);
    await importing.getByRole('button', { name: 'Zamknij' }).last().click();
    await expect.poll(() => head.page.getByTestId('company-row').count()).toBe(2);

    // The head assigns only Alfa to the caretaker; the caretaker's open list, empty until now,
    // gains exactly Alfa without a reload.
    await caretaker.page.getByTestId('companies-empty').waitFor();
    expect(await caretaker.page.getByTestId('company-row').count()).toBe(0);
    await select(head.page, alfa);
    await head.page.getByTestId('action-assign').click();
    await head.page.getByTestId('assign-caretaker').selectOption({ label: 'Olga Opiekunka' });
    await head.page.getByTestId('assign-submit').click();
    await head.page.getByTestId('assign-result').waitFor();
    await head.page.getByRole('button', { name: 'Zamknij' }).last().click();
    await expect
      .poll(() => caretaker.page.getByTestId('company-row').allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringContaining(alfa)]);

    // The head invites a client from Alfa's card.
    await head.page.getByRole('link', { name: alfa }).click();
    await head.page.getByRole('heading', { name: alfa }).waitFor();
    await head.page.getByTestId('company-invite').click();
    const inviteClient = head.page.getByTestId('invite-client-dialog');
    await inviteClient.getByLabel('E-mail').fill(clientEmail);
    await inviteClient.getByLabel('Imię i nazwisko').fill('Karol Klient');
    await inviteClient.getByTestId('invite-client-send').click();
    await inviteClient.getByTestId('invite-client-sent').waitFor();
    await inviteClient.getByRole('button', { name: 'Zamknij' }).last().click();

    // The client accepts in a browser of their own and lands on their messages.
    const client = await acceptInvitation(
      await invitationPathFor(clientEmail),
      'Karol Klient',
      clientPassword,
      /^\/messages/,
    );
    await client.page.evaluate("window.__onboardingMark = 'still here'");

    // The head notifies Alfa; the client's open page shows it without a reload.
    await head.page.goto('/companies');
    await select(head.page, alfa);
    await head.page.getByTestId('action-notify').click();
    const notify = head.page.getByTestId('notify-dialog');
    const body = `Witamy w biurze ${id}: prosimy o dokumenty za listopad.`;
    await notify.getByTestId('notify-body').fill(body);
    await notify.getByTestId('notify-send').click();
    await notify.getByTestId('notify-result').waitFor({ timeout: 15_000 });
    expect(await notify.getByTestId('notify-result').textContent()).toMatch(/\b1 firm/);
    await notify.getByTestId('notify-done').click();
    await expect
      .poll(() => client.page.getByText(body).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await client.page.evaluate('window.__onboardingMark')).toBe('still here');

    // "Moje konto" of the new head.
    await head.page.getByRole('link', { name: 'Moje konto' }).click();
    await head.page.waitForURL(/\/account$/);
    await expect
      .poll(() => head.page.getByTestId('sessions').textContent(), { timeout: 15_000 })
      .toContain('To urządzenie');
    await screenshot(head.page, 'account');

    expect([...head.errors, ...caretaker.errors, ...client.errors]).toEqual([]);
  });
});
