import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Declaration } from '../../src/modules/bookkeeping/bookkeeping.entity.js';
import { Company } from '../../src/modules/company/company.entity.js';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

const NBSP = '\u00a0';

/** Last month, "YYYY-MM": the period the dialogs start with. */
function previousMonth(today = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

describe('templates in the browser: editor, preview, a send with each company’s own values', () => {
  let app: TestApp;
  let browser: Browser;
  let f: OfficeFixture;
  const period = previousMonth();

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
    // Companies 0 and 1 have a declaration for last month, of their own amounts; company 2 none.
    const em = app.orm.em.fork();
    for (const [index, taxDue] of [
      [0, '1234.56'],
      [1, '98765.40'],
    ] as const) {
      em.create(Declaration, {
        company: em.getReference(Company, f.companies[index]!.company.id),
        type: 'JPK_V7M',
        period,
        taxBase: '0',
        taxDue,
      });
    }
    await em.flush();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function tick(page: Page, companyId: string) {
    await page
      .locator(
        `[data-testid="company-row"][data-company-id="${companyId}"] [data-testid="company-select"]`,
      )
      .check();
  }

  it('writes a template with the picker, previews it per company, and sends each company its own amount', async () => {
    const context = await newContext(browser, app.url, { height: 1100 });
    const page = await context.newPage();
    await page.goto('/login');
    await login(page, f.head.user.email, PASSWORD);
    const [c0, c1, c2] = f.companies.map((c) => c.company) as [Company, Company, Company];

    // Settings › Szablony: a new template, placeholders inserted from the picker.
    await page.goto('/settings');
    const section = page.getByTestId('templates-section');
    await section.getByTestId('template-new').click();
    const editor = section.getByTestId('template-editor');
    await editor.getByTestId('template-name').fill('Podatek miesięczny');
    await editor.getByTestId('template-subject').fill('Podatek za {{okres}}');
    await editor.getByTestId('email-editor').click();
    await page.keyboard.type('Dzień dobry, ');
    await editor.getByTestId('placeholder-firma').click();
    await page.keyboard.type(' ma do zapłaty ');
    await editor.getByTestId('placeholder-deklaracja.kwota').click();
    await page.keyboard.type('.');
    // The preview fills the first company's own values.
    const preview = editor.getByTestId('preview-result');
    await expect
      .poll(() => preview.textContent())
      .toContain(`Dzień dobry, ${c0.name} ma do zapłaty 1${NBSP}234,56${NBSP}zł.`);
    await screenshot(page, 'template-editor');
    // A company without a declaration: the preview says what is missing.
    await editor.getByTestId('preview-company').selectOption(c2.id);
    await expect
      .poll(() => editor.getByTestId('preview-missing').textContent())
      .toContain('{{deklaracja.kwota}}');
    await editor.getByTestId('template-save').click();
    await expect
      .poll(() => section.getByTestId('template-row').first().textContent())
      .toContain('Podatek miesięczny');

    // The company list: tick two, notify with the template and the period.
    await page.goto('/companies');
    await expect.poll(() => page.getByTestId('company-row').count()).toBe(3);
    await tick(page, c0.id);
    await tick(page, c1.id);
    await page.getByTestId('action-notify').click();
    const dialog = page.getByTestId('notify-dialog');
    await dialog.getByTestId('choose-template').selectOption({ label: 'Podatek miesięczny' });
    expect(await dialog.getByTestId('source-subject').inputValue()).toBe('Podatek za {{okres}}');
    await dialog.getByTestId('use-period').check();
    await dialog.getByTestId('preview-company').selectOption(c1.id);
    await expect
      .poll(() => dialog.getByTestId('preview-result').textContent())
      .toContain(`${c1.name} ma do zapłaty 98${NBSP}765,40${NBSP}zł.`);
    await screenshot(page, 'notify-template');
    await dialog.getByTestId('notify-send').click();
    await dialog.getByTestId('notify-result').waitFor();
    await dialog.getByTestId('notify-done').click();

    // In the database: each company got its own name and amount, nobody else's.
    const rows = await app.orm.em
      .fork()
      .execute<Array<{ company_id: string; subject: string; body: string; html: string }>>(
        `select m.company_id, m.subject, m.body, m.html from message m
          where m.company_id = any(?::uuid[]) and m.kind = 'NOTIFICATION'`,
        [`{${c0.id},${c1.id}}`],
      );
    const of = (id: string) => rows.find((r) => r.company_id === id)!;
    expect(of(c0.id).body).toBe(`Dzień dobry, ${c0.name} ma do zapłaty 1${NBSP}234,56${NBSP}zł.`);
    expect(of(c1.id).body).toBe(`Dzień dobry, ${c1.name} ma do zapłaty 98${NBSP}765,40${NBSP}zł.`);
    expect(of(c0.id).subject).toMatch(/^Podatek za \p{L}+ \d{4}$/u);
    expect(of(c1.id).html).not.toContain(c0.name);

    // With the third company ticked too, the send is refused and names it.
    await tick(page, c2.id);
    await page.getByTestId('action-notify').click();
    await dialog.getByTestId('choose-template').selectOption({ label: 'Podatek miesięczny' });
    await dialog.getByTestId('use-period').check();
    await dialog.getByTestId('notify-send').click();
    const refused = dialog.getByTestId('notify-missing');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(`${c2.name}: {{deklaracja.kwota}}`);
    await screenshot(page, 'notify-template-refused');

    // The client sees the message in the thread, drawn from its HTML.
    const client = await context.browser()!.newContext({ baseURL: app.url, locale: 'pl-PL' });
    const clientPage = await client.newPage();
    await clientPage.goto('/login');
    await login(clientPage, f.companies[0]!.client.user.email, PASSWORD);
    await clientPage.goto(`/messages/${c0.id}`);
    const message = clientPage.getByTestId('message').last();
    await expect
      .poll(() => message.getByTestId('rich-text').textContent())
      .toContain(`ma do zapłaty 1${NBSP}234,56${NBSP}zł`);
    await client.close();
    await context.close();
  });
});
