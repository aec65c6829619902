import { AxeBuilder } from '@axe-core/playwright';
import { source as axeSource } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../demo-app.js';
import { until } from '../wait.js';
import { launchBrowser, login, newContext } from './browser.js';

/*
 * The accessibility check: axe-core's WCAG 2.1 A and AA rules over every page and open dialog of
 * the web client, in Polish and English, on a desktop and a phone, logged out and as each role,
 * on the demo data (so lists, threads and reports are full). Any serious or critical violation
 * fails, listed with its rule, impact, element and page.
 *
 * GraphiQL's own editor (.graphiql-container) is left out: it is the library's UI, not ours; the
 * playground's bar around it is scanned.
 *
 * A new page or dialog is one line in `screens` below.
 */

type Who = 'anonymous' | 'head' | 'caretaker' | 'client';

/** Rows of the demo data the paths point at. */
interface Ids {
  /** The first demo company: a thread, a sent email with printouts, a pending invitation. */
  company: string;
  /** The demo office's latest send. */
  broadcast: string;
  /** The demo office's latest notification (it may be recalled). */
  notification: string;
  /** A printout attached to the email to the first company. */
  file: string;
}

interface Screen {
  who: Who;
  name: string;
  path: string | ((ids: Ids) => string);
  /**
   * Opens what is scanned over the page: a dialog (only the open dialog is scanned then, the page
   * behind has its own line), a menu.
   */
  open?(page: Page): Promise<void>;
  /** What `open` opened, if not the open dialog. */
  within?: string;
  /** Only at this viewport (the phone's menu exists only on a phone). */
  only?: Viewport['name'];
}

/** Ticks the first company of the list, presses `action` and waits for the dialog `dialog`. */
const onTicked = (action: string, dialog: string) => async (page: Page) => {
  await page.getByTestId('company-select').first().check();
  await opens(action, dialog)(page);
};

/** Presses the button `opener` (a test id or a locator) and waits for the dialog `dialog`. */
const opens =
  (opener: string | ((page: Page) => ReturnType<Page['getByTestId']>), dialog: string) =>
  async (page: Page) => {
    await (typeof opener === 'string' ? page.getByTestId(opener) : opener(page)).first().click();
    await page.getByTestId(dialog).waitFor();
  };

