import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompanies, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  ok,
  oneRow,
  startTestApp,
  type TestApp,
} from '../../../test/harness.js';
import { amountInWords } from './template.placeholders.js';

const CREATE = graphql(`
  mutation TplScaleCreate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) { id }
  }
`);
const NOTIFY = graphql(`
  mutation TplScaleNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);

const LARGE = 10_000;
const NBSP = '\u00a0';

describe('templates filled for 10,000 companies', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('renders each company its own message in the same few statements as for 3', async () => {
    const office = await officeFixture(app, { companies: 3 });
    const em = app.orm.em.fork();
    const inserted = await insertCompanies(em, office.office.id, LARGE, {
      caretakerId: office.caretaker.user.id,
    });
    // Every company a declaration for October 2026 with an amount of its own: 1000.00 + its number.
    await em.execute(
      `insert into declaration (company_id, type, period, tax_base, tax_due, due_date)
       select c.id, 'JPK_V7M', '2026-10', 0, 1000 + row_number() over (order by c.id), '2026-11-25'
         from company c where c.office_id = ?`,
      [office.office.id],
    );
    const template = ok(
      await app.gql(
        CREATE,
        {
          input: {
            name: 'Masowy',
            kind: 'NOTIFICATION',
            subject: '{{firma}}: {{deklaracja.typ}} za {{okres}}',
            html: '<p>Dzień dobry,</p><p>{{firma}} (NIP {{nip}}) ma do zapłaty <strong>{{deklaracja.kwota}}</strong> do {{deklaracja.termin}}.</p><p>{{opiekun|Biuro}}</p>',
          },
        },
        office.head.token,
      ),
    ).createMessageTemplate;
    const send = (companyIds: string[]) =>
      countStatements(async () =>
        ok(
          await app.gql(
            NOTIFY,
            { input: { companyIds, templateId: template.id, period: '2026-10' } },
            office.head.token,
          ),
        ),
      );

    const few = await send(office.companies.map((c) => c.company.id));
    const started = performance.now();
    const many = await send(inserted.map((c) => c.companyId));
    const elapsed = performance.now() - started;
    console.log(
      `sendBulkNotification with a template to ${LARGE} companies: ${elapsed.toFixed(0)} ms, ${many.statements} statements (3 companies: ${few.statements})`,
    );
    expect(many.result.sendBulkNotification.recipientCount).toBe(LARGE);
    expect(many.statements).toBe(few.statements);

    // Every message is its own company's: its name, its NIP and its own amount.
    const rows = await em.execute<
      Array<{
        subject: string;
        body: string;
        html: string;
        name: string;
        nip: string;
        tax_due: string;
      }>
    >(
      `select m.subject, m.body, m.html, c.name, c.nip, d.tax_due::text
         from message m join company c on c.id = m.company_id
         join declaration d on d.company_id = c.id
        where m.broadcast_id = ?`,
      [many.result.sendBulkNotification.id],
    );
    expect(rows).toHaveLength(LARGE);
    const wrong = rows.filter(
      (r) =>
        r.subject !== `${r.name}: JPK_V7M za październik 2026` ||
        !r.body.includes(`${r.name} (NIP ${r.nip})`) ||
        !r.html.includes(`<strong>${amountInWords(r.tax_due)}</strong> do 25 listopada 2026`),
    );
    expect(wrong).toEqual([]);
    expect(new Set(rows.map((r) => r.body)).size).toBe(LARGE);
    expect(rows.some((r) => r.html.includes(`11${NBSP}000,00${NBSP}zł`))).toBe(true);

    // Without declarations for a period, every company lacks the amount: one refusal naming 20 of
    // them and counting all, nothing written.
    const before = await oneRow<{ n: number }>(em, 'select count(*)::int as n from message');
    const refused = await countStatements(() =>
      app.gql(
        NOTIFY,
        {
          input: {
            companyIds: inserted.map((c) => c.companyId),
            templateId: template.id,
            period: '2026-09',
          },
        },
        office.head.token,
      ),
    );
    expect(codes(refused.result)).toEqual(['BAD_USER_INPUT']);
    const extensions = refused.result.errors?.[0]?.extensions ?? {};
    expect(extensions.missingCount).toBe(LARGE);
    expect(extensions.missing).toHaveLength(20);
    expect(refused.statements).toBeLessThanOrEqual(few.statements);
    expect(await oneRow<{ n: number }>(em, 'select count(*)::int as n from message')).toEqual(
      before,
    );
  });
});
