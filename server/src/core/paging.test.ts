import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOffice } from '../../../bench/fixtures.js';
import { officeFixture } from '../../test/factories.js';
import type { CompanyFilter, TypedDocumentString } from '../../test/gql/graphql.js';
import { graphql } from '../../test/gql/index.js';
import {
  countStatements,
  ok,
  oneRow,
  startTestApp,
  type TestApp,
  type Variables,
} from '../../test/harness.js';
import { User } from '../modules/auth/user.entity.js';

/** Large enough that reading the whole office would cost far more than a page, in rows and in plan cost. */
const SIZE = 6_000;
const PAGE = 100;

const COMPANIES = graphql(`
  query PagingCompanies($first: Int, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`);
const COMPANIES_TOTAL = graphql(`
  query PagingCompaniesTotal($first: Int, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`);
const COMPANIES_TOTAL_TWICE = graphql(`
  query PagingCompaniesTotalTwice($first: Int, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      a: totalCount b: totalCount pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`);
const INBOX = graphql(`
  query PagingInbox($first: Int, $after: String) {
    inbox(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { company { id } lastActivityAt } }
    }
  }
`);
const THREAD = graphql(`
  query PagingThread($id: ID!, $after: String) {
    messages(companyId: $id, first: 5, after: $after) {
      pageInfo { endCursor }
      edges { node { id } }
    }
  }
`);

/** One page of a listing: its ids, and where the next one starts. */
interface Page {
  ids: string[];
  hasNextPage: boolean;
  endCursor?: string | null;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

describe('listings cost their page, not the office', () => {
  let app: TestApp;
  let officeId: string;
  let headToken: string;
  let caretakerId: string;
  let caretakerToken: string;
  /** A word that occurs in the name of one company or very few. */
  let rareWord: string;
  let someCompanyId: string;

  const sql = <T extends object = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    app.orm.em.fork().execute<T[]>(text, params);
  const one = <T extends object>(text: string, params: unknown[] = []) =>
    oneRow<T>(app.orm.em.fork(), text, params);

  /** The SQL statements a request sends (tests in a file run one at a time, so they are all its own). */
  async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
    const knex = app.orm.em.getKnex();
    const seen: string[] = [];
    const listener = (query: { sql: string }) => seen.push(query.sql);
    knex.on('query', listener);
    try {
      await run();
    } finally {
      knex.removeListener('query', listener);
    }
    return seen;
  }

  /** The keyset page statement of a listing request and its executed plan. */
  async function pagePlan<TResult, TVariables>(
    query: TypedDocumentString<TResult, TVariables>,
    variables: Variables<TVariables>,
    token: string,
  ) {
    // Other test files write companies and messages in the same database meanwhile: plan on
    // statistics as fresh as autovacuum would keep them for this office's thousands of rows.
    await sql('analyze company');
    await sql('analyze message');
    const statements = await statementsOf(async () => ok(await app.gql(query, variables, token)));
    const pages = statements.filter((s) => /^select \* from \(select /.test(s));
    expect(pages).toHaveLength(1);
    const row = await one<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      `explain (analyze, format json) ${pages[0]}`,
    );
    // EXPLAIN answers one plan per statement.
    const nodes = flatten(row['QUERY PLAN'][0]!.Plan);
    const onTables = nodes.filter(
      (n) => n['Relation Name'] === 'company' || n['Relation Name'] === 'message',
    );
    expect(onTables.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(nodes.map((n) => n['Node Type'])).not.toContain('WindowAgg');
    return {
      nodes,
      indexes: nodes.filter((n) => n['Index Name']).map((n) => n['Index Name']!),
      scan: (name: string) => nodes.find((n) => n['Index Name'] === name)!,
    };
  }

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const { head } = await seedOffice(em, SIZE);
    officeId = head.officeId;
    headToken = await app.services.auth.createSession(em, em.getReference(User, head.userId));
    const caretaker = await one<{ id: string }>(
      `insert into app_user (email, name, role, office_id, password_hash)
       values ('caretaker-' || gen_random_uuid() || '@paging.test', 'Opiekun', 'CARETAKER', ?, '!') returning id`,
      [officeId],
    );
    caretakerId = caretaker.id;
    caretakerToken = await app.services.auth.createSession(em, em.getReference(User, caretakerId));
    // Names as offices have them: shared words, one rare word each, and every 20th name the same,
    // so ties on the name must be broken by the id across page boundaries.
    await sql(
      `update company c set
         name = case when r.i % 20 = 0 then 'Biuro Rachunkowe Kowalski sp. z o.o.'
                else (array['Biuro','Usługi','Handel','Transport','Apteka','Piekarnia','Kancelaria','Studio','Warsztat','Hurtownia','Sklep','Gabinet'])[1 + r.i % 12]
                  || ' ' || (array['Kowalski','Nowak','Wiśniewski','Wójcik','Kowalczyk','Kamiński','Lewandowski','Zieliński','Szymański','Woźniak'])[1 + (r.i / 12) % 10]
                  || ' ' || initcap(translate(substr(md5(r.i::text), 1, 7), '0123456789', 'aeioubkmrt')) || ' sp. z o.o.' end,
         caretaker_id = case when r.i % 3 = 0 then ?::uuid end
       from (select id, row_number() over (order by id) as i from company where office_id = ?) r
       where c.id = r.id`,
      [caretakerId, officeId],
    );
    // A thread of 8 replies per company; latest activity has 50 distinct values, so the inbox has ties too.
    await sql(
      `insert into message (company_id, author_id, direction, kind, body, created_at)
       select r.id, ?, 'OFFICE_TO_CLIENT', 'REPLY', 'Odpowiedź ' || g,
              timestamptz '2026-01-01 08:00:00Z' + g * interval '1 day' + (r.i % 50) * interval '1 minute'
         from (select id, row_number() over (order by id) as i from company where office_id = ?) r
        cross join generate_series(1, 8) g`,
      [head.userId, officeId],
    );
    await sql(
      `update company c set last_message_at = m.at
         from (select company_id, max(created_at) as at from message group by company_id) m
        where m.company_id = c.id and c.office_id = ?`,
      [officeId],
    );
    // Fresh statistics, and the trigram index's pending list merged, as autovacuum would leave them.
    await sql('vacuum analyze company');
    await sql('vacuum analyze message');
    const rare = await one<{ word: string; id: string }>(
      `select split_part(name, ' ', 3) as word, id from company where office_id = ? and name not like 'Biuro Rachunkowe%' order by id limit 1`,
      [officeId],
    );
    rareWord = rare.word;
    someCompanyId = rare.id;
  }, 120_000);
  afterAll(() => app?.stop());

