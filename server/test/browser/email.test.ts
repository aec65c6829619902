import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBookkeeping } from '../../src/modules/bookkeeping/bookkeeping.demo.js';
import { OfficeVerification } from '../../src/modules/office/office.entity.js';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { pngImage } from '../images.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';
import { launchBrowser, login, newContext, screenshot } from './browser.js';

const SMTP = graphql(`
  mutation BrowserEmailSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const LOGO = graphql(`
  mutation BrowserEmailLogo($uploadId: ID) {
    setOfficeLogo(uploadId: $uploadId) { id }
  }
`);
const SEND = graphql(`
  mutation BrowserEmailSend($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const PROGRESS = graphql(`
  query BrowserEmailProgress($id: ID!) {
    broadcast(id: $id) { queuedCount sentCount }
  }
`);

let app: TestApp;
let browser: Browser;
let smtp: TestSmtp;
let f: OfficeFixture;
/** The delivered email's HTML, its inline logo made a data: URL by the parser as a mail client would show it. */
let html: string;

beforeAll(async () => {
  browser = await launchBrowser();
  smtp = await startTestSmtp({ users: { biuro: 'tajne-hasło' } });
  app = await startTestApp();
  f = await officeFixture(app, {
    companies: 1,
    verification: OfficeVerification.VERIFIED,
    name: 'Biuro Rachunkowe Bilans & Wspólnicy',
  });
  const target = f.companies[0]!; // FULL_ACCOUNTING, VAT payer: ledger and VAT registers
  const em = app.orm.em.fork();
  await em.execute('update company set name = ? where id = ?', [
    'Przedsiębiorstwo Handlowo-Usługowe <b>Kowalski</b> i Synowie sp. z o.o. sp.k.',
    target.company.id,
  ]);
  await seedBookkeeping(em, [target.company], 2026);
  ok(
    await app.gql(
      SMTP,
      {
        input: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'NONE',
          username: 'biuro',
          password: 'tajne-hasło',
          fromAddress: 'biuro@bilans.test',
          fromName: 'Biuro Bilans',
        },
      },
      f.head.token,
    ),
  );
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(pngImage(360, 120))]), 'logo.png');
  const upload = await fetch(`${app.url}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${f.head.token}` },
    body: form,
  });
  const { id } = (await upload.json()) as { id: string };
  ok(await app.gql(LOGO, { uploadId: id }, f.head.token));

  const before = smtp.transactions.length;
  const { sendEmail } = ok(
    await app.gql(
      SEND,
      {
        input: {
          companyIds: [target.company.id],
          subject: 'Dokumenty za październik 2026',
          html: '<p>Dzień dobry,</p><p>w załączeniu księga i rejestry VAT za październik. Instrukcja logowania: <a href="https://pomoc.bilans.test/jak-sie-zalogowac-do-panelu-klienta-i-pobrac-dokumenty">https://pomoc.bilans.test/jak-sie-zalogowac-do-panelu-klienta-i-pobrac-dokumenty</a></p><p>Pozdrawiamy,<br>Anna Nowak</p>',
          printouts: [
            { kind: 'LEDGER', period: '2026-10' },
            { kind: 'VAT_REGISTER', period: '2026-10' },
          ],
        },
      },
      f.head.token,
    ),
  );
  const deadline = Date.now() + 30_000;
  while (ok(await app.gql(PROGRESS, { id: sendEmail.id }, f.head.token)).broadcast!.queuedCount) {
    if (Date.now() > deadline) throw new Error('the email was not sent');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const tx = smtp.transactions.slice(before)[0];
  if (!tx) throw new Error('no email reached the SMTP server');
  html = String(tx.mail.html);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

describe('the delivered email in a browser', () => {
  for (const [width, height] of [
    [600, 1000],
    [360, 1100],
  ] as const) {
    it(`reads at ${width} px: no sideways scrolling, the logo shown, buttons at least 44 px tall`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const layout = (await page.evaluate(`(() => {
          const img = document.querySelector('img');
          return {
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            logo: img ? { natural: img.naturalWidth, shown: img.getBoundingClientRect().width } : null,
          };
        })()`)) as {
          scrollWidth: number;
          clientWidth: number;
          logo: { natural: number; shown: number } | null;
        };
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
        expect(layout.logo?.natural).toBe(360);
        expect(layout.logo?.shown).toBeGreaterThan(100);

        const buttons = page.getByRole('link', { name: 'Zaloguj się i pobierz' });
        expect(await buttons.count()).toBe(2);
        for (const button of await buttons.all()) {
          expect(await button.isVisible()).toBe(true);
          const box = await button.boundingBox();
          expect(box).not.toBeNull();
          expect(box!.height).toBeGreaterThanOrEqual(44);
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        }
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, not the hidden preheader
        const text = await page.locator('body').innerText();
        expect(text).toContain('Przedsiębiorstwo Handlowo-Usługowe <b>Kowalski</b> i Synowie');
        expect(text).toContain(`NIP ${f.companies[0]!.company.nip}`);
        expect(text).toContain('październik 2026');
        expect(text).toContain('Otrzymujesz tę wiadomość, ponieważ biuro');
        await screenshot(page, `email-${width}`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the logo in settings', () => {
  it('the head replaces the logo with a PNG, sees it, and a wrong file is named at once', async () => {
    const context = await newContext(browser, app.url);
    try {
      const page = await context.newPage();
      await login(page, f.head.user.email, PASSWORD);
      await page.goto('/settings');
      const section = page.getByTestId('logo');
      await expect
        .poll(() => section.getByTestId('logo-current').textContent())
        .toContain('logo.png');

      await section.getByLabel('Zmień logo').setInputFiles({
        name: 'wektor.svg',
        mimeType: 'image/svg+xml',
        buffer: Buffer.from('<svg/>'),
      });
      await expect.poll(() => section.getByRole('alert').textContent()).toContain('PNG lub JPEG');

      await section.getByLabel('Zmień logo').setInputFiles({
        name: 'bilans-logo.png',
        mimeType: 'image/png',
        buffer: pngImage(360, 120),
      });
      await expect
        .poll(() => section.getByTestId('logo-current').textContent())
        .toContain('bilans-logo.png');
      // The preview shows the chosen image itself (a data: URL the page's policy allows).
      await expect
        .poll(() =>
          section
            .getByRole('img')
            .evaluate((img) => (img as { naturalWidth: number }).naturalWidth),
        )
        .toBe(360);
      expect(await section.getByRole('alert').count()).toBe(0);
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'settings-logo');
    } finally {
      await context.close();
    }
  });
});
