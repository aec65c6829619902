import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBookkeeping } from '../../src/modules/bookkeeping/bookkeeping.demo.js';
import { OfficeVerification } from '../../src/modules/office/office.entity.js';
import { type DemoApp, startDemoApp } from '../demo-app.js';
import { type OfficeFixtureOf, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

const YEAR = 2025;

const ASK = graphql(`
  mutation CompanyListBrowserAsk($input: SendMessageInput!) {
    sendMessage(input: $input) { id createdAt }
  }
`);
const SEND_EMAIL = graphql(`
  mutation CompanyListBrowserEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const SMTP = graphql(`
  mutation CompanyListBrowserSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const DEMO_LOGIN = graphql(`
  mutation CompanyListBrowserDemoLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token }
  }
`);
const PRINTOUTS_SENT = graphql(`
  query CompanyListBrowserPrintoutsSent($id: ID!) {
    company(id: $id) { lastPrintoutEmail { delivery { sentAt } } }
  }
`);

let app: TestApp;
let smtp: TestSmtp;
let browser: Browser;
let f: OfficeFixtureOf<40>;
let question: { id: string; createdAt: string };
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  smtp = await startTestSmtp();
  f = await officeFixture(app, { companies: 40, verification: OfficeVerification.VERIFIED });
  await seedBookkeeping(
    app.orm.em.fork(),
    f.companies.map((c) => c.company),
    YEAR,
  );
  ok(
    await app.gql(
      SMTP,
      {
        input: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'NONE',
          fromAddress: 'biuro@kancelaria.test',
        },
      },
      f.head.token,
    ),
  );
  // Printouts for the first company (full accounting); a question from the second.
  ok(
    await app.gql(
      SEND_EMAIL,
      {
        input: {
          companyIds: [f.companies[0].company.id],
          subject: 'Wydruki za październik',
          html: '<p>W załączeniu księga za październik.</p>',
          printouts: [{ kind: 'LEDGER', period: `${YEAR}-10` }],
        },
      },
      f.head.token,
    ),
  );
  question = ok(
    await app.gql(
      ASK,
      { input: { companyId: f.companies[1].company.id, body: 'Czy dostali Państwo faktury?' } },
      f.companies[1].client.token,
    ),
  ).sendMessage;
  const deadline = Date.now() + 30_000;
  const sentAt = async () =>
    ok(await app.gql(PRINTOUTS_SENT, { id: f.companies[0].company.id }, f.head.token)).company
      ?.lastPrintoutEmail?.delivery?.sentAt;
  while (!(await sentAt())) {
    if (Date.now() > deadline) throw new Error('the printouts were not delivered');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

/** A logged-in page watched for errors; its CompanyList answers are kept, newest last. */
async function open(email: string, size?: { width: number; height: number }) {
  const context = await newContext(browser, app.url, size);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const lists: Array<{
    variables: Record<string, unknown>;
    nodes: Array<Record<string, unknown>>;
  }> = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', async (response) => {
    const request = response.request();
    if (!response.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const sent = request.postDataJSON() as { operationName?: string; variables?: never };
    if (sent?.operationName !== 'CompanyList') return;
    const body = (await response.json().catch(() => null)) as {
      data?: { companies: { edges: Array<{ node: Record<string, unknown> }> } };
    } | null;
    lists.push({
      variables: sent.variables ?? {},
      nodes: body?.data?.companies.edges.map((e) => e.node) ?? [],
    });
  });
  await login(page, email, PASSWORD);
  return { page, errors, lists };
}

/** Rows wholly inside the viewport. */
function rowsInView(page: Page): Promise<number> {
  return page.evaluate(
    `[...document.querySelectorAll('[data-testid="company-row"]')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }).length`,
  );
}

function row(page: Page, index: number) {
  return page.locator(
    `[data-testid="company-row"][data-company-id="${f.companies[index]!.company.id}"]`,
  );
}

async function headers(page: Page): Promise<string[]> {
  return page.locator('[data-testid="company-table"] thead th').allTextContents();
}

describe('company list', () => {
  it('at 1280×800 shows unread from client and the last message in the default view', async () => {
    const { page, errors, lists } = await open(f.head.user.email);
    await page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => page.getByTestId('company-row').count()).toBe(25);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(15);
    expect(await page.getByTestId('filters-toggle').isVisible()).toBe(false);
    expect(await page.getByTestId('filter-tax-form').isVisible()).toBe(true);

    expect(await headers(page)).toEqual([
      '',
      'Nazwa',
      'NIP',
      'Opiekun',
      'Nieprzeczytane od klienta',
      'Ostatnia wiadomość',
    ]);
    const asked = row(page, 1);
    expect(await asked.getByTestId('company-unread').getAttribute('data-count')).toBe('1');
    expect(await asked.getByTestId('company-unread').textContent()).toBe('1');
    expect(
      await asked.locator('td[data-column="lastMessageAt"] time').getAttribute('datetime'),
    ).toBe(question.createdAt);
    expect(await asked.locator('td[data-column="lastMessageAt"]').textContent()).toContain(
      'Pytanie klienta',
    );
    const quiet = row(page, 2);
    expect(await quiet.getByTestId('company-unread').getAttribute('data-count')).toBe('0');
    expect(await quiet.locator('td[data-column="lastMessageAt"]').textContent()).toBe(
      'Brak wiadomości',
    );
    // The default view fetched its own fields, not the other views'.
    const last = lists.at(-1)!;
    expect(last.variables).toMatchObject({
      overview: true,
      accounting: false,
      hr: false,
      taxes: false,
    });
    expect(Object.keys(last.nodes[0]!)).toContain('lastMessage');
    for (const field of ['users', 'latestDeclaration', 'lastPrintoutEmail'])
      expect(Object.keys(last.nodes[0]!)).not.toContain(field);

    // The badge's link opens the question.
    await asked.getByTestId('company-unread').click();
    await page.waitForURL((url) => url.pathname === `/inbox/${f.companies[1].company.id}`);
    expect(errors).toEqual([]);
  });

  it('each view shows columns of its own, fetched when it is shown', async () => {
    const { page, errors, lists } = await open(f.head.user.email);
    await page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => page.getByTestId('company-row').count()).toBe(25);
    const seen: string[][] = [];

    await page.getByTestId('view-tab-accounting').click();
    await page.locator('[data-testid="company-table"][data-view="accounting"]').waitFor();
    await row(page, 0).getByTestId('company-last-printout').waitFor();
    seen.push(await headers(page));
    expect(seen.at(-1)).toEqual([
      '',
      'Nazwa',
      'Forma opodatkowania',
      'VAT',
      'Ostatnio wysłane wydruki',
    ]);
    expect(await row(page, 0).getByTestId('company-last-printout').textContent()).toContain(
      'Księga handlowa 10.2025',
    );
    expect(await row(page, 0).locator('td[data-column="vat"]').textContent()).toBe(
      'Czynny podatnik VAT',
    );
    expect(await row(page, 1).locator('td[data-column="lastPrintout"]').textContent()).toBe(
      'Nie wysłano wydruków',
    );
    await screenshot(page, 'company-list-accounting');

    await page.getByTestId('view-tab-hr').click();
    await page.locator('[data-testid="company-table"][data-view="hr"]').waitFor();
    await expect
      .poll(() => row(page, 3).locator('td[data-column="contact"]').textContent())
      .toBe(f.companies[3].client.user.name);
    seen.push(await headers(page));
    expect(seen.at(-1)).toEqual(['', 'Nazwa', 'Osoba kontaktowa', 'E-mail', 'Opiekun']);
    expect(await row(page, 3).locator('td[data-column="contactEmail"]').textContent()).toBe(
      f.companies[3].client.user.email,
    );
    expect(lists.at(-1)!.variables).toMatchObject({ overview: false, hr: true });
    expect(Object.keys(lists.at(-1)!.nodes[0]!)).not.toContain('lastMessage');
    await screenshot(page, 'company-list-hr');

    await page.getByTestId('view-tab-taxes').click();
    await page.locator('[data-testid="company-table"][data-view="taxes"]').waitFor();
    await row(page, 0).getByTestId('company-declaration').waitFor();
    seen.push(await headers(page));
    expect(seen.at(-1)).toEqual(['', 'Nazwa', 'Forma opodatkowania', 'Ostatnia deklaracja', 'UPO']);
    // A VAT payer: December's JPK_V7M, a draft; the next: last year's PIT-36 with its UPO.
    expect(await row(page, 0).getByTestId('company-declaration').textContent()).toBe(
      `JPK_V7M ${'12'}.${YEAR}`,
    );
    expect(await row(page, 0).getByTestId('company-upo').textContent()).toBe('Szkic, niezłożona');
    expect(await row(page, 1).getByTestId('company-declaration').textContent()).toBe(
      `PIT-36 ${YEAR - 1}`,
    );
    expect(await row(page, 1).getByTestId('company-upo').getAttribute('data-status')).toBe(
      'RECEIVED',
    );
    expect(await row(page, 1).getByTestId('company-upo').textContent()).toMatch(/^Odebrane /);
    await screenshot(page, 'company-list-taxes');

    // No two views share their set of columns past the name.
    const own = seen.map((columns) => columns.slice(2).join('|'));
    expect(new Set(own).size).toBe(own.length);
    expect(errors).toEqual([]);
  });

  it('gives staff the GraphQL link and clients none', async () => {
    const staff = await open(f.caretaker.user.email);
    await staff.page.waitForURL((url) => url.pathname === '/companies');
    await expect
      .poll(() => staff.page.locator('header.topbar nav').getByRole('link').allTextContents())
      .toEqual(['Firmy', 'Pytania klientów', 'Wysłane', 'GraphQL']);

    const client = await open(f.companies[2].client.user.email);
    await client.page.waitForURL((url) => url.pathname.startsWith('/messages'));
    await client.page.locator('header.topbar nav').getByRole('link').first().waitFor();
    expect(
      await client.page.locator('header.topbar nav').getByRole('link').allTextContents(),
    ).toEqual(['Wiadomości']);
    expect(await client.page.getByRole('link', { name: 'GraphQL' }).count()).toBe(0);
    expect([...staff.errors, ...client.errors]).toEqual([]);
  });

  it('keeps the top bar one row at tablet and narrow desktop widths too', async () => {
    for (const width of [800, 1101, 1280]) {
      const { page, errors } = await open(f.head.user.email, { width, height: 800 });
      await page.waitForURL((url) => url.pathname === '/companies');
      await page.getByTestId('company-row').first().waitFor();
      expect((await page.getByTestId('topbar').boundingBox())?.height).toBeLessThanOrEqual(56);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        width,
      );
      // The menu button only where the links do not fit.
      expect(await page.getByTestId('menu-toggle').isVisible()).toBe(width <= 1100);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('at 390×844 keeps the top bar one row of at most 56 px, the menu behind a button, and the list as wide as the screen', async () => {
    const phone = { width: 390, height: 844 };
    const { page, errors } = await open(f.head.user.email, phone);
    await page.waitForURL((url) => url.pathname === '/companies');
    await expect.poll(() => page.getByTestId('company-row').count()).toBe(25);
    const bar = page.getByTestId('topbar');
    const box = await bar.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(56);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await page.locator('header.topbar nav').isVisible()).toBe(false);
    await expect.poll(() => bar.getByTestId('unread-badge').count()).toBe(1);
    await screenshot(page, 'phone-company-list');
    // The filters past the search open from their button.
    expect(await page.getByTestId('filter-tax-form').isVisible()).toBe(false);
    await page.getByTestId('filters-toggle').click();
    expect(await page.getByTestId('filter-tax-form').isVisible()).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.getByTestId('filters-toggle').click();

    // Every view fits the screen too.
    for (const view of ['accounting', 'hr', 'taxes']) {
      await page.getByTestId(`view-tab-${view}`).click();
      await page.locator(`[data-testid="company-table"][data-view="${view}"]`).waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    }

    await page.getByTestId('menu-toggle').click();
    const inbox = page.locator('header.topbar nav').getByRole('link', { name: 'Pytania klientów' });
    await inbox.waitFor();
    expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(56);
    await screenshot(page, 'phone-topbar-menu');
    await inbox.click();
    await page.waitForURL((url) => url.pathname === '/inbox');
    await expect.poll(() => page.locator('header.topbar nav').isVisible()).toBe(false);

    // A client's bar on a phone: one row as well.
    const client = await open(f.companies[4].client.user.email, phone);
    await client.page.waitForURL((url) => url.pathname.startsWith('/messages'));
    const clientBar = client.page.getByTestId('topbar');
    await clientBar.waitFor();
    expect((await clientBar.boundingBox())?.height).toBeLessThanOrEqual(56);
    expect(await client.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    await screenshot(client.page, 'phone-client-topbar');
    expect([...errors, ...client.errors]).toEqual([]);
  });
});

/** The demo data on an empty database of its own, as `npm start` shows it on a fresh machine. */
describe('company list with the demo data', () => {
  let demo: DemoApp;

  beforeAll(async () => {
    demo = await startDemoApp();
  }, 120_000);
  afterAll(async () => {
    await demo?.stop();
  });

  it('at 1280×800 shows the head at least 15 rows, and "Firmy" only as the title and the menu item', async () => {
    // Logged in through the API: the demo login page lists the demo accounts and their password.
    const { token } = ok(
      await demo.app.gql(DEMO_LOGIN, {
        email: 'szef@demo.local',
        password: demo.app.config.demoPassword,
      }),
    ).login;
    const context = await newContext(browser, demo.app.url);
    contexts.push(context);
    await context.addInitScript(
      `localStorage.setItem('ledgerpost.token', ${JSON.stringify(token)})`,
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/companies');
    await expect.poll(() => page.getByTestId('company-row').count()).toBe(25);
    const inView = await rowsInView(page);
    expect(inView).toBeGreaterThanOrEqual(15);

    expect(await page.locator('h1').allTextContents()).toEqual(['Firmy']);
    const firmy = await page.evaluate(
      `(document.body.innerText.match(/(^|[^\\p{L}])Firmy([^\\p{L}]|$)/gu) || []).length`,
    );
    expect(firmy).toBe(2);
    expect(
      await page.locator('header.topbar nav').getByRole('link', { name: 'Firmy' }).count(),
    ).toBe(1);
    await screenshot(page, 'company-list');
    expect(errors).toEqual([]);
  });
});
