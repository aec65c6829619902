import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBookkeeping } from '../../src/modules/bookkeeping/bookkeeping.demo.js';
import { OfficeVerification } from '../../src/modules/office/office.entity.js';
import {
  PDF,
  SEND_BULK_NOTIFICATION,
  SEND_MESSAGE,
  UPDATE_SMTP_INTEGRATION,
  upload,
} from '../authz.js';
import { officeFixture, PASSWORD } from '../factories.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';
import { downloadedBytes, launchBrowser, login, newContext, screenshot } from './browser.js';

/*
 * The four main jobs done with the keyboard alone: Tab, Shift+Tab, Space, Enter, Escape and typing
 * (logging in is set-up and goes through the login helper). Each checks the focus order where it
 * matters, that the focused control shows the focus ring, and that focus comes back to the button
 * that opened a dialog once it closes.
 */

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  await browser?.close();
  await app?.stop();
});

async function loggedIn(email: string): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, app.url);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await login(page, email, PASSWORD);
  return { page, errors };
}

const isFocused = (page: Page, selector: string) =>
  page
    .locator(`${selector}:focus`)
    .count()
    .then((n) => n === 1);

/** Presses Tab (Shift+Tab with `back`) until `selector` has focus; answers how many presses it took. */
async function tabTo(page: Page, selector: string, { back = false, max = 80 } = {}) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await isFocused(page, selector)) return presses;
  }
  throw new Error(`${selector} not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused element's ring, as computed: the tokens' dark ring with its white halo. */
async function expectFocusRing(page: Page): Promise<void> {
  const style = (await page.evaluate(`(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, shadow: s.boxShadow };
  })()`)) as { style: string; width: string; color: string; shadow: string };
  expect(style.style).toBe('solid');
  expect(Number.parseFloat(style.width)).toBeGreaterThanOrEqual(2);
  // --focus-ring (#1a4fd6) and --focus-halo (#ffffff), tokens.css.
  expect(style.color).toBe('rgb(26, 79, 214)');
  expect(style.shadow).toContain('rgb(255, 255, 255)');
}

const countMessages = async (companyIds: string[], body: string) => {
  const [row] = await app.orm.em.fork().execute<Array<{ n: string }>>(
    `select count(*) as n from message
        where company_id in (${companyIds.map(() => '?').join(', ')}) and body = ?`,
    [...companyIds, body],
  );
  return Number(row?.n);
};

describe('keyboard only', () => {
  it('ticks two companies with Space and sends them a notification; focus returns to NOTIFICATION', async () => {
    const f = await officeFixture(app, { companies: 3 });
    const { page, errors } = await loggedIn(f.head.user.email);
    await page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => page.getByTestId('company-row').count()).toBe(3);

    // The first Tab reaches the skip link, which shows itself and its ring.
    await page.keyboard.press('Tab');
    expect(await isFocused(page, 'a.skip')).toBe(true);
    expect(await page.locator('a.skip').isVisible()).toBe(true);
    await expectFocusRing(page);

    const box = '[data-testid="company-select"]';
    await tabTo(page, box);
    await expectFocusRing(page);
    await page.keyboard.press('Space');
    // From a row's box, the next stops are its company's link, then the next row's box.
    expect(await tabTo(page, box)).toBe(2);
    await page.keyboard.press('Space');
    const ticked = await page
      .locator(`[data-testid="company-row"]:has(${box}:checked)`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-company-id') ?? ''));
    expect(ticked).toHaveLength(2);
    expect(await page.getByTestId('selection-count').textContent()).toMatch(/\b2\b/);

    // The actions come before the table: back up to NOTIFICATION.
    await tabTo(page, '[data-testid="action-notify"]', { back: true });
    await expectFocusRing(page);
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('notify-dialog');
    await dialog.waitFor();
    // Escape closes it, and focus is back on the button that opened it.
    expect(await isFocused(page, '[data-testid="notify-body"]')).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(page, '[data-testid="action-notify"]')).toBe(true);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await isFocused(page, '[data-testid="notify-body"]')).toBe(true);
    const body = `Termin VAT mija 25. (klawiatura ${Date.now()})`;
    await page.keyboard.type(body);
    await tabTo(page, '[data-testid="notify-send"]');
    await expectFocusRing(page);
    await screenshot(page, 'keyboard-notify');
    await page.keyboard.press('Enter');
    await dialog.getByTestId('notify-result').waitFor({ timeout: 15_000 });
    if (!(await isFocused(page, '[data-testid="notify-done"]')))
      await tabTo(page, '[data-testid="notify-done"]');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(page, '[data-testid="action-notify"]')).toBe(true);
    await expectFocusRing(page);

    expect(await countMessages(ticked, body)).toBe(2);
    const untouched = f.companies.map((c) => c.company.id).filter((id) => !ticked.includes(id));
    expect(await countMessages(untouched, body)).toBe(0);
    expect(errors).toEqual([]);
  });

  describe('email with printouts', () => {
    let smtp: TestSmtp;
    beforeAll(async () => {
      smtp = await startTestSmtp({ users: { biuro: 'tajne-hasło' } });
    });
    afterAll(async () => {
      await smtp?.stop();
    });

    it('ticks the page, writes the email, picks printouts with Space and sends it', async () => {
      const f = await officeFixture(app, {
        companies: 2,
        verification: OfficeVerification.VERIFIED,
      });
      await seedBookkeeping(
        app.orm.em.fork(),
        f.companies.map((c) => c.company),
        new Date().getFullYear(),
      );
      ok(
        await app.gql(
          UPDATE_SMTP_INTEGRATION,
          {
            input: {
              host: '127.0.0.1',
              port: smtp.port,
              security: 'NONE',
              username: 'biuro',
              password: 'tajne-hasło',
              fromAddress: 'biuro@kancelaria.test',
              fromName: 'Kancelaria Test',
            },
          },
          f.head.token,
        ),
      );
      const { page, errors } = await loggedIn(f.head.user.email);
      await page.waitForURL((url) => url.pathname === '/companies');
      await expect.poll(() => page.getByTestId('company-row').count()).toBe(2);

      await tabTo(page, '[data-testid="select-page"]');
      await page.keyboard.press('Space');
      expect(await page.getByTestId('selection-count').textContent()).toMatch(/\b2\b/);
      await tabTo(page, '[data-testid="action-email"]', { back: true });
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('email-dialog');
      await dialog.waitFor();
      expect(await isFocused(page, '[data-testid="email-subject"]')).toBe(true);
      const subject = `Wydruki (klawiatura ${Date.now()})`;
      await page.keyboard.type(subject);
      // Subject, then the editor's toolbar, then the text.
      await tabTo(page, '[data-testid="email-editor"]', { max: 10 });
      await expectFocusRing(page);
      await page.keyboard.type('Dzień dobry, w załączeniu wydruki.');

      await tabTo(page, '[data-testid="email-add-attachment"]');
      await page.keyboard.press('Enter');
      const picker = dialog.getByTestId('printout-picker');
      await picker.waitFor();
      const option = '[data-testid="printout-option"] input[type="checkbox"]';
      await picker.locator(option).first().waitFor({ timeout: 15_000 });
      const options = await picker.locator(option).count();
      expect(options).toBeGreaterThan(0);
      for (let i = 0; i < options; i++) {
        await tabTo(page, option);
        await expectFocusRing(page);
        await page.keyboard.press('Space');
      }
      expect(await picker.locator(`${option}:checked`).count()).toBe(options);

      const before = smtp.transactions.length;
      await tabTo(page, '[data-testid="email-send"]');
      await expectFocusRing(page);
      await page.keyboard.press('Enter');
      const progress = dialog.getByTestId('email-progress');
      await progress.waitFor({ timeout: 15_000 });
      await expect.poll(() => progress.getAttribute('data-done'), { timeout: 30_000 }).toBe('true');
      // The counts are a polite live region, read out whole.
      const counts = dialog.getByTestId('email-progress-counts');
      expect(await counts.getAttribute('aria-live')).toBe('polite');
      expect(await counts.getAttribute('aria-atomic')).toBe('true');
      const sent = smtp.transactions.slice(before);
      expect(sent.map((t) => t.rcptTo).sort()).toEqual(
        f.companies.map((c) => [c.company.email]).sort(),
      );
      for (const mail of sent) expect(String(mail.mail.html)).toMatch(/\/files\/[0-9a-f-]{36}/);

      if (!(await isFocused(page, '[data-testid="email-done"]')))
        await tabTo(page, '[data-testid="email-done"]');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      expect(await isFocused(page, '[data-testid="action-email"]')).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it('opens a client question from the inbox with Enter and answers it in the thread', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { company, client } = f.companies[0]!;
    const question = 'Czy mogę odliczyć VAT od leasingu?';
    ok(
      await app.gql(
        SEND_MESSAGE,
        { input: { companyId: company.id, body: question } },
        client.token,
      ),
    );
    const { page, errors } = await loggedIn(f.head.user.email);
    await page.goto('/inbox');
    const conversation = `[data-testid="conversation"][data-company-id="${company.id}"]`;
    await page.locator(conversation).waitFor();
    await tabTo(page, conversation);
    await expectFocusRing(page);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/inbox/${company.id}`);
    const thread = page.getByTestId('thread');
    await thread.getByText(question).waitFor();
    expect(await thread.getAttribute('role')).toBe('log');

    // The thread scrolls, so it takes focus (arrows scroll it); the answer box follows it.
    await tabTo(page, '[data-testid="thread"]');
    await expectFocusRing(page);
    await tabTo(page, '[data-testid="reply-input"]');
    const answer = 'Tak, 50% przy użytku mieszanym.';
    await page.keyboard.type(answer);
    await tabTo(page, '[data-testid="reply-send"]');
    await expectFocusRing(page);
    await page.keyboard.press('Enter');
    await thread.getByText(answer).waitFor({ timeout: 15_000 });
    expect(await countMessages([company.id], answer)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('downloads an attachment of a message with Enter', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const { company, client } = f.companies[0]!;
    const pdf = PDF('klawiatura');
    const fileId = await upload(app, f.head.token, 'Zestawienie.pdf', pdf);
    ok(
      await app.gql(
        SEND_BULK_NOTIFICATION,
        {
          input: {
            companyIds: [company.id],
            body: 'Zestawienie w załączniku.',
            attachmentIds: [fileId],
          },
        },
        f.head.token,
      ),
    );
    const { page, errors } = await loggedIn(client.user.email);
    await page.goto(`/messages/${company.id}`);
    const attachment = page.getByTestId('attachment-link');
    await attachment.waitFor();
    expect(await page.getByTestId('thread').getAttribute('role')).toBe('log');
    // The avatar's count is a polite status, read out whole.
    const unread = page.getByTestId('unread-live');
    expect(await unread.getAttribute('role')).toBe('status');
    expect(await unread.getAttribute('aria-live')).toBe('polite');
    expect(await unread.getAttribute('aria-atomic')).toBe('true');
    await tabTo(page, '[data-testid="attachment-link"]');
    await expectFocusRing(page);
    // Its name is what it shows, with the action before it.
    expect(await attachment.getAttribute('aria-label')).toBeNull();
    expect(await attachment.textContent()).toMatch(/^Pobierz Zestawienie\.pdf \d+ B$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('Zestawienie.pdf');
    expect((await downloadedBytes(download)).equals(pdf)).toBe(true);
    expect(errors).toEqual([]);
  });
});
