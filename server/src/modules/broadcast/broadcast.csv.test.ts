import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCompany, insertCompanies, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { Office } from '../office/office.entity.js';

const NOTIFY = graphql(`
  mutation CsvReportNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const MARK_READ = graphql(`
  mutation CsvReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }
`);

const ACKNOWLEDGE = graphql(`
  mutation CsvReportAcknowledge($id: ID!) { acknowledgeMessage(id: $id) { id } }
`);

const CREATE_TOKEN = graphql(`
  mutation CsvReportToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }
`);

const HOSTILE = '=HYPERLINK("http://zly.example/";"Kliknij")';

describe('GET /broadcasts/:id/recipients.csv', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  const get = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('exports every matching recipient for Polish Excel, formulas defused', async () => {
    const office = await officeFixture(app, { companies: 2 });
    const em = app.orm.em.fork();
    const hostile = await buildCompany(em, em.getReference(Office, office.office.id), {
      name: HOSTILE,
    });
    const polish = await buildCompany(em, em.getReference(Office, office.office.id), {
      name: 'Zażółć gęślą; jaźń "Spółka"',
    });
    await em.flush();
    const bulk = await insertCompanies(em, office.office.id, 1200);
    const ids = [
      ...office.companies.map((c) => c.company.id),
      hostile.company.id,
      polish.company.id,
      ...bulk.map((b) => b.companyId),
    ];
    const sent = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: ids, body: 'Raport CSV', requireAcknowledgment: true } },
        office.head.token,
      ),
    ).sendBulkNotification;
    const reader = office.companies[0];
    ok(await app.gql(MARK_READ, { companyId: reader.company.id }, reader.client.token));
    // The second company's client confirms receipt (which also reads it).
    const confirmer = office.companies[1];
    const [confirmed] = await em.execute<Array<{ id: string }>>(
      'select id from message where broadcast_id = ? and company_id = ?',
      [sent.id, confirmer.company.id],
    );
    ok(await app.gql(ACKNOWLEDGE, { id: confirmed!.id }, confirmer.client.token));

    const { result: response, statements } = await countStatements(async () => {
      const answer = await get(`/broadcasts/${sent.id}/recipients.csv`, office.head.token);
      return new Response(await answer.arrayBuffer(), answer);
    });
    // 1,204 rows in batches of 500: a statement per batch (and one for the readers' names), never one per row.
    console.log(`recipients.csv of ${ids.length} rows: ${statements} statements`);
    expect(statements).toBeLessThanOrEqual(10);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="raport-wysylki-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFFirma;NIP;Przeczytano;Kto przeczytał;Pierwsze przeczytanie;Potwierdzono odbiór;Kto potwierdził;Status e-maila;Przyczyna błędu;Załączniki;Pobrane;Odpowiedź klienta',
    );
    const rows: string[][] = parse(text, { delimiter: ';', bom: true });
    expect(rows).toHaveLength(1 + ids.length);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    // The hostile name is a text cell in Excel, not a formula.
    expect(byName.get(`'${HOSTILE}`)).toBeDefined();
    expect(text).not.toMatch(/(^|;|\r\n)=HYPERLINK/);
    expect(byName.get('Zażółć gęślą; jaźń "Spółka"')?.[1]).toBe(polish.company.nip);
    const read = byName.get(reader.company.name)!;
    expect(read[2]).toBe('tak');
    expect(read[3]).toMatch(
      new RegExp(`^${reader.client.user.name} \\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\)$`),
    );
    expect(read[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(read.slice(5, 7)).toEqual(['nie', '']);
    const acknowledged = byName.get(confirmer.company.name)!;
    expect(acknowledged[2]).toBe('tak');
    expect(acknowledged[5]).toBe('tak');
    expect(acknowledged[6]).toMatch(
      new RegExp(`^${confirmer.client.user.name} \\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\)$`),
    );
    expect(rows.slice(1).filter((r) => r[2] === 'nie')).toHaveLength(ids.length - 2);
    expect(rows.slice(1).filter((r) => r[5] === 'nie')).toHaveLength(ids.length - 1);

    // Only those who confirmed receipt.
    const confirmedOnly: string[][] = parse(
      await (
        await get(`/broadcasts/${sent.id}/recipients.csv?acknowledged=true`, office.head.token)
      ).text(),
      { delimiter: ';', bom: true },
    );
    expect(confirmedOnly.slice(1).map((r) => r[0])).toEqual([confirmer.company.name]);

    // The filter of the table, and English headers.
    const unread = await get(
      `/broadcasts/${sent.id}/recipients.csv?read=false&lang=en`,
      office.head.token,
    );
    expect(unread.headers.get('content-disposition')).toMatch(/filename="send-report-/);
    const unreadRows: string[][] = parse(await unread.text(), { delimiter: ';', bom: true });
    expect(unreadRows[0]?.slice(0, 3)).toEqual(['Company', 'NIP', 'Read']);
    expect(unreadRows[0]?.slice(5, 7)).toEqual(['Acknowledged', 'Acknowledged by']);
    expect(unreadRows).toHaveLength(ids.length - 1);
    expect(unreadRows.slice(1).every((r) => r[2] === 'no')).toBe(true);
  });

  it('answers 401 without a login, 403 to clients, 404 for what the viewer does not see, 400 for a bad filter', async () => {
    const office = await officeFixture(app, { companies: 3 });
    const other = await officeFixture(app, { companies: 1 });
    const sent = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [office.companies[1].company.id], body: 'Poufne' } },
        office.head.token,
      ),
    ).sendBulkNotification;
    const path = `/broadcasts/${sent.id}/recipients.csv`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, 'not-a-token')).status).toBe(401);
    expect((await get(path, office.companies[1].client.token)).status).toBe(403);
    for (const token of [other.head.token, office.caretaker.token]) {
      const response = await get(path, token);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(office.companies[1].company.name);
    }
    expect((await get('/broadcasts/not-an-id/recipients.csv', office.head.token)).status).toBe(404);
    // An API token needs the READ scope, as for /files.
    const tokenWith = async (scopes: Array<'READ' | 'NOTIFY'>) =>
      ok(
        await app.gql(
          CREATE_TOKEN,
          { input: { name: `csv ${scopes}`, scopes } },
          office.head.token,
        ),
      ).createApiToken.token;
    expect((await get(path, await tokenWith(['NOTIFY']))).status).toBe(403);
    const byToken = await get(path, await tokenWith(['READ']));
    expect(byToken.status).toBe(200);
    expect(await byToken.text()).toContain(office.companies[1].company.name);
    for (const query of ['read=maybe', 'emailStatus=LOST', 'replied=1']) {
      const response = await get(`${path}?${query}`, office.head.token);
      expect(response.status).toBe(400);
    }
  });
});
