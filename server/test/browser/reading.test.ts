import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeFixture, PASSWORD } from '../factories.js';
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

async function open(size?: { width: number; height: number }): Promise<{
  page: Page;
  errors: string[];
}> {
  const context = await newContext(browser, app.url, size);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const NOTIFY = graphql(`
  mutation ReadingNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const ASK = graphql(`
  mutation ReadingAsk($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const RECEIPTS = graphql(`
  query ReadingReceipts($id: ID!) {
    messages(companyId: $id, first: 100) {
      edges { node { id body receipts { readAt user { id } } } }
    }
  }
`);

/** The window seems out of focus to the page (document.hasFocus), and says so (blur). */
const LOSE_FOCUS = `Object.defineProperty(document, 'hasFocus', { value: () => false, configurable: true });
  window.dispatchEvent(new Event('blur'));`;
const REGAIN_FOCUS = `delete document.hasFocus; window.dispatchEvent(new Event('focus'));`;

/** The message id of the element after the "Nowe" divider. */
const AFTER_DIVIDER = `document.querySelector('[data-testid="new-divider"]')?.nextElementSibling?.dataset.messageId`;

/** A long body: a few of them fill the screen, so the oldest start out of view. */
const long = (title: string) =>
  `${title}. ${'Prosimy o dostarczenie dokumentów za miesiąc, w tym faktur kosztowych, wyciągów bankowych i list płac. '.repeat(4)}`;

describe('reading means seeing', () => {
  it('reads nothing on landing or without focus; a message is read after a second on screen, one below the fold only when scrolled to; "Nowe" stays', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const [{ company, client }] = f.companies;
    const titles = Array.from({ length: 8 }, (_, i) => `Wiadomość ${i + 1}`);
    for (const title of titles)
      ok(
        await app.gql(
          NOTIFY,
          { input: { companyIds: [company.id], body: long(title) } },
          f.head.token,
        ),
      );
    /** Read receipts of the client, by message title, as the office sees them. */
    const readTitles = async () => {
      const { messages } = ok(await app.gql(RECEIPTS, { id: company.id }, f.head.token));
      return messages.edges
        .filter((e) => e.node.receipts.some((r) => r.user.id === client.user.id && r.readAt))
        .map((e) => e.node.body.split('.')[0])
        .sort();
    };

    // The client lands on the start page: counts and newest messages, nothing read.
    const { page, errors } = await open();
    await login(page, client.user.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/messages');
    await expect.poll(() => page.getByTestId('home-unread').getAttribute('data-count')).toBe('8');
    await expect.poll(() => page.getByTestId('digest-message').count()).toBe(5);
    expect(await page.getByTestId('unread-badge').textContent()).toBe('8');
    await page.waitForTimeout(1500);
    expect(await readTitles()).toEqual([]);
    await screenshot(page, 'client-home');

    // The window loses focus before the thread opens: messages on screen are not read meanwhile.
    await page.evaluate(LOSE_FOCUS);
    await page.getByTestId('open-thread').click();
    await page.waitForURL((url) => url.pathname === `/messages/${company.id}`);
    await page.getByTestId('message').first().waitFor();
    const divider = page.getByTestId('new-divider');
    await divider.waitFor();
    expect(await divider.textContent()).toBe('Nowe');
    // "Nowe" stands right above the oldest unread message.
    const oldest = page.getByTestId('message').filter({ hasText: 'Wiadomość 1.' });
    expect(await page.evaluate(AFTER_DIVIDER)).toBe(await oldest.getAttribute('data-message-id'));
    await page.waitForTimeout(2500);
    expect(await readTitles()).toEqual([]);

    // Focus is back: what is on screen (the newest, at the bottom) is read within seconds.
    await page.evaluate(REGAIN_FOCUS);
    await expect.poll(readTitles, { timeout: 15_000 }).toContain('Wiadomość 8');
    const read = await readTitles();
    expect(read).not.toContain('Wiadomość 1');
    expect(await oldest.getAttribute('data-unread')).toBe('true');

    // The oldest, out of view, is read once scrolled to and seen for a second; the others as well,
    // each once on screen.
    await oldest.scrollIntoViewIfNeeded();
    await expect.poll(readTitles, { timeout: 15_000 }).toContain('Wiadomość 1');
    await screenshot(page, 'thread-new-divider');
    for (const title of titles) {
      await page
        .getByTestId('message')
        .filter({ hasText: `${title}.` })
        .scrollIntoViewIfNeeded();
      await expect.poll(readTitles, { timeout: 15_000 }).toContain(title);
    }
    expect(await readTitles()).toEqual([...titles].sort());
    await expect.poll(() => page.getByTestId('unread-badge').textContent()).toBe('');
    expect(await page.locator('.avatar .badge').count()).toBe(0);
    // "Nowe" is still where it was: it does not jump away as messages get read.
    expect(await divider.isVisible()).toBe(true);
    expect(await page.evaluate(AFTER_DIVIDER)).toBe(await oldest.getAttribute('data-message-id'));
    expect(errors).toEqual([]);
  });

  it('opens a message from the start page: shown and read at once, even without focus, and only it', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const [{ company, client }] = f.companies;
    for (let i = 1; i <= 6; i += 1)
      ok(
        await app.gql(
          NOTIFY,
          { input: { companyIds: [company.id], body: long(`Termin ${i}`) } },
          f.head.token,
        ),
      );
    const { page, errors } = await open();
    await login(page, client.user.email, PASSWORD);
    await expect.poll(() => page.getByTestId('digest-message').count()).toBe(5);
    // The oldest of the five newest: far above the bottom of its thread.
    const entry = page.getByTestId('digest-message').last();
    expect(await entry.textContent()).toContain('Termin 2.');
    expect(await entry.getAttribute('data-unread')).toBe('true');
    const id = await entry.getAttribute('data-message-id');
    // Out of focus, so only opening it can read it.
    await page.evaluate(LOSE_FOCUS);
    await entry.click();
    await page.waitForURL((url) => url.pathname === `/messages/${company.id}`);
    const readIds = async () => {
      const { messages } = ok(await app.gql(RECEIPTS, { id: company.id }, f.head.token));
      return messages.edges.filter((e) => e.node.receipts.length).map((e) => e.node.id);
    };
    await expect.poll(readIds).toEqual([id]);
    // It is the one shown: inside the viewport and the thread's box.
    const shown = await page.evaluate(`(() => {
      const box = document.querySelector('[data-testid="thread"]').getBoundingClientRect();
      const it = document.getElementById('message-${id}').getBoundingClientRect();
      return it.bottom > box.top && it.top < box.bottom && it.top < window.innerHeight;
    })()`);
    expect(shown).toBe(true);
    await page.waitForTimeout(1500);
    expect(await readIds()).toEqual([id]);
    expect(errors).toEqual([]);
  });

  it('on a phone the thread scrolls with the page, not in a box of its own', async () => {
    const f = await officeFixture(app, { companies: 1 });
    const [{ company, client }] = f.companies;
    for (let i = 1; i <= 6; i += 1)
      ok(
        await app.gql(
          NOTIFY,
          { input: { companyIds: [company.id], body: long(`Komunikat ${i}`) } },
          f.head.token,
        ),
      );
    const { page, errors } = await open({ width: 390, height: 844 });
    await login(page, client.user.email, PASSWORD);
    await page.goto(`/messages/${company.id}`);
    await page.getByTestId('message').first().waitFor();
    const sizes = (await page.evaluate(`(() => {
      const box = document.querySelector('[data-testid="thread"]');
      return {
        overflow: getComputedStyle(box).overflowY,
        inner: box.scrollHeight - box.clientHeight,
        page: document.documentElement.scrollHeight - window.innerHeight,
        top: document.documentElement.scrollTop,
      };
    })()`)) as { overflow: string; inner: number; page: number; top: number };
    expect(sizes.overflow).toBe('visible');
    expect(sizes.inner).toBeLessThanOrEqual(1);
    expect(sizes.page).toBeGreaterThan(0);
    // It opens at the newest message, at the bottom of the page.
    expect(sizes.top).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'client-phone-thread');
    expect(errors).toEqual([]);
  });
});

describe('client questions', () => {
  it('lists only the conversations awaiting an answer after a broadcast and one question; closing removes one', async () => {
    const f = await officeFixture(app, { companies: 4 });
    const [asking, answered] = f.companies;
    ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: f.companies.map((c) => c.company.id),
            body: 'Przypominamy o terminie JPK_V7M.',
          },
        },
        f.head.token,
      ),
    );
    const ask = (companyId: string, body: string, token: string) =>
      app.gql(ASK, { input: { companyId, body } }, token);
    ok(await ask(answered.company.id, 'Czy mogę zapłacić później?', answered.client.token));
    ok(await ask(answered.company.id, 'Nie, termin jest stały.', f.head.token));
    ok(await ask(asking.company.id, 'Czy faktura za paliwo jest kosztem?', asking.client.token));
    // A newer broadcast to the asking company does not hide its question in the preview.
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [asking.company.id], body: 'Nowe stawki ZUS od stycznia.' } },
        f.head.token,
      ),
    );

    const { page, errors } = await open();
    await login(page, f.head.user.email, PASSWORD);
    await page.goto('/inbox');
    const rows = page.getByTestId('conversation');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByTestId('inbox-tab-AWAITING_REPLY').getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await rows.first().getAttribute('data-company-id')).toBe(asking.company.id);
    expect(await rows.first().getByTestId('conversation-preview').textContent()).toContain(
      'Czy faktura za paliwo jest kosztem?',
    );
    expect(await page.getByTestId('inbox-total').textContent()).toBe('1 rozmowa');
    await screenshot(page, 'inbox-awaiting');

    // All: the answered conversation too, never the broadcast-only companies.
    await page.getByTestId('inbox-tab-ALL').click();
    await expect.poll(() => rows.count()).toBe(2);
    // Search by NIP.
    await page.getByTestId('inbox-search').fill(answered.company.nip);
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-company-id'))))
      .toEqual([answered.company.id]);
    await page.getByTestId('inbox-search').fill('');
    await page.getByTestId('inbox-tab-AWAITING_REPLY').click();
    await expect.poll(() => rows.count()).toBe(1);

    // Closing the question without a reply takes it off the default tab, into "Zamknięte".
    await page.getByTestId('close-conversation').click();
    await page.getByTestId('inbox-empty').waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBe(0);
    await page.getByTestId('inbox-tab-CLOSED').click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-status')).toBe('CLOSED');

    // The client writes again: back in the default tab.
    ok(await ask(asking.company.id, 'Jeszcze jedno pytanie.', asking.client.token));
    await page.getByTestId('inbox-tab-AWAITING_REPLY').click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    expect(await rows.first().getByTestId('conversation-preview').textContent()).toContain(
      'Jeszcze jedno pytanie.',
    );

    // The office reads the thread: the client's questions are read once on screen.
    await rows.first().click();
    await page.waitForURL((url) => url.pathname === `/inbox/${asking.company.id}`);
    await expect
      .poll(
        async () => {
          const { messages } = ok(
            await app.gql(RECEIPTS, { id: asking.company.id }, asking.client.token),
          );
          return messages.edges
            .filter((e) => e.node.receipts.some((r) => r.user.id === f.head.user.id))
            .map((e) => e.node.body)
            .sort();
        },
        { timeout: 15_000 },
      )
      .toEqual(['Czy faktura za paliwo jest kosztem?', 'Jeszcze jedno pytanie.']);
    expect(errors).toEqual([]);
  });
});
