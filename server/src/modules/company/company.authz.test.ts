import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  COMPANY,
  COMPANY_RECORDS,
  idsOf,
  snapshot,
  world,
} from '../../../test/authz.js';
import { uniqueNip } from '../../../test/factories.js';
import type { AuthzCompaniesQuery } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, oneRow, subscribe } from '../../../test/harness.js';

const COMPANIES = graphql(`
  query AuthzCompanies($filter: CompanyFilter) {
    companies(first: 100, filter: $filter) {
      totalCount
      edges { node { id name nip lastMessage { id body } } }
    }
  }
`);
const CREATE_COMPANY = graphql(`
  mutation AuthzCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) { id name caretaker { id name } }
  }
`);

const UPDATE_COMPANY = graphql(`
  mutation AuthzUpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) { id name }
  }
`);
const ARCHIVE_COMPANY = graphql(`
  mutation AuthzArchiveCompany($id: ID!) {
    archiveCompany(id: $id) { id archivedAt }
  }
`);
const RESTORE_COMPANY = graphql(`
  mutation AuthzRestoreCompany($id: ID!) {
    restoreCompany(id: $id) { id archivedAt }
  }
`);
const ASSIGN_CARETAKER = graphql(`
  mutation AuthzAssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {
    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)
  }
`);
const IMPORT_COMPANIES = graphql(`
  mutation AuthzImportCompanies($uploadId: ID!, $dryRun: Boolean!) {
    importCompanies(uploadId: $uploadId, dryRun: $dryRun) { created updated failed }
  }
`);

type Companies = AuthzCompaniesQuery['companies'];

/** Staff-only mutations on the target company: clients and the admin may never call them. */
const staffOnly = {
  'client of another company': 'FORBIDDEN',
  'platform admin': 'FORBIDDEN',
} as const;
/** Head-only mutations. */
const headOnly = { ...staffOnly, 'caretaker of other companies': 'FORBIDDEN' } as const;

const COMPANY_ACCESS_CHANGED = graphql(`
  subscription AuthzCompanyAccessChanged {
    companyAccessChanged { companyId visible }
  }
`);

