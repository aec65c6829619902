import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCompany,
  buildStaff,
  type OfficeFixture,
  officeFixture,
  sessionFor,
} from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  type GraphQLResponse,
  ok,
  oneRow,
  startTestApp,
  type TestApp,
} from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { Declaration } from '../bookkeeping/bookkeeping.entity.js';
import { Company } from '../company/company.entity.js';
import { Office, OfficeVerification } from '../office/office.entity.js';
import { renderForCompanies } from './template.render.js';

const TEMPLATES = graphql(`
  query TplList {
    messageTemplates { id name kind subject html updatedAt author { id name } }
  }
`);
const CREATE = graphql(`
  mutation TplCreate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) { id name kind subject html author { id } }
  }
`);
const UPDATE = graphql(`
  mutation TplUpdate($id: ID!, $input: MessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) { id name subject html }
  }
`);
const DELETE = graphql(`
  mutation TplDelete($id: ID!) {
    deleteMessageTemplate(id: $id)
  }
`);
const PREVIEW = graphql(`
  query TplPreview($input: MessagePreviewInput!) {
    previewMessage(input: $input) { subject html body missing }
  }
`);
const NOTIFY = graphql(`
  mutation TplNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount subject }
  }
`);
const EMAIL = graphql(`
  mutation TplEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id recipientCount }
  }
`);
const THREAD = graphql(`
  query TplThread($companyId: ID!) {
    messages(companyId: $companyId, first: 5) { edges { node { subject body html kind } } }
  }
`);
const SMTP = graphql(`
  mutation TplSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const PROGRESS = graphql(`
  query TplProgress($id: ID!) {
    broadcast(id: $id) { queuedCount sentCount failedCount }
  }
`);

const NBSP = '\u00a0';
const HOSTILE = `<img src=x onerror=alert(1)> & "Spółka" <script>alert(2)</script>`;

/** The extensions of the one error of a response. */
function extensionsOf(response: GraphQLResponse<unknown>): Record<string, unknown> {
  expect(response.errors).toHaveLength(1);
  return response.errors?.[0]?.extensions ?? {};
}

describe('message templates and placeholders', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;
  let smtp: TestSmtp;
  /** Companies of `f` by role in the tests: [0] and [2] have the caretaker, [1] has none. */
  let companies: Company[];

  async function counts(officeId: string) {
    return oneRow<{ messages: number; broadcasts: number }>(
      app.orm.em.fork(),
      `select (select count(*) from message m join company c on c.id = m.company_id where c.office_id = ?)::int as messages,
              (select count(*) from broadcast where office_id = ?)::int as broadcasts`,
      [officeId, officeId],
    );
  }

  async function thread(companyId: string) {
    const { messages } = ok(await app.gql(THREAD, { companyId }, f.head.token));
    return messages.edges[0]!.node;
  }

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'tajne-haslo' } });
    app = await startTestApp();
    f = await officeFixture(app, {
      companies: 3,
      verification: OfficeVerification.VERIFIED,
      name: 'Biuro & Wspólnicy',
    });
    other = await officeFixture(app, { companies: 1 });
    const em = app.orm.em.fork();
    companies = f.companies.map((c) => em.getReference(Company, c.company.id));
    // Company 0: a four-digit amount; company 1: two declarations (the earlier due one counts);
    // company 2: none for the period.
    em.create(Declaration, {
      company: companies[0]!,
      type: 'JPK_V7M',
      period: '2026-10',
      taxBase: '9000.00',
      taxDue: '1234.56',
      dueDate: '2026-11-25',
    });
    em.create(Declaration, {
      company: companies[1]!,
      type: 'PIT-5L',
      period: '2026-10',
      taxBase: '100.00',
      taxDue: '1000000.00',
      dueDate: '2026-11-20',
    });
    em.create(Declaration, {
      company: companies[1]!,
      type: 'JPK_V7M',
      period: '2026-10',
      taxBase: '100.00',
      taxDue: '7.50',
      dueDate: '2026-11-25',
    });
    await em.flush();
    ok(
      await app.gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password: 'tajne-haslo',
            fromAddress: 'biuro@kancelaria.test',
          },
        },
        f.head.token,
      ),
    );
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('fills each company’s own name, NIP, caretaker, amount and due date, and English aliases', async () => {
    const ids = f.companies.map((c) => c.company.id).slice(0, 2);
    const { sendBulkNotification } = ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: ids,
            period: '2026-10',
            subject: 'Rozliczenie {{ okres }} dla {{company}}',
            html: '<p>Dzień dobry {{firma}} (NIP {{nip}}),</p><p>{{deklaracja.typ}}: <strong>{{declaration.amount}}</strong> do {{deklaracja.termin}}. Opiekun: {{opiekun|biuro}}. {{office}}</p>',
          },
        },
        f.head.token,
      ),
    );
    expect(sendBulkNotification).toMatchObject({
      recipientCount: 2,
      subject: 'Rozliczenie {{ okres }} dla {{company}}',
    });
    const [first, second] = [await thread(ids[0]!), await thread(ids[1]!)];
    const c0 = f.companies[0]!.company;
    const c1 = f.companies[1]!.company;
    expect(first.subject).toBe(`Rozliczenie październik 2026 dla ${c0.name}`);
    expect(first.html).toBe(
      `<p>Dzień dobry ${c0.name} (NIP ${c0.nip}),</p><p>JPK_V7M: <strong>1${NBSP}234,56${NBSP}zł</strong> do 25 listopada 2026. Opiekun: ${f.caretaker.user.name}. Biuro &amp; Wspólnicy</p>`,
    );
    expect(first.body).toContain(`JPK_V7M: 1${NBSP}234,56${NBSP}zł do 25 listopada 2026.`);
    expect(first.body).toContain('Biuro & Wspólnicy');
    // The second has two declarations for October: the one due first; no caretaker, the fallback.
    expect(second.subject).toBe(`Rozliczenie październik 2026 dla ${c1.name}`);
    expect(second.body).toContain(
      `PIT-5L: 1${NBSP}000${NBSP}000,00${NBSP}zł do 20 listopada 2026. Opiekun: biuro.`,
    );
    expect(second.body).not.toContain(c0.name);
    expect(first.body).not.toContain(c1.name);
  });

  it('refuses a send with placeholders some companies have no value for, naming them, and sends nothing', async () => {
    const before = await counts(f.office.id);
    const response = await app.gql(
      NOTIFY,
      {
        input: {
          companyIds: f.companies.map((c) => c.company.id),
          period: '2026-10',
          html: '<p>{{firma}}: {{deklaracja.kwota}}, opiekun {{opiekun}}</p>',
        },
      },
      f.head.token,
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    const extensions = extensionsOf(response);
    expect(extensions.reasons).toEqual(['MISSING_PLACEHOLDER_VALUES']);
    expect(extensions.missingCount).toBe(2);
    const c1 = f.companies[1]!.company;
    const c2 = f.companies[2]!.company;
    expect(extensions.missing).toEqual([
      { companyId: c1.id, companyName: c1.name, placeholders: ['opiekun'] },
      { companyId: c2.id, companyName: c2.name, placeholders: ['deklaracja.kwota'] },
    ]);
    expect(response.errors?.[0]?.message).toContain(c2.name);
    expect(await counts(f.office.id)).toEqual(before);

    // With fallbacks it goes to all three.
    const sent = ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: f.companies.map((c) => c.company.id),
            period: '2026-10',
            html: '<p>{{firma}}: {{ deklaracja.kwota | brak danych }}, opiekun {{opiekun|—}}</p>',
          },
        },
        f.head.token,
      ),
    );
    expect(sent.sendBulkNotification.recipientCount).toBe(3);
    expect((await thread(c2.id)).body).toBe(
      `${c2.name}: brak danych, opiekun ${f.caretaker.user.name}`,
    );
    expect((await thread(c1.id)).body).toBe(
      `${c1.name}: 1${NBSP}000${NBSP}000,00${NBSP}zł, opiekun —`,
    );
  });

  it('without a period, {{okres}} and {{deklaracja.*}} have no value', async () => {
    const response = await app.gql(
      NOTIFY,
      { input: { companyIds: [f.companies[0]!.company.id], body: 'Okres {{okres}}' } },
      f.head.token,
    );
    expect(extensionsOf(response).missing).toEqual([
      expect.objectContaining({ placeholders: ['okres'] }),
    ]);
    const yearly = await app.gql(
      NOTIFY,
      {
        input: { companyIds: [f.companies[0]!.company.id], body: 'Rok {{okres}}', period: '2026' },
      },
      f.head.token,
    );
    ok(yearly);
    expect((await thread(f.companies[0]!.company.id)).body).toBe('Rok 2026');
    for (const period of ['2026-13', '26', '2026-1', 'listopad']) {
      const bad = await app.gql(
        NOTIFY,
        { input: { companyIds: [f.companies[0]!.company.id], body: 'x', period } },
        f.head.token,
      );
      expect(extensionsOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    }
  });

  it('escapes values in HTML (a hostile company name) and keeps them plain in the subject and text', async () => {
    const em = app.orm.em.fork();
    const { company } = await buildCompany(em, em.getReference(Office, f.office.id), {
      name: HOSTILE,
    });
    await em.flush();
    ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: [company.id],
            subject: 'Dla {{firma}}',
            html: '<p>Witaj <a href="https://example.test/{{firma}}">{{firma}}</a></p>',
          },
        },
        f.head.token,
      ),
    );
    const message = await thread(company.id);
    expect(message.html).not.toMatch(/<img|<script/);
    expect(message.html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Spółka&quot; &lt;script&gt;alert(2)&lt;/script&gt;',
    );
    // Inside a tag a placeholder is left as written: no value becomes a link.
    expect(message.html).toContain('href="https://example.test/{{firma}}"');
    expect(message.subject).toBe(`Dla ${HOSTILE}`);
    expect(message.body).toContain(HOSTILE);
  });

  it('keeps templates: sanitized, unknown placeholders and duplicate names refused, kinds enforced', async () => {
    const created = ok(
      await app.gql(
        CREATE,
        {
          input: {
            name: 'Rozliczenie miesięczne',
            kind: 'NOTIFICATION',
            subject: 'Podatek za {{okres}}',
            html: '<p onclick="x()">Kwota: {{deklaracja.kwota|brak}}</p><script>alert(1)</script><img src=x onerror=alert(1)>',
          },
        },
        f.head.token,
      ),
    ).createMessageTemplate;
    expect(created).toMatchObject({
      name: 'Rozliczenie miesięczne',
      kind: 'NOTIFICATION',
      html: '<p>Kwota: {{deklaracja.kwota|brak}}</p>',
      author: { id: f.head.user.id },
    });

    const unknown = await app.gql(
      CREATE,
      {
        input: {
          name: 'Zły',
          kind: 'NOTIFICATION',
          html: '<p>{{firma}} {{kwota}} {{ deklaracja.foo | x }}</p>',
        },
      },
      f.head.token,
    );
    expect(extensionsOf(unknown)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'html',
      reasons: ['UNKNOWN_PLACEHOLDER'],
      placeholders: ['kwota', 'deklaracja.foo'],
    });
    const duplicate = await app.gql(
      CREATE,
      {
        input: { name: ' ROZLICZENIE miesięczne ', kind: 'EMAIL', subject: 'x', html: '<p>x</p>' },
      },
      f.caretaker.token,
    );
    expect(extensionsOf(duplicate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const noSubject = await app.gql(
      CREATE,
      { input: { name: 'Email bez tematu', kind: 'EMAIL', html: '<p>x</p>' } },
      f.head.token,
    );
    expect(extensionsOf(noSubject)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
    const longName = await app.gql(
      CREATE,
      { input: { name: 'x'.repeat(101), kind: 'NOTIFICATION', html: '<p>x</p>' } },
      f.head.token,
    );
    expect(extensionsOf(longName)).toMatchObject({ field: 'name' });

    // A NOTIFICATION template does not make an email.
    const wrongKind = await app.gql(
      EMAIL,
      { input: { companyIds: [f.companies[0]!.company.id], templateId: created.id } },
      f.head.token,
    );
    expect(extensionsOf(wrongKind)).toMatchObject({
      field: 'templateId',
      reasons: ['TEMPLATE_KIND_MISMATCH'],
    });

    // Twin creates of one name: exactly one is made.
    const twins = await Promise.all(
      [1, 2].map(() =>
        app.gql(
          CREATE,
          { input: { name: 'Bliźniak', kind: 'NOTIFICATION', html: '<p>x</p>' } },
          f.head.token,
        ),
      ),
    );
    expect(twins.map((r) => codes(r).join() || 'ok').sort()).toEqual(['BAD_USER_INPUT', 'ok']);
    const listed = ok(await app.gql(TEMPLATES, {}, f.caretaker.token)).messageTemplates;
    expect(listed.filter((t) => t.name === 'Bliźniak')).toHaveLength(1);
    expect(ok(await app.gql(TEMPLATES, {}, other.head.token)).messageTemplates).toEqual([]);
  });

  it('lets the head edit every template, a caretaker only their own; another office gets NOT_FOUND', async () => {
    const input = { name: 'Opiekuna', kind: 'NOTIFICATION' as const, html: '<p>{{firma}}</p>' };
    const mine = ok(await app.gql(CREATE, { input }, f.caretaker.token)).createMessageTemplate;
    const heads = ok(
      await app.gql(CREATE, { input: { ...input, name: 'Szefa' } }, f.head.token),
    ).createMessageTemplate;
    const em = app.orm.em.fork();
    const secondCaretaker = await sessionFor(
      app,
      em,
      await buildStaff(em, em.getReference(Office, f.office.id)),
    );
    await em.flush();

    const changed = { ...input, name: 'Opiekuna (zmieniony)' };
    expect(
      ok(await app.gql(UPDATE, { id: mine.id, input: changed }, f.caretaker.token)),
    ).toMatchObject({ updateMessageTemplate: { name: 'Opiekuna (zmieniony)' } });
    expect(
      codes(await app.gql(UPDATE, { id: heads.id, input: changed }, f.caretaker.token)),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(DELETE, { id: mine.id }, secondCaretaker.token))).toEqual([
      'FORBIDDEN',
    ]);
    for (const [doc, token] of [
      [UPDATE, other.head.token],
      [DELETE, other.head.token],
    ] as const) {
      const response =
        doc === UPDATE
          ? await app.gql(UPDATE, { id: mine.id, input: changed }, token)
          : await app.gql(DELETE, { id: mine.id }, token);
      expect(codes(response)).toEqual(['NOT_FOUND']);
    }
    expect(codes(await app.gql(DELETE, { id: 'not-an-id' }, f.head.token))).toEqual(['NOT_FOUND']);
    // Another office's template cannot be sent or previewed either.
    const foreign = await app.gql(
      NOTIFY,
      { input: { companyIds: [other.companies[0]!.company.id], templateId: mine.id } },
      other.head.token,
    );
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    // Every staff member uses the head's template; the head deletes the caretaker's.
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [f.companies[0]!.company.id], templateId: heads.id } },
        f.caretaker.token,
      ),
    );
    expect(ok(await app.gql(DELETE, { id: mine.id }, f.head.token)).deleteMessageTemplate).toBe(
      true,
    );
    expect(codes(await app.gql(DELETE, { id: mine.id }, f.head.token))).toEqual(['NOT_FOUND']);
  });

  it('previews for one company the sender sees; others are NOT_FOUND', async () => {
    const template = ok(
      await app.gql(
        CREATE,
        {
          input: {
            name: 'Podgląd',
            kind: 'EMAIL',
            subject: '{{deklaracja.typ}} {{okres}}',
            html: '<p>{{firma}}: {{deklaracja.kwota}} do {{deklaracja.termin}}</p>',
          },
        },
        f.head.token,
      ),
    ).createMessageTemplate;
    const c0 = f.companies[0]!.company;
    const preview = ok(
      await app.gql(
        PREVIEW,
        { input: { companyId: c0.id, templateId: template.id, period: '2026-10' } },
        f.caretaker.token,
      ),
    ).previewMessage;
    expect(preview).toEqual({
      subject: 'JPK_V7M październik 2026',
      html: `<p>${c0.name}: 1${NBSP}234,56${NBSP}zł do 25 listopada 2026</p>`,
      body: `${c0.name}: 1${NBSP}234,56${NBSP}zł do 25 listopada 2026`,
      missing: [],
    });
    const none = ok(
      await app.gql(
        PREVIEW,
        {
          input: {
            companyId: f.companies[2]!.company.id,
            templateId: template.id,
            subject: 'Własny temat',
          },
        },
        f.head.token,
      ),
    ).previewMessage;
    expect(none.subject).toBe('Własny temat');
    expect(none.missing).toEqual(['deklaracja.kwota', 'deklaracja.termin']);
    // The caretaker does not see company 1; the other office sees none of them.
    for (const [companyId, token] of [
      [f.companies[1]!.company.id, f.caretaker.token],
      [c0.id, other.head.token],
      ['nie-id', f.head.token],
    ] as const) {
      const response = await app.gql(
        PREVIEW,
        { input: { companyId, html: '<p>{{firma}}</p>' } },
        token,
      );
      expect(codes(response)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(response)).not.toContain(c0.name);
    }
    expect(codes(await app.gql(PREVIEW, { input: { companyId: c0.id } }, f.head.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('emails each company its own rendering from an EMAIL template, subject overridable', async () => {
    const template = ok(
      await app.gql(
        CREATE,
        {
          input: {
            name: 'Email miesięczny',
            kind: 'EMAIL',
            subject: 'Podatek {{firma}}',
            html: '<p>Do zapłaty: {{deklaracja.kwota}}</p>',
          },
        },
        f.head.token,
      ),
    ).createMessageTemplate;
    const targets = f.companies.slice(0, 2).map((c) => c.company);
    const before = smtp.transactions.length;
    const { sendEmail } = ok(
      await app.gql(
        EMAIL,
        {
          input: {
            companyIds: targets.map((c) => c.id),
            templateId: template.id,
            period: '2026-10',
          },
        },
        f.head.token,
      ),
    );
    for (let i = 0; ; i += 1) {
      const progress = ok(await app.gql(PROGRESS, { id: sendEmail.id }, f.head.token)).broadcast!;
      if (progress.queuedCount === 0) {
        expect(progress).toMatchObject({ sentCount: 2, failedCount: 0 });
        break;
      }
      if (i > 200) throw new Error('the emails were not sent');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sent = smtp.transactions.slice(before);
    const amounts = [`1${NBSP}234,56${NBSP}zł`, `1${NBSP}000${NBSP}000,00${NBSP}zł`];
    targets.forEach((company, i) => {
      const mail = sent.find((t) => t.rcptTo.includes(company.email))!.mail;
      expect(mail.subject).toBe(`Podatek ${company.name}`);
      expect(String(mail.html)).toContain(`Do zapłaty: ${amounts[i]}`);
      expect(String(mail.html)).not.toContain(amounts[1 - i]);
    });
    const archived = await thread(targets[0]!.id);
    expect(archived).toMatchObject({ kind: 'EMAIL', subject: `Podatek ${targets[0]!.name}` });

    // An explicit subject wins over the template's; a plain body alone needs a subject.
    const response = await app.gql(
      EMAIL,
      { input: { companyIds: [targets[0]!.id], body: 'Sama treść' } },
      f.head.token,
    );
    expect(extensionsOf(response)).toMatchObject({ field: 'subject' });
    const nothing = await app.gql(
      EMAIL,
      { input: { companyIds: [targets[0]!.id], subject: 'Temat' } },
      f.head.token,
    );
    expect(extensionsOf(nothing)).toMatchObject({ reasons: ['CONTENT_REQUIRED'] });
  });

  it('renders for the deadline reminders: exactly the named declaration, results aligned', async () => {
    const em = app.orm.em.fork();
    const c1 = f.companies[1]!.company;
    const later = await em.findOneOrFail(Declaration, { company: c1.id, type: 'JPK_V7M' });
    const rendered = await renderForCompanies(
      em,
      f.office.id,
      { subject: '{{deklaracja.typ}}', html: '<p>{{deklaracja.kwota}} {{ okres }}</p>' },
      [
        { companyId: c1.id, declarationId: later.id },
        { companyId: c1.id },
        { companyId: f.companies[2]!.company.id },
      ],
      '2026-10',
    );
    expect(rendered).toEqual([
      {
        companyId: c1.id,
        subject: 'JPK_V7M',
        html: `<p>7,50${NBSP}zł październik 2026</p>`,
        body: `7,50${NBSP}zł październik 2026`,
        missing: [],
      },
      expect.objectContaining({ companyId: c1.id, subject: 'PIT-5L' }),
      expect.objectContaining({
        companyId: f.companies[2]!.company.id,
        subject: '',
        missing: ['deklaracja.typ', 'deklaracja.kwota'],
      }),
    ]);
    // A company of another office is not rendered.
    await expect(
      renderForCompanies(
        em,
        f.office.id,
        { subject: null, html: '<p>{{firma}}</p>' },
        [{ companyId: other.companies[0]!.company.id }],
        null,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});
