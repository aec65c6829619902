import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBookkeeping } from '../../src/modules/bookkeeping/bookkeeping.demo.js';
import { OfficeVerification } from '../../src/modules/office/office.entity.js';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';
import { downloadedBytes, launchBrowser, login, newContext, screenshot } from './browser.js';

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

interface Tab {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page. */
  errors: string[];
  /** Every download the page started. */
  downloads: Download[];
  /** Payloads of the socket frames the page received. */
  received: string[];
}

/** A fresh browser profile with one page, watched for errors, downloads and socket frames. */
async function open(size?: { width: number; height: number }): Promise<Tab> {
  const context = await newContext(browser, app.url, size);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const downloads: Download[] = [];
  const received: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('download', (download) => downloads.push(download));
  page.on('websocket', (socket) =>
    socket.on('framereceived', (frame) => received.push(String(frame.payload))),
  );
  return { context, page, errors, downloads, received };
}

/** Marks the current document: a reload or a server navigation would lose the mark. */
async function mark(page: Page): Promise<void> {
  await page.evaluate("window.__flowMark = 'still here'");
}

async function marked(page: Page): Promise<unknown> {
  return page.evaluate('window.__flowMark');
}

/** A tiny but well-formed PDF (the upload sniffs the type from the content). */
function smallPdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