const screens: Screen[] = [
  { who: 'anonymous', name: 'login', path: '/login' },
  { who: 'anonymous', name: 'login before a file link', path: (ids) => `/files/${ids.file}` },
  { who: 'anonymous', name: 'sign-up', path: '/signup' },
  { who: 'anonymous', name: 'forgot password', path: '/forgot-password' },
  { who: 'anonymous', name: 'password reset', path: '/reset-password?token=expired' },
  { who: 'anonymous', name: 'invitation', path: '/invitation?token=expired' },
  { who: 'anonymous', name: 'email alerts link', path: '/alerts/preferences?token=forged' },

  { who: 'head', name: 'companies', path: '/companies' },
  {
    who: 'head',
    name: 'companies: menu',
    path: '/companies',
    open: opens('menu-toggle', 'topbar'),
    within: '.topbar',
    only: 'phone',
  },
  {
    who: 'head',
    name: 'companies: notify dialog',
    path: '/companies',
    open: onTicked('action-notify', 'notify-dialog'),
  },
  {
    who: 'head',
    name: 'companies: email dialog',
    path: '/companies',
    open: onTicked('action-email', 'email-dialog'),
  },
  {
    who: 'head',
    name: 'companies: email dialog, printout picker',
    path: '/companies',
    open: async (page) => {
      await onTicked('action-email', 'email-dialog')(page);
      await opens('email-add-attachment', 'printout-picker')(page);
    },
  },
  {
    who: 'head',
    name: 'companies: assign caretaker dialog',
    path: '/companies',
    open: onTicked('action-assign', 'assign-dialog'),
  },
  {
    who: 'head',
    name: 'companies: import dialog',
    path: '/companies',
    open: opens('action-import', 'import-dialog'),
  },
  { who: 'head', name: 'company', path: (ids) => `/companies/${ids.company}` },
  {
    who: 'head',
    name: 'company: edit dialog',
    path: (ids) => `/companies/${ids.company}`,
    open: opens('company-edit', 'company-edit-dialog'),
  },
  {
    who: 'head',
    name: 'company: archive dialog',
    path: (ids) => `/companies/${ids.company}`,
    open: opens('company-archive', 'company-archive-dialog'),
  },
  {
    who: 'head',
    name: 'company: invite client dialog',
    path: (ids) => `/companies/${ids.company}`,
    open: opens('company-invite', 'invite-client-dialog'),
  },
  { who: 'head', name: 'client questions', path: '/inbox' },
  { who: 'head', name: 'thread', path: (ids) => `/inbox/${ids.company}` },
  { who: 'head', name: 'sent', path: '/sent' },
  { who: 'head', name: 'send report', path: (ids) => `/sent/${ids.broadcast}` },
  {
    who: 'head',
    name: 'send report: remind dialog',
    path: (ids) => `/sent/${ids.broadcast}`,
    open: opens('report-remind', 'remind-dialog'),
  },
  {
    who: 'head',
    name: 'send report: recall dialog',
    path: (ids) => `/sent/${ids.notification}`,
    open: opens('report-recall', 'lifecycle-dialog'),
  },
  { who: 'head', name: 'settings', path: '/settings' },
  {
    who: 'head',
    name: 'settings: template editor',
    path: '/settings',
    open: opens('template-new', 'template-editor'),
    within: '[data-testid="template-editor"]',
  },
  {
    who: 'head',
    name: 'settings: new webhook dialog',
    path: '/settings',
    open: opens('webhook-new', 'create-webhook'),
  },
  {
    who: 'head',
    name: 'settings: invite staff dialog',
    path: '/settings',
    open: opens('invite-staff', 'invite-staff-dialog'),
  },
  {
    who: 'head',
    name: 'settings: deactivate dialog',
    path: '/settings',
    open: opens((page) => page.getByTestId('staff-row').getByRole('button'), 'deactivate-dialog'),
  },
  {
    who: 'head',
    name: 'settings: new API token dialog',
    path: '/settings',
    open: opens('api-token-new', 'create-api-token'),
  },
  { who: 'head', name: 'account', path: '/account' },
  { who: 'head', name: 'GraphQL playground (without GraphiQL’s editor)', path: '/graphiql' },
  { who: 'head', name: 'page not found', path: '/no-such-page' },

  { who: 'caretaker', name: 'companies', path: '/companies' },
  {
    who: 'caretaker',
    name: 'companies: notify dialog',
    path: '/companies',
    open: onTicked('action-notify', 'notify-dialog'),
  },
  { who: 'caretaker', name: 'company', path: (ids) => `/companies/${ids.company}` },
  { who: 'caretaker', name: 'client questions', path: '/inbox' },
  { who: 'caretaker', name: 'thread', path: (ids) => `/inbox/${ids.company}` },
  { who: 'caretaker', name: 'sent', path: '/sent' },
  { who: 'caretaker', name: 'account', path: '/account' },

  { who: 'client', name: 'messages', path: '/messages' },
  {
    who: 'client',
    name: 'messages: menu',
    path: '/messages',
    open: opens('menu-toggle', 'topbar'),
    within: '.topbar',
    only: 'phone',
  },
  { who: 'client', name: 'thread', path: (ids) => `/messages/${ids.company}` },
  { who: 'client', name: 'file download', path: (ids) => `/files/${ids.file}` },
  { who: 'client', name: 'account', path: '/account' },
];

interface Viewport {
  name: 'desktop' | 'phone';
  width: number;
  height: number;
}
const viewports: Viewport[] = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const languages = ['pl', 'en'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['serious', 'critical']);

const logins: Record<Exclude<Who, 'anonymous'>, string> = {
  head: 'szef@demo.local',
  caretaker: 'opiekun@demo.local',
  client: 'klient1@demo.local',
};

let demo: DemoApp;
let browser: Browser;
let ids: Ids;
const contexts: BrowserContext[] = [];
const covered: string[] = [];
const started = Date.now();

