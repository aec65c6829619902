import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixtureOf, officeFixture, uniqueNip } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  ok,
  oneRow,
  startTestApp,
  subscribe,
  type TestApp,
} from '../../../test/harness.js';

const IMPORT = graphql(`
  mutation CompanyImportRun($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean) {
    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {
      applied created updated unchanged failed
      rows { line status column error nip name }
    }
  }
`);

const SEND = graphql(`
  mutation CompanyImportSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const UNREAD = graphql(`
  subscription CompanyImportUnread {
    unreadCountChanged { count companyId }
  }
`);

const HEADER = 'nazwa;NIP;forma opodatkowania;VAT;e-mail;opiekun';

describe('importCompanies', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<2>;
  let other: OfficeFixtureOf<1>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 2 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  const upload = async (bytes: Buffer | string, token = f.head.token, filename = 'firmy.csv') => {
    const form = new FormData();
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    form.append('file', new Blob([new Uint8Array(data)], { type: 'text/csv' }), filename);
    const response = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const body = (await response.json()) as { id: string; contentType: string };
    expect(response.status).toBe(201);
    return body;
  };
  const run = async (uploadId: string, dryRun: boolean, skipInvalid = false) =>
    ok(await app.gql(IMPORT, { uploadId, dryRun, skipInvalid }, f.head.token)).importCompanies;
  const officeCount = async (officeId = f.office.id) =>
    Number(
      (
        await oneRow<{ count: string }>(
          app.orm.em.fork(),
          'select count(*) from company where office_id = ?',
          [officeId],
        )
      ).count,
    );
  const rowsOf = (count: number, tag: string) =>
    Array.from({ length: count }, (_, i) => {
      const taxForm = ['pełna księgowość', 'KPiR', 'ryczałt'][i % 3];
      const caretaker = i % 4 === 0 ? f.caretaker.user.email : '';
      return `Firma ${tag} ${i};${uniqueNip()};${taxForm};${i % 2 ? 'tak' : 'nie'};f${i}-${tag}@test.local;${caretaker}`;
    });

  it('5,000 rows: a dry run writes nothing, the import creates all, again all unchanged, in constant statements', async () => {
    const before = await officeCount();
    const big = await upload([HEADER, ...rowsOf(5000, 'duza')].join('\r\n'));
    expect(big.contentType).toBe('text/csv');
    const small = await upload([HEADER, ...rowsOf(5, 'mala')].join('\r\n'));

    const dry = await countStatements(() => run(big.id, true));
    expect(dry.result).toMatchObject({ applied: false, created: 5000, failed: 0 });
    expect(dry.result.rows).toHaveLength(5000);
    expect(dry.result.rows[0]).toMatchObject({ line: 2, status: 'CREATED', name: 'Firma duza 0' });
    expect(await officeCount()).toBe(before);
    const smallDry = await countStatements(() => run(small.id, true));
    expect(dry.statements).toBe(smallDry.statements);

    const real = await countStatements(() => run(big.id, false));
    expect(real.result).toMatchObject({ applied: true, created: 5000, updated: 0, failed: 0 });
    const smallReal = await countStatements(() => run(small.id, false));
    expect(smallReal.result.created).toBe(5);
    expect(real.statements).toBe(smallReal.statements);
    expect(await officeCount()).toBe(before + 5005);
    // Caretakers by email: every fourth row.
    const { count } = await oneRow<{ count: string }>(
      app.orm.em.fork(),
      `select count(*) from company where office_id = ? and caretaker_id = ? and name like 'Firma duza %'`,
      [f.office.id, f.caretaker.user.id],
    );
    expect(Number(count)).toBe(1250);

    const again = await countStatements(() => run(big.id, false));
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 5000, failed: 0 });
    const smallAgain = await countStatements(() => run(small.id, false));
    expect(again.statements).toBe(smallAgain.statements);
    expect(await officeCount()).toBe(before + 5005);
  });

  it('reads Windows-1250 with Polish letters, headers in any order and case, and updates by NIP', async () => {
    const nips = [uniqueNip(), uniqueNip(), uniqueNip()];
    const text = [
      'E-MAIL;Forma Opodatkowania;NAZWA;nip;vat',
      `zolw@test.local;Pełna księgowość;Żółć Gęślą Jaźń sp. z o.o.;${nips[0]};TAK`,
      `ksiazka@test.local;książka przychodów i rozchodów;Łódzka Spółdzielnia;${nips[1]!.slice(0, 3)}-${nips[1]!.slice(3)};0`,
      `ryczalt@test.local;ewidencja przychodów;Źródło Ćma;PL${nips[2]};nie`,
    ].join('\r\n');
    const bytes = iconv.encode(text, 'win1250');
    expect(bytes.includes(Buffer.from('Ż'))).toBe(false); // not UTF-8
    const file = await upload(bytes);
    expect(file.contentType).toBe('text/csv');
    const result = await run(file.id, false);
    expect(result).toMatchObject({ created: 3, failed: 0 });
    const stored = await app.orm.em
      .fork()
      .execute<Array<{ name: string; tax_form: string; vat_payer: boolean }>>(
        'select name, tax_form, vat_payer from company where office_id = ? and nip = any(?::text[]) order by nip',
        [f.office.id, `{${nips.join(',')}}`],
      );
    expect(new Set(stored.map((s) => `${s.name}|${s.tax_form}|${s.vat_payer}`))).toEqual(
      new Set([
        'Żółć Gęślą Jaźń sp. z o.o.|FULL_ACCOUNTING|true',
        'Łódzka Spółdzielnia|TAX_BOOK|false',
        'Źródło Ćma|LUMP_SUM|false',
      ]),
    );

    // UTF-8 with a BOM, commas, a quoted name with a comma: one changed row, the rest unchanged.
    const utf8 = [
      '\uFEFFnazwa,NIP,forma opodatkowania,VAT,e-mail',
      `"Żółć, Gęślą Jaźń S.A.",${nips[0]},FULL_ACCOUNTING,true,zolw@test.local`,
      `Łódzka Spółdzielnia,${nips[1]},TAX_BOOK,false,ksiazka@test.local`,
      `Źródło Ćma,${nips[2]},LUMP_SUM,false,ryczalt@test.local`,
    ].join('\n');
    const second = await run((await upload(utf8)).id, false);
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 2, failed: 0 });
    expect(second.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'UPDATED'],
      [3, 'UNCHANGED'],
      [4, 'UNCHANGED'],
    ]);
  });

  it('reports bad rows by line and column; all or nothing unless skipInvalid', async () => {
    const good = uniqueNip();
    const dup = uniqueNip();
    const bad = `${good.slice(0, 9)}${(Number(good[9]) + 1) % 10}`;
    const text = [
      HEADER,
      `Dobra;${good};KPiR;tak;dobra@test.local;`,
      `Zla suma;${bad};KPiR;tak;zla@test.local;`,
      `Zla forma;${uniqueNip()};podatek liniowy;tak;forma@test.local;`,
      `;${uniqueNip()};KPiR;nie;bez@test.local;`,
      '',
      `Pierwsza;${dup};ryczałt;nie;p@test.local;`,
      `Druga;${dup};ryczałt;nie;d@test.local;`,
      `Obcy opiekun;${uniqueNip()};KPiR;nie;o@test.local;${other.caretaker.user.email}`,
      `Zly VAT;${uniqueNip()};KPiR;moze;v@test.local;`,
    ].join('\n');
    const file = await upload(text);
    const before = await officeCount();
    const refused = await run(file.id, false);
    expect(refused).toMatchObject({ applied: false, created: 2, failed: 6 });
    expect(await officeCount()).toBe(before);
    const errors = refused.rows.filter((r) => r.status === 'ERROR').map((r) => [r.line, r.column]);
    expect(errors).toEqual([
      [3, 'NIP'],
      [4, 'forma opodatkowania'],
      [5, 'nazwa'],
      [8, 'NIP'],
      [9, 'opiekun'],
      [10, 'VAT'],
    ]);
    expect(refused.rows.find((r) => r.line === 8)?.error).toContain('line 7');

    const skipped = await run(file.id, false, true);
    expect(skipped).toMatchObject({ applied: true, created: 2, failed: 6 });
    expect(await officeCount()).toBe(before + 2);
  });

  it('refuses a file without the columns, another user’s upload, a PDF; FORBIDDEN for a caretaker', async () => {
    const noNip = await upload('nazwa;forma opodatkowania;e-mail\nA;KPiR;a@test.local');
    const missing = await app.gql(IMPORT, { uploadId: noNip.id, dryRun: true }, f.head.token);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors?.[0]?.message).toContain('NIP');
    const theirs = await upload(`${HEADER}\n`, other.head.token);
    expect(
      codes(await app.gql(IMPORT, { uploadId: theirs.id, dryRun: true }, f.head.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(IMPORT, { uploadId: 'x', dryRun: true }, f.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    const pdf = await upload(Buffer.from('%PDF-1.4\n%%EOF\n'), f.head.token, 'firmy.pdf');
    expect(codes(await app.gql(IMPORT, { uploadId: pdf.id, dryRun: true }, f.head.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const own = await upload(`${HEADER}\n`, f.caretaker.token);
    expect(
      codes(await app.gql(IMPORT, { uploadId: own.id, dryRun: true }, f.caretaker.token)),
    ).toEqual(['FORBIDDEN']);
  });

  it('a caretaker given a company by the import sees its unread questions on the live badge', async () => {
    // Company 1 has no caretaker yet.
    const { company, client } = f.companies[1];
    ok(await app.gql(SEND, { input: { companyId: company.id, body: 'Pytanie' } }, client.token));
    const badge = subscribe(app.ws(f.caretaker.token), UNREAD);
    const first = (await badge.next()).data?.unreadCountChanged.count ?? 0;
    const text = `${HEADER}\n${company.name};${company.nip};${company.taxForm};;${company.email};${f.caretaker.user.email}`;
    expect(await run((await upload(text)).id, false)).toMatchObject({ updated: 1, failed: 0 });
    expect((await badge.next()).data?.unreadCountChanged.count).toBe(first + 1);
    badge.dispose();
  });

  it('refuses hostile files whole: an unclosed quote, more than 10,000 rows, a binary', async () => {
    const before = await officeCount();
    const unclosed = await upload(`${HEADER}\n"Firma;${uniqueNip()};KPiR;tak;a@test.local;`);
    const broken = await app.gql(IMPORT, { uploadId: unclosed.id, dryRun: false }, f.head.token);
    expect(codes(broken)).toEqual(['BAD_USER_INPUT']);
    expect(broken.errors?.[0]?.extensions?.field).toBe('uploadId');
    const huge = await upload([HEADER, ...rowsOf(10_001, 'za-duzo')].join('\n'));
    const tooMany = await app.gql(IMPORT, { uploadId: huge.id, dryRun: false }, f.head.token);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(await officeCount()).toBe(before);
  });

  it('two imports of one file at once: one creates, the other finds them unchanged', async () => {
    const file = await upload([HEADER, ...rowsOf(50, 'blizniak')].join('\n'));
    const before = await officeCount();
    const [x, y] = await Promise.all([run(file.id, false), run(file.id, false)]);
    expect([x.created, y.created].sort()).toEqual([0, 50]);
    expect([x.unchanged, y.unchanged].sort()).toEqual([0, 50]);
    expect(await officeCount()).toBe(before + 50);
  });
});
