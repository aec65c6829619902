import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { freePort } from '../../../test/net.js';
import { OfficeVerification } from '../office/office.entity.js';

const SMTP = graphql(`
  mutation CatcherSetSmtp($i: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $i) { host }
  }
`);
const TEST = graphql(`
  mutation CatcherTestSmtp {
    testSmtpIntegration
  }
`);
const SEND = graphql(`
  mutation CatcherSend($i: SendEmailInput!) {
    sendEmail(input: $i) { id }
  }
`);

describe('development mail catcher', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Demo mode on an existing database: the catcher runs; the demo seed sees offices and skips.
    app = await startTestApp({ demoData: true, devSmtpPort: await freePort() });
  });
  afterAll(() => app.stop());

  it('catches what an office sends through it and lists it at /dev/mail', async () => {
    expect(app.mailCatcher).toBeDefined();
    const f = await officeFixture(app, { companies: 2, verification: OfficeVerification.VERIFIED });
    ok(
      await app.gql(
        SMTP,
        {
          i: {
            host: '127.0.0.1',
            port: app.mailCatcher!.port,
            security: 'NONE',
            username: 'demo',
            password: 'demo',
            fromAddress: 'biuro@demo.local',
          },
        },
        f.head.token,
      ),
    );
    ok(await app.gql(TEST, {}, f.head.token));
    const { sendEmail } = ok(
      await app.gql(
        SEND,
        {
          i: {
            companyIds: f.companies.map((c) => c.company.id),
            subject: 'Złapany list',
            html: '<p>Treść</p>',
          },
        },
        f.head.token,
      ),
    );
    expect(sendEmail.id).toBeDefined();
    await expect
      .poll(() => app.mailCatcher!.messages.filter((m) => m.subject === 'Złapany list').length, {
        timeout: 15_000,
      })
      .toBe(2);

    const list = (await (await fetch(`${app.url}/dev/mail?format=json`)).json()) as Array<{
      subject: string;
      envelopeTo: string[];
    }>;
    const caught = list.filter((m) => m.subject === 'Złapany list');
    expect(caught.map((m) => m.envelopeTo).sort()).toEqual(
      f.companies.map((c) => [c.company.email]).sort(),
    );
    const page = await fetch(`${app.url}/dev/mail`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Złapany list');
  });

  it('does not exist without demo mode', async () => {
    const plain = await startTestApp();
    try {
      expect(plain.mailCatcher).toBeUndefined();
      expect((await fetch(`${plain.url}/dev/mail?format=json`)).status).toBe(404);
    } finally {
      await plain.stop();
    }
  });
});
