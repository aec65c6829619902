import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixtureOf, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

const CREATE_TEMPLATE = graphql(`
  mutation DeadlineBrowserTemplate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) { id }
  }
`);

/** An ISO date `days` from today (UTC). */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('deadline reminders in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let f: OfficeFixtureOf<3>;
  const declarationIds: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
    const em = app.orm.em.fork();
    // Company 0: two declarations to pay (one due in 10 days, one in 20); company 1: one in 12.
    const rows = await em.execute<Array<{ id: string }>>(
      `insert into declaration (company_id, type, period, tax_base, tax_due, status, due_date)
       values (?, 'JPK_V7M', '2030-10', 10000, 2300.50, 'FILED', ?::date),
              (?, 'PIT-4R', '2030-10', 5000, 1234.56, 'FILED', ?::date),
              (?, 'JPK_V7M', '2030-10', 8000, 980.00, 'FILED', ?::date),
              (?, 'VAT-UE', '2030-10', 0, 0, 'FILED', ?::date)
       returning id`,
      [
        f.companies[0].company.id,
        inDays(10),
        f.companies[0].company.id,
        inDays(20),
        f.companies[1].company.id,
        inDays(12),
        f.companies[0].company.id,
        inDays(10),
      ],
    );
    declarationIds.push(...rows.map((r) => r.id));
    ok(
      await app.gql(
        CREATE_TEMPLATE,
        {
          input: {
            name: 'Przypomnienie o podatku',
            kind: 'NOTIFICATION',
            html: '<p>Dzień dobry, {{firma}}: {{deklaracja.typ}} za {{okres}} — {{deklaracja.kwota}} do {{deklaracja.termin}}.</p>',
          },
        },
        f.head.token,
      ),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a head switches the rule on with a template, marks a declaration paid, and sees the reminder in Wysłane', async () => {
    const context = await newContext(browser, app.url, { height: 1100 });
    const page = await context.newPage();
    await page.goto('/login');
    await login(page, f.head.user.email, PASSWORD);
    await page.goto('/settings');

    const section = page.getByTestId('deadline-rule');
    await section.getByRole('heading', { name: 'Przypomnienia o terminach' }).waitFor();
    expect(await section.getByTestId('deadline-rule-summary').textContent()).toBe(
      'Przypomnienia są wyłączone.',
    );
    await section.getByTestId('deadline-rule-enabled').check();
    await section.getByTestId('deadline-rule-days').fill('3');
    await section.getByTestId('deadline-rule-hour').selectOption('9');
    await section.getByTestId('deadline-rule-template').selectOption({
      label: 'Przypomnienie o podatku',
    });
    await section.getByTestId('deadline-rule-save').click();
    await section.getByTestId('deadline-rule-saved').waitFor();
    await expect
      .poll(() => section.getByTestId('deadline-rule-summary').textContent())
      .toBe('3 dni przed terminem, od 9:00');
    // The planned reminders: the three with tax to pay, soonest first, none for the zero one.
    const planned = section.getByTestId('deadline-planned').locator('tbody tr');
    await expect.poll(() => planned.count()).toBe(3);
    const firstRow = (await planned.first().textContent()) ?? '';
    expect(firstRow).toContain(f.companies[0].company.name);
    expect(firstRow).toMatch(/2\s300,50\s+zł/);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'deadline-reminder-settings');

    // The company card: mark the JPK_V7M paid; it drops out of the planned reminders.
    await page.goto(`/companies/${f.companies[0].company.id}`);
    const declarations = page.getByTestId('company-declarations');
    const row = declarations.locator(`[data-declaration-id="${declarationIds[0]}"]`);
    await row.getByTestId('declaration-mark-paid').click();
    await row.getByTestId('declaration-paid').waitFor();
    expect(await declarations.locator('tr', { hasText: 'VAT-UE' }).textContent()).toContain(
      'Nic do zapłaty',
    );
    await declarations.scrollIntoViewIfNeeded();
    await screenshot(page, 'company-declarations-paid');
    const [paid] = await app.orm.em
      .fork()
      .execute<Array<{ paid_at: Date | null }>>(`select paid_at from declaration where id = ?`, [
        declarationIds[0],
      ]);
    expect(paid?.paid_at).not.toBeNull();

    // The day of company 1's reminder, 9:00 in Warsaw: the run sends it; Wysłane marks it.
    const day = inDays(12 - 3);
    const result = await app.services.deadlines.run(app.orm.em, new Date(`${day}T12:00:00Z`));
    expect(result.messages).toBe(1);
    const [message] = await app.orm.em
      .fork()
      .execute<Array<{ body: string; template_id: string | null }>>(
        `select m.body, r.template_id from message m
           join deadline_reminder_rule r on r.office_id = ?
          where m.company_id = ? order by m.created_at desc limit 1`,
        [f.office.id, f.companies[1].company.id],
      );
    expect(message?.template_id).not.toBeNull();
    expect(message?.body).toMatch(/^Dzień dobry, Firma 00001 .*: JPK_V7M za październik 2030/);
    await page.goto('/sent');
    const sent = page.getByTestId('sent-row').first();
    await sent.getByTestId('sent-deadline-reminder').waitFor();
    expect(await sent.textContent()).toContain('przypomnienie o terminie');
    await screenshot(page, 'sent-deadline-reminder');

    await page.goto('/settings');
    await expect
      .poll(() => page.getByTestId('deadline-planned').locator('tbody tr').count())
      .toBe(1);
    await context.close();
  });
});
