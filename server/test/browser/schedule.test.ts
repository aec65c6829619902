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
  app = await startTestApp({ scheduledSendPollMs: 500 });
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
  query SchedBrowserLatest {
    broadcasts(first: 1) { edges { node { id status sendAt recipientCount } } }
  }
`);
const NOTIFY = graphql(`
  mutation SchedBrowserNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const THREAD = graphql(`
  query SchedBrowserThread($companyId: ID!) {
    messages(companyId: $companyId, first: 5) { totalCount edges { node { body } } }
  }
`);

/** Warsaw's date and time of an instant, as the dialog's fields take them. */
function warsaw(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Warsaw',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

describe('send later, cancel and recall (office head and a client)', () => {
  let f: OfficeFixtureOf<3>;

  beforeAll(async () => {
    f = await officeFixture(app, { companies: 3 });
  });

  it('schedules a notification for tomorrow 9:00, shows it in Wysłane, and cancels it: nothing reaches the client', async () => {
    const [first, second] = f.companies;
    const head = await open();
    await login(head.page, f.head.user.email, PASSWORD);
    await head.page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => head.page.getByTestId('company-row').count()).toBe(3);
    for (const { company } of [first, second])
      await head.page
        .locator(
          `[data-testid="company-row"][data-company-id="${company.id}"] [data-testid="company-select"]`,
        )
        .check();
    await head.page.getByTestId('action-notify').click();
    const dialog = head.page.getByTestId('notify-dialog');
    const body = 'Przypominamy o terminie JPK_V7M — 25 grudnia.';
    await dialog.getByTestId('notify-body').fill(body);
    await dialog.getByTestId('send-later-toggle').check();
    // A moment already past is refused before anything is sent.
    const past = warsaw(new Date(Date.now() - 2 * 86_400_000));
    await dialog.getByTestId('send-later-date').fill(past.date);
    expect(await dialog.getByTestId('send-later-problem').textContent()).toContain('minęła');
    expect(await dialog.getByTestId('notify-send').isDisabled()).toBe(true);
    const tomorrow = warsaw(new Date(Date.now() + 86_400_000));
    await dialog.getByTestId('send-later-date').fill(tomorrow.date);
    await dialog.getByTestId('send-later-time').fill('09:00');
    expect(await dialog.getByTestId('send-later-problem').count()).toBe(0);
    expect(await dialog.getByTestId('notify-send').textContent()).toBe('Zaplanuj');
    await screenshot(head.page, 'notify-send-later');
    await dialog.getByTestId('notify-send').click();
    const result = dialog.getByTestId('notify-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toContain('Zaplanowano wysyłkę do 2 firm');
    expect(await result.textContent()).toContain('09:00');
    await dialog.getByTestId('notify-done').click();

    const scheduled = ok(await app.gql(LATEST, {}, f.head.token)).broadcasts.edges[0]!.node;
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', recipientCount: 2 });
    expect(warsaw(new Date(scheduled.sendAt!))).toEqual({ date: tomorrow.date, time: '09:00' });

    // "Wysłane": the scheduled send with its time.
    await head.page.locator('header.topbar nav').getByRole('link', { name: 'Wysłane' }).click();
    await head.page.waitForURL((url) => url.pathname === '/sent');
    const row = head.page.locator(`[data-testid="sent-row"][data-broadcast-id="${scheduled.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('sent-status').getAttribute('data-status')).toBe('SCHEDULED');
    expect(await row.getByTestId('sent-send-at').textContent()).toContain('09:00');
    await screenshot(head.page, 'sent-scheduled');

    // Its report: cancel, confirmed.
    await row.getByRole('link', { name: body }).click();
    await head.page.waitForURL((url) => url.pathname === `/sent/${scheduled.id}`);
    await head.page.getByTestId('report-cancel').click();
    const confirm = head.page.getByTestId('lifecycle-dialog');
    expect(await confirm.getByTestId('lifecycle-text').textContent()).toContain(
      'nie wyjdzie do żadnej firmy',
    );
    await screenshot(head.page, 'sent-cancel-confirm');
    await confirm.getByTestId('lifecycle-confirm').click();
    await expect
      .poll(() => head.page.getByTestId('report-status').textContent(), { timeout: 15_000 })
      .toBe('Anulowana');
    expect(await head.page.getByTestId('report-cancel-reason').textContent()).toContain(
      'Anulowana przez biuro',
    );
    expect(await head.page.getByTestId('report-cancel').count()).toBe(0);
    await screenshot(head.page, 'sent-cancelled');
    const after = ok(await app.gql(LATEST, {}, f.head.token)).broadcasts.edges[0]!.node;
    expect(after.status).toBe('CANCELLED');
    for (const { company, client } of [first, second])
      expect(
        ok(await app.gql(THREAD, { companyId: company.id }, client.token)).messages.totalCount,
      ).toBe(0);
    expect(head.errors).toEqual([]);
  });

  it('recalls a sent notification: the client who had not read it no longer sees it, live and after a refresh', async () => {
    const [, , target] = f.companies;
    const body = 'Ta wiadomość poszła przez pomyłkę.';
    const sent = ok(
      await app.gql(NOTIFY, { input: { companyIds: [target.company.id], body } }, f.head.token),
    ).sendBulkNotification;
    const client = await open();
    await login(client.page, target.client.user.email, PASSWORD);
    await client.page.goto('/');
    await client.page.getByTestId('digest-message').filter({ hasText: body }).waitFor();

    const head = await open();
    await login(head.page, f.head.user.email, PASSWORD);
    await head.page.goto(`/sent/${sent.id}`);
    await head.page.getByTestId('report-recall').click();
    const confirm = head.page.getByTestId('lifecycle-dialog');
    expect(await confirm.getByTestId('lifecycle-text').textContent()).toContain('zachowają je');
    await screenshot(head.page, 'sent-recall-confirm');
    await confirm.getByTestId('lifecycle-confirm').click();
    await expect
      .poll(() => head.page.getByTestId('report-status').textContent(), { timeout: 15_000 })
      .toBe('Wycofana');
    await head.page.getByTestId('recipient-recalled').waitFor();
    await screenshot(head.page, 'sent-recalled');

    // Live: the open start page drops it without a reload.
    await expect
      .poll(() => client.page.getByTestId('digest-message').filter({ hasText: body }).count(), {
        timeout: 15_000,
      })
      .toBe(0);
    await client.page.reload();
    await client.page.getByTestId('client-company').first().waitFor();
    await client.page.getByTestId('home-unread').waitFor();
    expect(await client.page.getByTestId('digest-message').filter({ hasText: body }).count()).toBe(
      0,
    );
    expect(client.errors).toEqual([]);
    expect(head.errors).toEqual([]);
  });
});