  describe('EXPLAIN of each listing: an index range in keyset order, no sequential scan, no window count', () => {
    it('company list, first page: reads page size + 1 index entries of (office, name, id)', async () => {
      const { scan } = await pagePlan(COMPANIES, { first: PAGE }, headToken);
      const index = scan('company_office_id_name_id_index');
      expect(index['Node Type']).toBe('Index Scan');
      expect(index['Actual Rows']).toBeLessThanOrEqual(PAGE + 1);
    });

    it('company list, a later page: the cursor is part of the index condition', async () => {
      const first = ok(await app.gql(COMPANIES, { first: PAGE }, headToken)).companies;
      const second = ok(
        await app.gql(COMPANIES, { first: PAGE, after: first.pageInfo.endCursor }, headToken),
      ).companies;
      const { scan } = await pagePlan(
        COMPANIES,
        { first: PAGE, after: second.pageInfo.endCursor },
        headToken,
      );
      const index = scan('company_office_id_name_id_index');
      expect(index['Index Cond']).toMatch(/ROW\(.*name.*id\) > ROW\(/);
      expect(index['Actual Rows']).toBeLessThanOrEqual(PAGE + 1);
    });

    it('name search: through the trigram index', async () => {
      const { indexes } = await pagePlan(
        COMPANIES,
        { first: PAGE, filter: { search: rareWord.toLowerCase() } },
        headToken,
      );
      expect(indexes).toContain('company_name_trgm_idx');
    });

    it('digits search: name trigrams OR the NIP prefix range, as a BitmapOr of both indexes', async () => {
      const { nip } = await one<{ nip: string }>(
        'select nip from company where office_id = ? order by nip desc limit 1',
        [officeId],
      );
      const { nodes, scan } = await pagePlan(
        COMPANIES,
        { first: PAGE, filter: { search: nip.slice(0, 7) } },
        headToken,
      );
      expect(nodes.map((n) => n['Node Type'])).toContain('BitmapOr');
      expect(scan('company_name_trgm_idx')).toBeDefined();
      expect(scan('company_office_id_nip_unique')['Index Cond']).toMatch(/nip.*~>=~.*nip.*~<~/);
    });

    it("caretaker's list, and the head's caretaker filter: (caretaker, name, id)", async () => {
      for (const [variables, token] of [
        [{ first: PAGE }, caretakerToken],
        [{ first: PAGE, filter: { caretakerId } }, headToken],
      ] as const) {
        const { scan } = await pagePlan(COMPANIES, variables, token);
        expect(scan('company_caretaker_id_name_id_index')['Actual Rows']).toBeLessThanOrEqual(
          PAGE + 1,
        );
      }
    });

    it("inbox, the head's and a caretaker's, first and later page: latest activity indexes", async () => {
      for (const [token, index] of [
        [headToken, 'company_office_last_message_idx'],
        [caretakerToken, 'company_caretaker_last_message_idx'],
      ] as const) {
        const first = ok(await app.gql(INBOX, { first: 50 }, token)).inbox;
        for (const after of [null, first.pageInfo.endCursor]) {
          const { scan } = await pagePlan(INBOX, { first: 50, after }, token);
          expect(scan(index)['Actual Rows']).toBeLessThanOrEqual(51);
          if (after)
            expect(scan(index)['Index Cond']).toMatch(/ROW\(.*last_message_at.*id\) < ROW\(/);
        }
      }
    });

    it("a company's thread: (company, created_at, id)", async () => {
      const first = ok(await app.gql(THREAD, { id: someCompanyId }, headToken)).messages;
      const { scan } = await pagePlan(
        THREAD,
        { id: someCompanyId, after: first.pageInfo.endCursor },
        headToken,
      );
      expect(scan('message_thread_idx')['Actual Rows']).toBeLessThanOrEqual(6);
    });
  });

  describe('totalCount', () => {
    it('costs one count statement when selected (however often), none when not, none when the first page holds every row', async () => {
      const without = await countStatements(async () =>
        ok(await app.gql(COMPANIES, { first: 10 }, headToken)),
      );
      const withTotal = await countStatements(async () =>
        ok(await app.gql(COMPANIES_TOTAL, { first: 10 }, headToken)),
      );
      const aliased = await countStatements(async () =>
        ok(await app.gql(COMPANIES_TOTAL_TWICE, { first: 10 }, headToken)),
      );
      expect(withTotal.result.companies.totalCount).toBe(SIZE);
      expect(withTotal.statements).toBe(without.statements + 1);
      expect(aliased.result.companies).toMatchObject({ a: SIZE, b: SIZE });
      expect(aliased.statements).toBe(withTotal.statements);

      const small = await officeFixture(app, { companies: 3 });
      const smallWithout = await countStatements(async () =>
        ok(await app.gql(COMPANIES, { first: 10 }, small.head.token)),
      );
      const smallWith = await countStatements(async () =>
        ok(await app.gql(COMPANIES_TOTAL, { first: 10 }, small.head.token)),
      );
      expect(smallWith.result.companies.totalCount).toBe(3);
      expect(smallWith.statements).toBe(smallWithout.statements);
    });

    it('counts the whole filtered listing on every page, past the last one too', async () => {
      const expected = async (where: string, params: unknown[] = []) =>
        Number(
          (
            await one<{ n: string }>(
              `select count(*) as n from company c where c.office_id = ? and ${where}`,
              [officeId, ...params],
            )
          ).n,
        );
      const cases: Array<[CompanyFilter, number]> = [
        [{}, SIZE],
        [{ taxForm: 'TAX_BOOK' }, await expected(`tax_form = 'TAX_BOOK'`)],
        [
          { vatPayer: true, taxForm: 'LUMP_SUM' },
          await expected(`vat_payer and tax_form = 'LUMP_SUM'`),
        ],
        [{ caretakerId }, await expected('caretaker_id = ?', [caretakerId])],
        [{ search: 'kowalski' }, await expected(`name ilike '%kowalski%'`)],
        [{ search: rareWord }, await expected('name ilike ?', [`%${rareWord}%`])],
      ];
      for (const [filter, total] of cases) {
        expect(total).toBeGreaterThan(0);
        const first = ok(await app.gql(COMPANIES_TOTAL, { first: 5, filter }, headToken)).companies;
        expect({ filter, total: first.totalCount }).toEqual({ filter, total });
        if (!first.pageInfo.hasNextPage) continue;
        const second = ok(
          await app.gql(
            COMPANIES_TOTAL,
            { first: 5, filter, after: first.pageInfo.endCursor },
            headToken,
          ),
        ).companies;
        expect(second.totalCount).toBe(total);
      }
      const last = await one<{ name: string; id: string }>(
        'select name, id from company where office_id = ? order by name desc, id desc limit 1',
        [officeId],
      );
      const pastTheEnd = Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url');
      const empty = ok(
        await app.gql(COMPANIES_TOTAL, { first: 5, after: pastTheEnd }, headToken),
      ).companies;
      expect(empty).toMatchObject({
        totalCount: SIZE,
        edges: [],
        pageInfo: { hasNextPage: false },
      });
    });
  });

  describe('paging through with cursors returns every row once, in order', () => {
    async function pageThrough(page: (after: string | null | undefined) => Promise<Page>) {
      const ids: string[] = [];
      let after: string | null | undefined = null;
      for (let pages = 0; ; pages += 1) {
        expect(pages).toBeLessThan(SIZE);
        const { ids: onPage, hasNextPage, endCursor } = await page(after);
        ids.push(...onPage);
        if (!hasNextPage) return ids;
        after = endCursor;
      }
    }

    const companies =
      (variables: { first: number; filter?: CompanyFilter }, token: string) =>
      async (after: string | null | undefined): Promise<Page> => {
        const { edges, pageInfo } = ok(
          await app.gql(COMPANIES, { ...variables, after }, token),
        ).companies;
        return { ids: edges.map((e) => e.node.id), ...pageInfo };
      };

    const inbox =
      (variables: { first: number }, token: string) =>
      async (after: string | null | undefined): Promise<Page> => {
        const { edges, pageInfo } = ok(await app.gql(INBOX, { ...variables, after }, token)).inbox;
        return { ids: edges.map((e) => e.node.company.id), ...pageInfo };
      };

    it("the head's company list, where every 20th company has the same name", async () => {
      const ids = await pageThrough(companies({ first: PAGE }, headToken));
      const expected = await sql<{ id: string }>(
        'select id from company where office_id = ? order by name, id',
        [officeId],
      );
      expect(ids).toHaveLength(SIZE);
      expect(ids).toEqual(expected.map((r) => r.id));
    });

    it("the caretaker's list and a search", async () => {
      const mine = await pageThrough(companies({ first: 70 }, caretakerToken));
      const expected = await sql<{ id: string }>(
        'select id from company where caretaker_id = ? order by name, id',
        [caretakerId],
      );
      expect(mine).toEqual(expected.map((r) => r.id));
      const found = await pageThrough(
        companies({ first: 33, filter: { search: 'Kowalski' } }, headToken),
      );
      const matching = await sql<{ id: string }>(
        `select id from company where office_id = ? and name ilike '%kowalski%' order by name, id`,
        [officeId],
      );
      expect(found).toEqual(matching.map((r) => r.id));
    });

    it('the inbox, where many threads share their latest activity', async () => {
      const ids = await pageThrough(inbox({ first: 100 }, headToken));
      const expected = await sql<{ id: string }>(
        'select id from company where office_id = ? and last_message_at is not null order by last_message_at desc, id desc',
        [officeId],
      );
      expect(ids).toHaveLength(SIZE);
      expect(ids).toEqual(expected.map((r) => r.id));
    });
  });
});
