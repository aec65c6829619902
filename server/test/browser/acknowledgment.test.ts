import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixtureOf, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

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

async function open(): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, app.url);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const ACK_BROWSER_LATEST = graphql(`
  query AckBrowserLatest {
    broadcasts(first: 2) {
      edges { node { id requireAcknowledgment acknowledgedCount recipientCount remindsOf { id } } }
    }
  }
`);
const ACK_BROWSER_THREAD = graphql(`
  query AckBrowserThread($companyId: ID!) {
    messages(companyId: $companyId, first: 5) {
      edges { node { body acknowledgedAt acknowledgedBy { id } } }
    }
  }
`);

describe('acknowledgment of receipt (office head and a client, two browsers)', () => {
  let f: OfficeFixtureOf<3>;

  beforeAll(async () => {
    f = await officeFixture(app, { companies: 3 });
  });

  it('the office asks, the client clicks "Potwierdzam odbiór", the open report shows it, the rest are reminded', async () => {
    const [confirming, silent] = f.companies;
    const head = await open();
    await login(head.page, f.head.user.email, PASSWORD);
    await head.page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => head.page.getByTestId('company-row').count()).toBe(3);
    for (const { company } of [confirming, silent])
      await head.page
        .locator(
          `[data-testid="company-row"][data-company-id="${company.id}"] [data-testid="company-select"]`,
        )
        .check();
    await head.page.getByTestId('action-notify').click();
    const dialog = head.page.getByTestId('notify-dialog');
    const body = 'Przesyłamy zestawienie należności za listopad. Prosimy o potwierdzenie odbioru.';
    await dialog.getByTestId('notify-body').fill(body);
    await dialog.getByTestId('require-acknowledgment').check();
    await screenshot(head.page, 'acknowledgment-notify');
    await dialog.getByTestId('notify-send').click();
    await dialog.getByTestId('notify-result').waitFor({ timeout: 15_000 });
    await dialog.getByTestId('notify-done').click();
    const sent = ok(await app.gql(ACK_BROWSER_LATEST, {}, f.head.token)).broadcasts.edges[0]!.node;
    expect(sent).toMatchObject({ requireAcknowledgment: true, recipientCount: 2 });

    // The head keeps the report open while the client confirms.
    await head.page.goto(`/sent/${sent.id}`);
    const summary = head.page.getByTestId('report-acknowledged');
    await expect
      .poll(() => summary.textContent(), { timeout: 15_000 })
      .toBe('potwierdzono odbiór 0 z 2');
    await head.page.evaluate("window.__reportMark = 'still here'");

    // The client sees the button on the start page and in the thread, and confirms in the thread.
    const client = await open();
    await login(client.page, confirming.client.user.email, PASSWORD);
    await client.page.waitForURL((url) => url.pathname === '/messages');
    const onHome = client.page.getByTestId('client-company').getByTestId('acknowledge');
    await onHome.waitFor({ timeout: 15_000 });
    expect(await onHome.textContent()).toBe('Potwierdzam odbiór');
    await screenshot(client.page, 'acknowledgment-client-home');
    await client.page.goto(`/messages/${confirming.company.id}`);
    const message = client.page.getByTestId('message').filter({ hasText: body });
    await message.getByTestId('acknowledge').click();
    const done = message.getByTestId('acknowledged');
    await done.waitFor({ timeout: 15_000 });
    expect(await done.textContent()).toMatch(
      new RegExp(`Potwierdzono odbiór .*\\d{2}:\\d{2}.*${confirming.client.user.name}`),
    );
    expect(await message.getByTestId('acknowledge').count()).toBe(0);
    await screenshot(client.page, 'acknowledgment-thread');
    const thread = ok(
      await app.gql(ACK_BROWSER_THREAD, { companyId: confirming.company.id }, f.head.token),
    ).messages.edges[0]!.node;
    expect(thread).toMatchObject({ body, acknowledgedBy: { id: confirming.client.user.id } });

    // The office's open report follows without a reload: 1 of 2, the name in the row.
    await expect
      .poll(() => summary.textContent(), { timeout: 15_000 })
      .toBe('potwierdzono odbiór 1 z 2');
    expect(await head.page.evaluate('window.__reportMark')).toBe('still here');
    const confirmedRow = head.page.locator(
      `[data-testid="recipient-row"][data-company-id="${confirming.company.id}"]`,
    );
    await expect
      .poll(() => confirmedRow.getByTestId('recipient-acknowledged').textContent())
      .toContain(confirming.client.user.name);
    expect(await confirmedRow.getAttribute('data-acknowledged')).toBe('true');
    await screenshot(head.page, 'acknowledgment-report');

    // "nie potwierdzili odbioru": the other company only; the reminder goes to it alone.
    await head.page.getByTestId('report-filter-unacknowledged').click();
    const rows = head.page.getByTestId('recipient-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-company-id')).toBe(silent.company.id);
    await head.page.getByTestId('report-remind').click();
    const remind = head.page.getByTestId('remind-dialog');
    await remind.getByTestId('remind-target-UNACKNOWLEDGED').check();
    expect(await remind.getByTestId('remind-intro').textContent()).toContain(
      'nikt nie potwierdził odbioru',
    );
    await screenshot(head.page, 'acknowledgment-remind');
    await remind.getByTestId('remind-send').click();
    await remind.getByTestId('remind-result').waitFor({ timeout: 15_000 });
    expect(await remind.getByTestId('remind-result').textContent()).toBe(
      'Przypomnienie wysłano do 1 firmy.',
    );
    const reminder = ok(await app.gql(ACK_BROWSER_LATEST, {}, f.head.token)).broadcasts.edges[0]!
      .node;
    expect(reminder).toMatchObject({ recipientCount: 1, remindsOf: { id: sent.id } });
    const reminded = ok(
      await app.gql(ACK_BROWSER_THREAD, { companyId: silent.company.id }, silent.client.token),
    ).messages.edges[0]!.node;
    expect(reminded.body).toMatch(/^Prosimy o potwierdzenie odbioru naszej wiadomości z /);

    // The company card lists the message with who confirmed it.
    await head.page.goto(`/companies/${confirming.company.id}`);
    await head.page.getByTestId('crm-tab-acknowledgments').click();
    const item = head.page.getByTestId('acknowledgment-item');
    await item.first().waitFor({ timeout: 15_000 });
    expect(await item.count()).toBe(1);
    expect(await item.first().getAttribute('data-acknowledged')).toBe('true');
    expect(await item.first().textContent()).toContain(confirming.client.user.name);
    await screenshot(head.page, 'acknowledgment-company-card');

    expect(head.errors).toEqual([]);
    expect(client.errors).toEqual([]);
  });
});