export const cases = [
  authzCase<{ heard: number }>({
    name: 'companyAccessChanged tells nobody else of the target moving between office A’s staff',
    field: 'companyAccessChanged',
    kind: 'subscription',
    run: async ({ token, target }, { app, a }) => {
      const sub = subscribe(app.ws(token), COMPANY_ACCESS_CHANGED, {});
      try {
        const id = target.company.company.id;
        const { caretaker_id } = await oneRow<{ caretaker_id: string | null }>(
          app.orm.em.fork(),
          'select caretaker_id from company where id = ?',
          [id],
        );
        const refused = (await sub.pending(200)).find((event) => event.errors?.length);
        if (refused) return { errors: refused.errors };
        // To the head and back: the caretakers concerned hear of it, nobody else.
        for (const caretakerId of [a.head.user.id, caretaker_id])
          ok(await app.gql(ASSIGN_CARETAKER, { companyIds: [id], caretakerId }, a.head.token));
        const events = await sub.pending(300);
        const late = events.find((event) => event.errors?.length);
        return late ? { errors: late.errors } : { data: { heard: events.length } };
      } finally {
        sub.dispose();
      }
    },
    expect: {
      'head of another office': 'data',
      'caretaker of other companies': 'data',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data) => expect(data.heard).toBe(0),
  }),
  authzCase({
    name: 'company(id) of the target',
    field: 'company',
    kind: 'query',
    run: ({ token, target }, { app }) => app.gql(COMPANY, { id: target.company.company.id }, token),
  }),
  authzCase({
    name: 'company(id) given a message id of the target',
    field: 'company',
    kind: 'query',
    run: ({ token, target }, { app }) => app.gql(COMPANY, { id: target.messageId }, token),
  }),
  authzCase({
    name: 'companies does not list the target',
    field: 'companies',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(COMPANIES, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data, { target }) =>
      expect(idsOf(data.companies)).not.toContain(target.company.company.id),
  }),
  authzCase<{ companies: Companies; byNip?: Companies }>({
    name: 'companies searched by the target’s name and NIP',
    field: 'companies',
    kind: 'query',
    run: async ({ token, target }, { app }) => {
      const byName = await app.gql(
        COMPANIES,
        { filter: { search: target.company.company.name } },
        token,
      );
      if (byName.errors?.length) return byName;
      const byNip = await app.gql(
        COMPANIES,
        { filter: { search: target.company.company.nip } },
        token,
      );
      return {
        ...byNip,
        data: byNip.data && { companies: byName.data!.companies, byNip: byNip.data.companies },
      };
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data) => {
      expect(data.companies).toMatchObject({ totalCount: 0, edges: [] });
      expect(data.byNip).toMatchObject({ totalCount: 0, edges: [] });
    },
  }),
  authzCase({
    name: 'companies filtered by office A’s caretaker',
    field: 'companies',
    kind: 'query',
    run: ({ token }, { app, a }) =>
      app.gql(COMPANIES, { filter: { caretakerId: a.caretaker.user.id } }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data, { name, target }, { a }) => {
      const ids = idsOf(data.companies);
      expect(ids).not.toContain(target.company.company.id);
      // Office A's caretaker sees exactly their own companies; anyone outside office A sees none.
      const expected =
        name === 'caretaker of other companies'
          ? [a.companies[0]!, a.companies[2]!].map((c) => c.company.id).sort()
          : [];
      expect([...ids].sort()).toEqual(expected);
    },
  }),
  authzCase({
    name: 'company(id) of the target, with its emails and declarations',
    field: 'company',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(COMPANY_RECORDS, { id: target.company.company.id }, token),
  }),
  authzCase({
    name: 'createCompany assigning office A’s caretaker',
    field: 'createCompany',
    kind: 'mutation',
    run: ({ token }, { app, a }) =>
      app.gql(
        CREATE_COMPANY,
        {
          input: {
            name: `Przejeta ${randomUUID().slice(0, 8)}`,
            nip: uniqueNip(),
            taxForm: 'TAX_BOOK',
            email: `x-${randomUUID().slice(0, 8)}@test.local`,
            caretakerId: a.caretaker.user.id,
          },
        },
        token,
      ),
    expect: {
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
  authzCase({
    name: 'updateCompany of the target',
    field: 'updateCompany',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        UPDATE_COMPANY,
        { id: target.company.company.id, input: { name: 'Przejeta nazwa' } },
        token,
      ),
    expect: staffOnly,
  }),
  authzCase({
    name: 'archiveCompany of the target',
    field: 'archiveCompany',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(ARCHIVE_COMPANY, { id: target.company.company.id }, token),
    expect: staffOnly,
  }),
  authzCase({
    name: 'restoreCompany of the target',
    field: 'restoreCompany',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(RESTORE_COMPANY, { id: target.company.company.id }, token),
    expect: staffOnly,
  }),
  authzCase({
    name: 'assignCaretaker of the target to office B’s caretaker',
    field: 'assignCaretaker',
    kind: 'mutation',
    run: ({ token, target }, { app, b }) =>
      app.gql(
        ASSIGN_CARETAKER,
        { companyIds: [target.company.company.id], caretakerId: b.caretaker.user.id },
        token,
      ),
    expect: headOnly,
  }),
  authzCase({
    name: 'assignCaretaker of one’s own company to office A’s caretaker',
    field: 'assignCaretaker',
    kind: 'mutation',
    run: ({ token, own }, { app, a, b }) =>
      app.gql(
        ASSIGN_CARETAKER,
        { companyIds: [own ?? b.companies[0]!.company.id], caretakerId: a.caretaker.user.id },
        token,
      ),
    expect: headOnly,
  }),
  authzCase({
    name: 'importCompanies from office A head’s upload',
    field: 'importCompanies',
    kind: 'mutation',
    run: ({ token }, { app, unsentFileId }) =>
      app.gql(IMPORT_COMPANIES, { uploadId: unsentFileId, dryRun: false }, token),
    expect: headOnly,
  }),
];

authorizationMatrix(import.meta.url, 'company', cases, () => {
  it('has real targets: their own viewers get what the others are refused', async () => {
    const { app, a, targets } = world;
    for (const target of [targets.a0, targets.a1]) {
      const id = target.company.company.id;
      for (const token of [a.head.token, target.company.client.token]) {
        expect(ok(await app.gql(COMPANY, { id }, token)).company).toMatchObject({
          id,
          name: target.company.company.name,
        });
        // Their emails and declarations are there for those who see them.
        const company = ok(await app.gql(COMPANY_RECORDS, { id }, token)).company!;
        expect(company.emails.edges.map((e) => e.node.subject)).toContain(target.emailSubject);
        expect(company.declarations.map((d) => d.id)).toContain(target.declarationId);
      }
    }
    // A0 is the caretaker's.
    expect(
      ok(await app.gql(COMPANY, { id: targets.a0.company.company.id }, a.caretaker.token)).company!
        .id,
    ).toBe(targets.a0.company.company.id);
  });

  describe('role errors', () => {
    it('a caretaker calling createCompany gets FORBIDDEN and no company is made', async () => {
      const { app, a, targets } = world;
      const before = await snapshot(targets.a0);
      const response = await app.gql(
        CREATE_COMPANY,
        {
          input: {
            name: 'Nowa firma opiekuna',
            nip: uniqueNip(),
            taxForm: 'LUMP_SUM',
            email: `n-${randomUUID().slice(0, 8)}@test.local`,
          },
        },
        a.caretaker.token,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await snapshot(targets.a0)).toEqual(before);
    });
  });

  describe('no existence oracle', () => {
    it('another office may register a company with the target’s NIP (NIPs are unique per office only)', async () => {
      const { app, b, targets } = world;
      const { company } = targets.a0.company;
      const response = await app.gql(
        CREATE_COMPANY,
        {
          input: {
            name: `Inna firma ${randomUUID().slice(0, 8)}`,
            nip: company.nip,
            taxForm: 'FULL_ACCOUNTING',
            email: `o-${randomUUID().slice(0, 8)}@test.local`,
          },
        },
        b.head.token,
      );
      expect(codes(response)).toEqual([]);
      expect(response.data?.createCompany.id).not.toBe(company.id);
      // The head of office B still does not see office A's company of that NIP.
      const { companies } = ok(
        await app.gql(COMPANIES, { filter: { search: company.nip } }, b.head.token),
      );
      expect(idsOf(companies)).toEqual([response.data?.createCompany.id]);
    });
  });
});
