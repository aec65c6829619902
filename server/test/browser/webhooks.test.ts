import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';
import { startWebhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

/** The README's check: HMAC-SHA256 of "<t>.<body>" with the secret, compared in constant time. */
function signedWith(secret: string, header: string, raw: string): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((p) => p.split('=', 2) as [string, string]),
  );
  const expected = createHmac('sha256', secret).update(`${parts.t}.${raw}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('settings: webhooks in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let receiver: WebhookReceiver;
  let f: OfficeFixture;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    receiver = await startWebhookReceiver();
    f = await officeFixture(app, { companies: 2 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await receiver?.stop();
  });

  it('adds a webhook for a local receiver, shows its secret once, lists its delivery, and deletes it', async () => {
    const context = await newContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await login(page, f.head.user.email, PASSWORD);
    await page.goto('/settings#webhooks');
    const section = page.getByTestId('webhooks');
    await section.getByText('Biuro nie ma jeszcze webhooków.').waitFor();

    await section.getByTestId('webhook-new').click();
    const dialog = page.getByTestId('create-webhook');
    // A private address is refused with the reason next to the field, and nothing is kept.
    await dialog.getByTestId('webhook-url').fill('https://10.0.0.1/hooks');
    await dialog.getByTestId('webhook-create').click();
    await dialog.getByText('Podaj adres https:// serwera dostępnego z internetu.').waitFor();
    await dialog.getByTestId('webhook-url').fill(receiver.url);
    await dialog.getByTestId('webhook-event-QUESTION_RECEIVED').check();
    await screenshot(page, 'settings-webhook-create');
    await dialog.getByTestId('webhook-create').click();
    const secret = await page.getByTestId('webhook-secret-value').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await screenshot(page, 'settings-webhook-secret');
    await page.getByTestId('webhook-secret-done').click();
    await page.getByTestId('webhook-secret').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    const row = section.getByTestId('webhook-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(
      /Nowa wiadomość biura, Pytanie klienta, Klient przeczytał wiadomość.*Aktywny/,
    );

    // A client's question reaches the receiver, signed with the secret the page showed.
    const company = f.companies[0]!;
    const ask = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${company.client.token}`,
      },
      body: JSON.stringify({
        query: 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
        variables: { input: { companyId: company.company.id, body: 'Czy mogę przesłać faktury?' } },
      }),
    });
    expect(ask.status).toBe(200);
    await expect.poll(() => receiver.of('question.received').length).toBe(1);
    const [event] = receiver.of('question.received');
    expect(signedWith(secret, String(event!.headers['ledgerpost-signature']), event!.raw)).toBe(
      true,
    );

    await row.getByTestId('webhook-deliveries-toggle').click();
    const deliveries = page.getByTestId('webhook-deliveries');
    await expect
      .poll(async () => {
        await deliveries.getByTestId('webhook-deliveries-refresh').click();
        return deliveries
          .locator('[data-testid="webhook-delivery-row"][data-status="DELIVERED"]')
          .count();
      })
      .toBe(1);
    expect(await deliveries.getByTestId('webhook-delivery-row').textContent()).toMatch(
      /Pytanie klienta.*Dostarczone.*200.*1/,
    );
    // The row follows: the last delivery is known, no failures.
    await expect.poll(() => row.textContent()).not.toContain('jeszcze nie');
    await screenshot(page, 'settings-webhooks');

    await row.getByTestId('webhook-delete').click();
    await page.getByTestId('delete-webhook-confirm').click();
    await section.getByTestId('webhooks-notice').waitFor();
    await section.getByText('Biuro nie ma jeszcze webhooków.').waitFor();
    await context.close();
  });
});