beforeAll(async () => {
  browser = await launchBrowser();
  demo = await startDemoApp();
  const em = demo.app.orm.em.fork();
  const [company] = await em.execute<Array<{ id: string }>>(
    `select id from company where email = 'klient1@demo.local'`,
  );
  const [broadcast] = await em.execute<Array<{ id: string }>>(
    `select b.id from broadcast b join office o on o.id = b.office_id
      where o.name = 'Biuro Rachunkowe Demo' order by b.created_at desc limit 1`,
  );
  const [notification] = await em.execute<Array<{ id: string }>>(
    `select b.id from broadcast b join office o on o.id = b.office_id
      where o.name = 'Biuro Rachunkowe Demo' and b.kind = 'NOTIFICATION'
      order by b.created_at desc limit 1`,
  );
  // The email worker makes the printouts and links them as it sends.
  const file = await until(async () => {
    const [row] = await em.execute<Array<{ id: string }>>(
      `select a.file_id as id from message_attachment a join message m on m.id = a.message_id
        where m.company_id = ? limit 1`,
      [company?.id],
    );
    return row;
  }, Boolean);
  if (!company || !broadcast || !notification || !file)
    throw new Error('the demo data has changed');
  ids = {
    company: company.id,
    broadcast: broadcast.id,
    notification: notification.id,
    file: file.id,
  };
}, 180_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  await browser?.close();
  await demo?.stop();
  console.log(
    `accessibility scan: ${covered.length} screens in ${Math.round((Date.now() - started) / 1000)} s\n  ${covered.sort().join('\n  ')}`,
  );
});

/** Waits until the page shows its heading and nothing is loading any more. */
async function settled(page: Page, expect: ExpectStatic): Promise<void> {
  await page.locator('h1').first().waitFor();
  await expect.poll(() => page.locator('.loading, [aria-busy="true"]').count()).toBe(0);
}

/** The page in `lang`: a logged-in user's account language (the top bar's choice), else the browser's. */
async function chooseLanguage(page: Page, who: Who, lang: (typeof languages)[number]) {
  await page.setViewportSize(viewports[0] as Viewport);
  if (who === 'anonymous') {
    await page.goto('/login');
    await page.evaluate(`localStorage.setItem('ledgerpost.lang', '${lang}')`);
    await page.reload();
  } else {
    await page.goto('/account');
    await page.getByRole('combobox', { name: /^(Język|Language)$/ }).selectOption(lang);
  }
}

/** Goes to `path` inside the running app (as its links do): no reload between screens. */
async function show(page: Page, path: string): Promise<void> {
  // Whatever the last screen opened (a dialog, the menu) closes first.
  while (await page.locator('dialog[open], .topbar-menu.open').count())
    await page.keyboard.press('Escape');
  await page.evaluate(`history.pushState(null, '', ${JSON.stringify(path)});
    dispatchEvent(new Event('ledgerpost:navigate'))`);
}

/**
 * Scans every screen of `who`, in both languages and at both sizes; answers the violations. With
 * the test's own `expect`, as the roles run concurrently.
 */
async function scanAs(who: Who, expect: ExpectStatic): Promise<string[]> {
  const context = await newContext(browser, demo.app.url);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (who !== 'anonymous') await login(page, logins[who], demo.app.config.demoPassword);
  const found: string[] = [];
  for (const lang of languages) {
    await chooseLanguage(page, who, lang);
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      for (const screen of screens) {
        if (screen.who !== who || (screen.only && screen.only !== viewport.name)) continue;
        const path = typeof screen.path === 'string' ? screen.path : screen.path(ids);
        const where = `${who}: ${screen.name} (${path}) [${lang}, ${viewport.width}×${viewport.height}]`;
        await show(page, path);
        await settled(page, expect);
        await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(lang);
        await screen.open?.(page);
        // axe-core at the version package.json names, injected into the page for each scan.
        const axe = new AxeBuilder({ page, axeSource })
          .withTags(TAGS)
          // Details of the violations only: passes and the rest are not worth their time.
          .options({ resultTypes: ['violations'] })
          .exclude('.graphiql-container')
          // Runs in the page itself: no extra page per scan, and the app has no frames.
          .setLegacyMode();
        if (screen.open) axe.include(screen.within ?? 'dialog[open]');
        const results = await axe.analyze();
        for (const violation of results.violations) {
          if (!FAILING.has(violation.impact ?? '')) continue;
          for (const node of violation.nodes) {
            found.push(
              `${violation.id} (${violation.impact}) at ${node.target.join(' ')} on ${where}: ${node.failureSummary?.replaceAll('\n', ' ')}`,
            );
          }
        }
        covered.push(where);
      }
    }
  }
  expect(errors).toEqual([]);
  return found;
}

// The roles scan side by side, each in a page of its own: the browser runs them on separate cores.
describe.concurrent('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const who of ['anonymous', 'head', 'caretaker', 'client'] as const) {
    it(`has no serious or critical violation on any screen, ${who === 'anonymous' ? 'logged out' : `as ${who}`}`, async ({
      expect,
    }) => {
      const violations = await scanAs(who, expect);
      expect(violations, violations.join('\n')).toEqual([]);
    }, 600_000);
  }
});
