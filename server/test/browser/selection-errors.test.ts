import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficeVerification } from '../../src/modules/office/office.entity.js';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { insertCompanies } from '../seed.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

let app: TestApp;
let browser: Browser;
let smtp: TestSmtp;
let f: OfficeFixture;
const contexts: BrowserContext[] = [];

const SET_SMTP = graphql(`
  mutation SelectionSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  smtp = await startTestSmtp({ users: { biuro: 'tajne-hasło' } });
  // Three "Firma …" companies, then 30 "Masowa …": two pages of 25 by name.
  f = await officeFixture(app, { companies: 3, verification: OfficeVerification.VERIFIED });
  await insertCompanies(app.orm.em.fork(), f.office.id, 30);
  ok(
    await app.gql(
      SET_SMTP,
      {
        input: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'NONE',
          username: 'biuro',
          password: 'tajne-hasło',
          fromAddress: 'biuro@kancelaria.test',
        },
      },
      f.head.token,
    ),
  );
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  await browser?.close();
  await smtp?.stop();
  await app?.stop();
});

async function open(size?: { width: number; height: number }) {
  const context = await newContext(browser, app.url, size);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const tick = (page: Page, name: string) =>
  page.getByTestId('company-row').filter({ hasText: name }).getByTestId('company-select').check();

/** The send button lies wholly inside the viewport. */
async function inView(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width
  );
}

describe('selection across searches and pages', () => {
  it('keeps two ticked companies through a search and a page change, names all four in the dialog, and sends to exactly those', async () => {
    const { page, errors } = await open();
    await login(page, f.head.user.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/companies');
    const rows = page.getByTestId('company-row');
    await expect.poll(() => rows.count()).toBe(25);
    const [first, second, third] = f.companies.map((c) => c.company);

    await tick(page, first!.name);
    await tick(page, second!.name);
    const count = page.getByTestId('selection-count');
    expect(await count.textContent()).toBe('Zaznaczono 2 firmy');

    // A search for another company keeps the two and adds the third.
    await page.getByTestId('company-search').fill('Masowa 00007');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await count.textContent()).toBe('Zaznaczono 2 firmy');
    const searched = (await rows.first().getByTestId('company-link').textContent())!;
    await rows.first().getByTestId('company-select').check();
    expect(await count.textContent()).toBe('Zaznaczono 3 firmy');

    // Back to all, the next page: one more.
    await page.getByTestId('company-search').fill('');
    await expect.poll(() => rows.count()).toBe(25);
    expect(
      await rows.filter({ hasText: first!.name }).getByTestId('company-select').isChecked(),
    ).toBe(true);
    await page.getByTestId('page-next').click();
    await expect.poll(() => rows.count()).toBe(8);
    const last = (await rows.last().getByTestId('company-link').textContent())!;
    await rows.last().getByTestId('company-select').check();
    expect(await count.textContent()).toBe('Zaznaczono 4 firmy');

    // The bar names them as removable chips; removing one and ticking it again works.
    const chips = page.getByTestId('selection-chip');
    expect(await chips.allTextContents()).toEqual(
      [first!.name, second!.name, searched, last].map((name) => `${name}×`),
    );
    await chips
      .filter({ hasText: third!.name })
      .count()
      .then((n) => expect(n).toBe(0));
    await screenshot(page, 'companies-selection-chips');

    await page.getByTestId('action-notify').click();
    const dialog = page.getByTestId('notify-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('notify-recipients').textContent()).toBe(
      `Do: ${first!.name}, ${second!.name}, ${searched} i 1 inna`,
    );
    await dialog.getByTestId('notify-recipient-names-more').click();
    expect(await dialog.getByTestId('notify-recipient-names-shown').textContent()).toBe(
      [first!.name, second!.name, searched, last].join(', '),
    );
    const body = `Wybrane firmy ${Date.now()}`;
    await dialog.getByTestId('notify-body').fill(body);
    expect(await inView(page, 'notify-send')).toBe(true);
    await screenshot(page, 'notify-dialog-recipients');
    await dialog.getByTestId('notify-send').click();
    const result = dialog.getByTestId('notify-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toBe('Powiadomienie wysłano do 4 firm.');

    const reached: Array<{ name: string }> = await app.orm.em
      .fork()
      .execute(
        'select c.name from message m join company c on c.id = m.company_id where m.body = ?',
        [body],
      );
    expect(reached.map((r) => r.name).sort()).toEqual(
      [first!.name, second!.name, searched, last].sort(),
    );

    // "Select all matching" adds every match to what is ticked: 30 "Masowa", two already in.
    await dialog.getByTestId('notify-done').click();
    await page.getByTestId('company-search').fill('Masowa');
    await expect.poll(() => page.getByTestId('page-info').textContent()).toMatch(/z 30$/);
    await page.getByTestId('select-all-matching').click();
    await expect.poll(() => count.textContent()).toBe('Zaznaczono 32 firmy');
    expect(await chips.count()).toBe(6);
    expect(await page.getByTestId('selection-chips-more').textContent()).toBe('i 26 innych');
    await page.getByTestId('selection-chips-more').click();
    expect(await chips.count()).toBe(32);
    await chips.filter({ hasText: first!.name }).getByRole('button').click();
    expect(await count.textContent()).toBe('Zaznaczono 31 firm');
    expect(errors).toEqual([]);
  });
});

describe('the email dialog', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps its send button in view at ${size.width}×${size.height} with the picker open and a long text`, async () => {
      const { page, errors } = await open(size);
      await login(page, f.head.user.email, PASSWORD);
      await page.waitForURL((url) => url.pathname === '/companies');
      await page.getByTestId('select-page').check();
      await page.getByTestId('action-email').click();
      const dialog = page.getByTestId('email-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('email-subject').fill('Dokumenty');
      await dialog.getByTestId('email-editor').click();
      for (let i = 0; i < 12; i += 1) {
        await page.keyboard.type(`Akapit ${i + 1}: prosimy o dokumenty do 5. dnia miesiąca.`);
        await page.keyboard.press('Enter');
      }
      await dialog.getByTestId('email-add-attachment').click();
      await dialog.getByTestId('printout-picker').waitFor();
      expect(await dialog.getByTestId('email-recipients').textContent()).toMatch(
        /^Do: .+ i 22 inne$/,
      );
      // The period in Polish words, no "RRRR-MM".
      const month = dialog.getByTestId('period-month');
      expect(await month.locator('option:checked').textContent()).toMatch(
        /^(styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień)$/,
      );
      expect(await dialog.textContent()).not.toMatch(/RRRR|YYYY/);
      expect(await dialog.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
      expect(await inView(page, 'email-send')).toBe(true);
      // Scrolled to the top or the bottom, it is still there.
      await dialog.evaluate((d) => d.scrollTo(0, d.scrollHeight));
      expect(await inView(page, 'email-send')).toBe(true);
      await dialog.evaluate((d) => d.scrollTo(0, 0));
      expect(await inView(page, 'email-send')).toBe(true);
      if (size.width === 1280) await screenshot(page, 'email-dialog-footer');
      else await screenshot(page, 'email-dialog-footer-phone');
      expect(errors).toEqual([]);
    });
  }
});

describe('not found', () => {
  it("shows a caretaker another caretaker's company as a not-found page in Polish, without the id or English", async () => {
    const { page, errors } = await open();
    await login(page, f.caretaker.user.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/companies');
    // Company 1 has no caretaker (factories.ts: every other company is the caretaker's).
    const foreign = f.companies[1]!.company;
    await page.goto(`/companies/${foreign.id}`);
    const notFound = page.getByTestId('not-found');
    await notFound.waitFor();
    expect(await notFound.getByRole('heading').textContent()).toBe('Nie znaleziono firmy');
    const text = (await notFound.textContent())!;
    expect(text).not.toContain(foreign.id);
    expect(text).not.toContain(foreign.id.slice(0, 4));
    expect(text).not.toMatch(/not found|Company|Something|went wrong/i);
    expect(await page.getByRole('button', { name: 'Spróbuj ponownie' }).count()).toBe(0);
    await screenshot(page, 'company-not-found');
    await notFound.getByTestId('not-found-back').click();
    await page.waitForURL((url) => url.pathname === '/companies');
    expect(errors).toEqual([]);
  });
});