const UNREAD = graphql(`
  query FlowsUnread($id: ID!) {
    unreadCount(companyId: $id)
  }
`);
const SET_SMTP = graphql(`
  mutation FlowsSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);

describe('notification flow (office head and client, two browsers)', () => {
  let f: OfficeFixture;

  beforeAll(async () => {
    f = await officeFixture(app, { companies: 4 });
  });

  it('sends a notification with a file to three companies; the client sees the badge, reads it live and downloads the file; the head sees the receipt live', async () => {
    const target = f.companies[0]!;
    const second = f.companies[1]!;
    const third = f.companies[2]!;
    const spare = f.companies[3]!;
    const client = target.client;
    // The client also belongs to a company that gets nothing: the start page shows both.
    await app.orm.em
      .fork()
      .execute('insert into company_member (company_id, user_id) values (?, ?)', [
        spare.company.id,
        client.user.id,
      ]);

    // B: the client, logged in before anything is sent, on their start page.
    const b = await open();
    await login(b.page, client.user.email, PASSWORD);
    await b.page.waitForURL((url) => url.pathname === '/messages');
    const clientCompanies = b.page.getByTestId('client-company');
    await expect.poll(() => clientCompanies.count()).toBe(2);
    const badge = b.page.getByTestId('unread-badge');
    // The badge's subscription has delivered its first value (0), so what follows is a live change.
    await expect
      .poll(() =>
        b.received.some(
          (frame) => frame.includes('"unreadCountChanged"') && frame.includes('"count":0'),
        ),
      )
      .toBe(true);
    // A badge of 0 is not shown.
    expect(await badge.textContent()).toBe('');
    expect(await b.page.locator('.avatar .badge').count()).toBe(0);
    await expect.poll(() => b.page.getByTestId('home-unread').getAttribute('data-count')).toBe('0');
    expect(await clientCompanies.getByTestId('company-unread').count()).toBe(0);
    await mark(b.page);

    // A: the head, through the login page.
    const a = await open();
    await a.page.goto('/login');
    await a.page.getByRole('button', { name: /zaloguj się/i }).waitFor();
    await screenshot(a.page, 'login');
    await login(a.page, f.head.user.email, PASSWORD);
    await a.page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => a.page.getByTestId('company-row').count()).toBe(4);
    for (const { company } of [target, second, third]) {
      await a.page
        .locator(
          `[data-testid="company-row"][data-company-id="${company.id}"] [data-testid="company-select"]`,
        )
        .check();
    }
    expect(await a.page.getByTestId('selection-count').textContent()).toMatch(/\b3\b/);
    expect(
      await a.page
        .locator(
          `[data-testid="company-row"][data-company-id="${spare.company.id}"] [data-testid="company-select"]`,
        )
        .isChecked(),
    ).toBe(false);
    await screenshot(a.page, 'companies-selected');

    await a.page.getByTestId('action-notify').click();
    const dialog = a.page.getByTestId('notify-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').first().textContent()).toContain('3');
    const body = 'Dzień dobry, w załączeniu zestawienie za październik. Prosimy o sprawdzenie.';
    await dialog.getByTestId('notify-body').fill(body);
    const pdf = smallPdf();
    const filename = 'Zestawienie październik.pdf';
    await dialog
      .getByTestId('notify-file')
      .setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: pdf });
    const uploaded = dialog.getByTestId('notify-uploaded');
    await uploaded.waitFor({ timeout: 15_000 });
    expect(await uploaded.textContent()).toContain(filename);
    expect(await uploaded.getAttribute('data-upload-id')).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(a.page, 'notify-dialog');

    await dialog.getByTestId('notify-send').click();
    const result = dialog.getByTestId('notify-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toBe('Powiadomienie wysłano do 3 firm.');
    await dialog.getByTestId('notify-done').click();
    await dialog.waitFor({ state: 'detached' });

    // B: the badge moves to 1 on its own, and the list says which company it is for.
    await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toBe('1');
    const targetRow = b.page.locator(
      `[data-testid="client-company"][data-company-id="${target.company.id}"]`,
    );
    await expect
      .poll(
        () =>
          targetRow
            .getByTestId('company-unread')
            .textContent()
            .catch(() => null),
        { timeout: 15_000 },
      )
      .toBe('1 nieprzeczytana');
    expect(
      await b.page
        .locator(`[data-testid="client-company"][data-company-id="${spare.company.id}"]`)
        .getByTestId('company-unread')
        .count(),
    ).toBe(0);
    expect(await marked(b.page)).toBe('still here');
    expect(new URL(b.page.url()).pathname).toBe('/messages');
    await screenshot(b.page, 'client-messages-badge');

    // A: the office inbox lists client conversations, which a notification does not start; the
    // target company's thread is reached from its card, the message still unread there.
    await a.page
      .locator('header.topbar nav')
      .getByRole('link', { name: 'Pytania klientów' })
      .click();
    await a.page.waitForURL((url) => url.pathname === '/inbox');
    await a.page.locator('.empty-state').waitFor({ timeout: 15_000 });
    expect(await a.page.getByTestId('conversation').count()).toBe(0);
    await a.page.locator('header.topbar nav').getByRole('link', { name: 'Firmy' }).click();
    await a.page
      .locator(
        `[data-testid="company-row"][data-company-id="${target.company.id}"] [data-testid="company-link"]`,
      )
      .click();
    await a.page.getByTestId('company-thread-link').click();
    await a.page.waitForURL((url) => url.pathname === `/inbox/${target.company.id}`);
    const sentMessage = a.page.getByTestId('message').filter({ hasText: body });
    await sentMessage.waitFor();
    expect(await sentMessage.locator('.receipt-pending').textContent()).toBe(
      'jeszcze nieprzeczytane',
    );
    expect(await sentMessage.getByTestId('receipt').count()).toBe(0);
    await mark(a.page);

    // B opens the company's messages: the message is there, and once it has been on screen for a
    // second it is read, which clears the badge.
    await targetRow.getByRole('link', { name: target.company.name }).click();
    await b.page.waitForURL((url) => url.pathname === `/messages/${target.company.id}`);
    const received = b.page.getByTestId('message').filter({ hasText: body });
    await received.waitFor();
    expect(await received.getAttribute('data-kind')).toBe('NOTIFICATION');
    await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toBe('');
    expect(await marked(b.page)).toBe('still here');

    // A: the receipt arrives in the open thread without a reload.
    const receipt = sentMessage.getByTestId('receipt');
    await expect
      .poll(() => receipt.textContent().catch(() => null), { timeout: 15_000 })
      .toContain(client.user.name);
    expect(await receipt.getAttribute('data-user-id')).toBe(client.user.id);
    expect(await sentMessage.locator('.receipt-pending').count()).toBe(0);
    expect(await marked(a.page)).toBe('still here');
    await screenshot(a.page, 'thread-receipts');

    // B downloads the attachment: the very bytes that were uploaded.
    const attachment = received.getByTestId('attachment-link');
    expect(await attachment.textContent()).toContain(filename);
    const [download] = await Promise.all([b.page.waitForEvent('download'), attachment.click()]);
    expect(download.suggestedFilename()).toBe(filename);
    expect((await downloadedBytes(download)).equals(pdf)).toBe(true);
    await screenshot(b.page, 'client-thread');

    // A client with one company, on a phone: the start page, then the messages; reading clears the badge.
    const phone = await open({ width: 390, height: 844 });
    await login(phone.page, second.client.user.email, PASSWORD);
    await phone.page.waitForURL((url) => url.pathname === '/messages');
    await phone.page.getByTestId('open-thread').click();
    await phone.page.waitForURL((url) => url.pathname === `/messages/${second.company.id}`);
    const phoneMessage = phone.page.getByTestId('message').filter({ hasText: body });
    await phoneMessage.waitFor();
    expect(await phoneMessage.getByTestId('attachment-link').textContent()).toContain(filename);
    await expect
      .poll(() => phone.page.getByTestId('unread-badge').textContent(), { timeout: 15_000 })
      .toBe('');
    // Nothing is wider than the screen.
    expect(await phone.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    await screenshot(phone.page, 'client-phone');

    // The company that got nothing still has nothing.
    expect(ok(await app.gql(UNREAD, { id: spare.company.id }, client.token)).unreadCount).toBe(0);
    expect([...a.errors, ...b.errors, ...phone.errors]).toEqual([]);
  });
});

describe('email flow (SMTP, printouts, links that open after logging in)', () => {
  const YEAR = 2025;
  let f: OfficeFixture;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'tajne-hasło' } });
    f = await officeFixture(app, { companies: 3, verification: OfficeVerification.VERIFIED });
    await seedBookkeeping(
      app.orm.em.fork(),
      f.companies.map((c) => c.company),
      YEAR,
    );
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
            fromName: 'Kancelaria Test',
          },
        },
        f.head.token,
      ),
    );
  });

  afterAll(async () => {
    await smtp?.stop();
  });

  it('emails companies of three taxation forms with their printouts; live progress reaches done; the link downloads for its own client only', async () => {
    // FULL_ACCOUNTING, TAX_BOOK, LUMP_SUM (factories.ts).
    const full = f.companies[0]!;
    const taxBook = f.companies[1]!;
    const lumpSum = f.companies[2]!;
    const a = await open();
    await login(a.page, f.head.user.email, PASSWORD);
    await a.page.waitForURL((url) => url.pathname === '/companies');
    await a.page.getByTestId('view-tab-accounting').click();
    await a.page.locator('[data-testid="company-table"][data-view="accounting"]').waitFor();
    await expect.poll(() => a.page.getByTestId('company-row').count()).toBe(3);
    const forms = await a.page
      .locator('[data-testid="company-row"] td[data-column="taxForm"]')
      .allTextContents();
    expect(new Set(forms)).toEqual(new Set(['Pełna księgowość', 'KPiR', 'Ryczałt']));
    await a.page.getByTestId('select-page').check();
    expect(await a.page.getByTestId('selection-count').textContent()).toMatch(/\b3\b/);

    const action = a.page.getByTestId('action-email');
    expect(await action.isEnabled()).toBe(true);
    await action.click();
    const dialog = a.page.getByTestId('email-dialog');
    await dialog.waitFor();
    const subject = 'Dokumenty za październik 2025';
    await dialog.getByTestId('email-subject').fill(subject);
    await dialog.getByTestId('email-editor').click();
    await a.page.keyboard.type('Dzień dobry,');
    await a.page.keyboard.press('Enter');
    await a.page.keyboard.type('przesyłamy wydruki za październik.');

    await dialog.getByTestId('email-add-attachment').click();
    const picker = dialog.getByTestId('printout-picker');
    await picker.waitFor();
    // Month and year in Polish words, no "RRRR-MM".
    await picker.getByTestId('period-year').selectOption(String(YEAR));
    await picker.getByTestId('period-month').selectOption({ label: 'październik' });
    expect(await picker.textContent()).not.toContain('RRRR');
    const option = (kind: string) =>
      picker.locator(`[data-testid="printout-option"][data-kind="${kind}"]`);
    const row = (kind: string) =>
      picker
        .locator('li')
        .filter({ has: a.page.locator(`[data-testid="printout-option"][data-kind="${kind}"]`) });
    await option('LEDGER').waitFor({ timeout: 15_000 });
    const recordOf = { LEDGER: full, TAX_BOOK: taxBook, REVENUE_RECORD: lumpSum };
    for (const [kind, owner] of Object.entries(recordOf)) {
      // Each record type applies to exactly one of the three companies, which it names.
      const applies = row(kind).getByTestId('printout-applies');
      expect(await applies.textContent()).toBe('(dotyczy 1 z 3 firm)');
      await applies.click();
      const names = row(kind).getByTestId('printout-companies');
      expect(await names.isVisible()).toBe(true);
      expect(await names.textContent()).toBe(owner.company.name);
      await option(kind).locator('input[type="checkbox"]').check();
    }
    // The chosen printouts are listed once: by their ticked boxes while the picker shows their
    // month, then in the list once it is closed.
    const chosen = dialog.getByTestId('email-chosen-printout');
    expect(await chosen.count()).toBe(0);
    await dialog.getByTestId('email-add-attachment').click();
    await expect.poll(() => chosen.count()).toBe(3);
    expect(
      await chosen.evaluateAll((items) => items.map((item) => item.getAttribute('data-period'))),
    ).toEqual([`${YEAR}-10`, `${YEAR}-10`, `${YEAR}-10`]);
    expect(await chosen.first().textContent()).toContain(`październik ${YEAR}`);
    await dialog.getByTestId('email-add-attachment').click();
    await picker.waitFor();
    // The send button stays in view while the dialog's body scrolls.
    const send = await dialog.getByTestId('email-send').boundingBox();
    expect(send).not.toBeNull();
    expect(send!.y).toBeGreaterThanOrEqual(0);
    expect(send!.y + send!.height).toBeLessThanOrEqual(800);
    await screenshot(a.page, 'email-dialog-printouts');

    const before = smtp.transactions.length;
    await dialog.getByTestId('email-send').click();
    const progress = dialog.getByTestId('email-progress');
    await progress.waitFor({ timeout: 15_000 });
    await expect.poll(() => progress.getAttribute('data-done'), { timeout: 30_000 }).toBe('true');
    expect(await dialog.getByTestId('email-sent-count').getAttribute('data-count')).toBe('3');
    expect(await dialog.getByTestId('email-failed-count').getAttribute('data-count')).toBe('0');
    const bar = dialog.getByTestId('email-progress-bar');
    expect([await bar.getAttribute('value'), await bar.getAttribute('max')]).toEqual(['3', '3']);
    expect(await dialog.getByTestId('email-result').textContent()).toBe(
      'E-mail dotarł do serwera pocztowego dla 3 firm.',
    );
    await screenshot(a.page, 'email-progress');

    // One mail per company, each with its own record only.
    const sent = smtp.transactions.slice(before);
    expect(sent.map((t) => t.rcptTo).sort()).toEqual(
      [[full.company.email], [taxBook.company.email], [lumpSum.company.email]].sort(),
    );
    const mailOf = (email: string) => sent.find((t) => t.rcptTo.includes(email))!;
    const mail = mailOf(lumpSum.company.email);
    expect(mail.mail.subject).toBe(subject);
    const html = String(mail.mail.html);
    expect(html).toContain('przesyłamy wydruki za październik.');
    expect(html).toContain('Ewidencja przychodów');
    expect(html).not.toContain('Księga handlowa');
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(1);
    const link = links[0]!;
    expect(link).toMatch(new RegExp(`^${app.url}/files/[0-9a-f-]{36}$`));
    const fileId = link.split('/').pop()!;

    // Its own client, logged out: the link leads to the login page, then to the file.
    const owner = await open();
    await owner.page.goto(link);
    await owner.page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(owner.page.url()).searchParams.get('next')).toBe(`/files/${fileId}`);
    expect(await owner.page.locator('.login-form .hint').textContent()).toBe(
      'Po zalogowaniu przejdziesz dalej.',
    );
    expect(owner.downloads).toEqual([]);
    await screenshot(owner.page, 'login-file-link');
    const [download] = await Promise.all([
      owner.page.waitForEvent('download', { timeout: 20_000 }),
      login(owner.page, lumpSum.client.user.email, PASSWORD),
    ]);
    expect(new URL(owner.page.url()).pathname).toBe(`/files/${fileId}`);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await downloadedBytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const ownerStatus = owner.page.getByTestId('file-status');
    await expect.poll(() => ownerStatus.getAttribute('data-status')).toBe('saved');
    expect(await ownerStatus.textContent()).toBe(`Pobrano ${download.suggestedFilename()}.`);
    await screenshot(owner.page, 'file-downloaded');

    // A client of another company of the same office: the same link is "not found", and nothing is saved.
    const stranger = await open();
    await stranger.page.goto(link);
    await stranger.page.waitForURL((url) => url.pathname === '/login');
    await login(stranger.page, full.client.user.email, PASSWORD);
    expect(new URL(stranger.page.url()).pathname).toBe(`/files/${fileId}`);
    const strangerStatus = stranger.page.getByTestId('file-status');
    await expect
      .poll(() => strangerStatus.getAttribute('data-status'), { timeout: 15_000 })
      .toBe('not-found');
    expect(await strangerStatus.textContent()).toContain('Nie znaleziono pliku');
    expect(stranger.downloads).toEqual([]);
    await screenshot(stranger.page, 'file-not-found');

    expect([...a.errors, ...owner.errors, ...stranger.errors]).toEqual([]);
  });
});
