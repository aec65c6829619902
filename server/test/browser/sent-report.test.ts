import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixtureOf, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
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

async function open(): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser, app.url);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const LATEST = graphql(`
  query SentReportLatest {
    broadcasts(first: 2) { edges { node { id readCount recipientCount remindsOf { id } } } }
  }
`);
const THREAD = graphql(`
  query SentReportThread($companyId: ID!) {
    messages(companyId: $companyId, first: 5) { edges { node { body kind } } }
  }
`);

describe('the report per send (office head and a client, two browsers)', () => {
  let f: OfficeFixtureOf<4>;

  beforeAll(async () => {
    f = await officeFixture(app, { companies: 4 });
  });

  it('shows read 1 of 3 live, filters the 2 who have not read, reminds exactly them and exports the table', async () => {
    const [reader, second, third, spare] = f.companies;
    const head = await open();
    await login(head.page, f.head.user.email, PASSWORD);
    await head.page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => head.page.getByTestId('company-row').count()).toBe(4);
    for (const { company } of [reader, second, third])
      await head.page
        .locator(
          `[data-testid="company-row"][data-company-id="${company.id}"] [data-testid="company-select"]`,
        )
        .check();
    await head.page.getByTestId('action-notify').click();
    const dialog = head.page.getByTestId('notify-dialog');
    const body = 'Prosimy o przesłanie wyciągów bankowych za listopad do 5 grudnia.';
    await dialog.getByTestId('notify-body').fill(body);
    await dialog.getByTestId('notify-send').click();
    await dialog.getByTestId('notify-result').waitFor({ timeout: 15_000 });
    await dialog.getByTestId('notify-done').click();
    const sent = ok(await app.gql(LATEST, {}, f.head.token)).broadcasts.edges[0]!.node;
    expect(sent).toMatchObject({ recipientCount: 3, readCount: 0 });

    // "Wysłane" lists it, unread; its report is open in the head's browser while the client reads.
    await head.page.locator('header.topbar nav').getByRole('link', { name: 'Wysłane' }).click();
    await head.page.waitForURL((url) => url.pathname === '/sent');
    const row = head.page.locator(`[data-testid="sent-row"][data-broadcast-id="${sent.id}"]`);
    await expect
      .poll(() => row.getByTestId('sent-read').textContent(), { timeout: 15_000 })
      .toBe('przeczytano 0 z 3');
    await row.getByRole('link', { name: body }).click();
    await head.page.waitForURL((url) => url.pathname === `/sent/${sent.id}`);
    const summary = head.page.getByTestId('report-read');
    await expect.poll(() => summary.textContent()).toBe('przeczytano 0 z 3');
    await head.page.evaluate("window.__reportMark = 'still here'");

    // The client of the first company opens the thread and reads the message there.
    const client = await open();
    await login(client.page, reader.client.user.email, PASSWORD);
    await client.page.goto(`/messages/${reader.company.id}`);
    await client.page.getByTestId('message').filter({ hasText: body }).waitFor();
    await expect
      .poll(
        async () => ok(await app.gql(LATEST, {}, f.head.token)).broadcasts.edges[0]!.node.readCount,
        { timeout: 15_000 },
      )
      .toBe(1);
    // The open report follows without a reload.
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toBe('przeczytano 1 z 3');
    expect(await head.page.evaluate('window.__reportMark')).toBe('still here');

    // Back on "Wysłane": read 1 of 3.
    await head.page.getByRole('link', { name: '← Wysłane' }).click();
    await head.page.waitForURL((url) => url.pathname === '/sent');
    await expect
      .poll(() => row.getByTestId('sent-read').textContent(), { timeout: 15_000 })
      .toBe('przeczytano 1 z 3');
    expect(await row.textContent()).toContain('Powiadomienie');
    expect(await row.textContent()).toContain(f.head.user.name);
    expect(await row.textContent()).toContain(body);
    await screenshot(head.page, 'sent-list');

    // The report: three companies, one read by the client, by name.
    await row.getByRole('link', { name: body }).click();
    await head.page.waitForURL((url) => url.pathname === `/sent/${sent.id}`);
    expect(await summary.textContent()).toBe('przeczytano 1 z 3');
    const rows = head.page.getByTestId('recipient-row');
    await expect.poll(() => rows.count()).toBe(3);
    const readRow = head.page.locator(
      `[data-testid="recipient-row"][data-company-id="${reader.company.id}"]`,
    );
    expect(await readRow.getAttribute('data-read')).toBe('true');
    expect(await readRow.getByTestId('recipient-read').textContent()).toContain(
      reader.client.user.name,
    );

    // "nie przeczytali": exactly the other two.
    await head.page.getByTestId('report-filter-unread').click();
    await head.page.waitForURL((url) => url.search === '?filter=unread');
    await expect.poll(() => rows.count()).toBe(2);
    const unreadIds = await rows.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-company-id')),
    );
    expect(unreadIds.sort()).toEqual([second.company.id, third.company.id].sort());
    expect(await head.page.getByTestId('report-total').textContent()).toBe('2 firmy');
    await screenshot(head.page, 'sent-report');

    // The CSV of the filtered table.
    const [download] = await Promise.all([
      head.page.waitForEvent('download'),
      head.page.getByTestId('report-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^raport-wysylki-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await downloadedBytes(download);
    // The byte order mark Excel needs for Polish letters (trim() would drop it from a string).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Firma;NIP;Przeczytano;/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[0])
        .sort(),
    ).toEqual([second.company.name, third.company.name].sort());

    // "Przypomnij nieczytającym" reaches exactly those two.
    await head.page.getByTestId('report-remind').click();
    const remind = head.page.getByTestId('remind-dialog');
    expect(await remind.getByTestId('remind-intro').textContent()).toContain('2 firmy');
    await screenshot(head.page, 'sent-remind');
    await remind.getByTestId('remind-send').click();
    const result = remind.getByTestId('remind-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toBe('Przypomnienie wysłano do 2 firm.');
    await remind.getByRole('button', { name: 'Zamknij' }).last().click();
    await remind.waitFor({ state: 'detached' });
    await head.page.getByTestId('report-reminders').waitFor({ timeout: 15_000 });

    const reminder = ok(await app.gql(LATEST, {}, f.head.token)).broadcasts.edges[0]!.node;
    expect(reminder).toMatchObject({ recipientCount: 2, remindsOf: { id: sent.id } });
    for (const { company, client: party } of [second, third]) {
      const thread = ok(await app.gql(THREAD, { companyId: company.id }, party.token)).messages;
      expect(thread.edges[0]?.node.body).toMatch(/^Przypominamy o naszej wiadomości z /);
    }
    for (const { company, client: party } of [reader, spare]) {
      const thread = ok(await app.gql(THREAD, { companyId: company.id }, party.token)).messages;
      expect(thread.edges.map((e) => e.node.body).join('\n')).not.toContain('Przypominamy');
    }
    expect(head.errors).toEqual([]);
    expect(client.errors).toEqual([]);
  });
});
