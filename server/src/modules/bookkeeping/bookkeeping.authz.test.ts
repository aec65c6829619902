import { describe, expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  entryFor,
  expectForbiddenAndUnchanged,
  IMPORT_LEDGER_ENTRIES,
  PERIOD,
  UPSERT_DECLARATION,
  world,
  YEAR,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { ok } from '../../../test/harness.js';

const LEDGER_ENTRIES = graphql(`
  query AuthzLedgerEntries($companyId: ID!, $period: String!) {
    ledgerEntries(companyId: $companyId, period: $period, first: 100) {
      totalCount
      edges { node { id documentNumber counterparty description gross } }
    }
  }
`);
const RECORD_UPO = graphql(`
  mutation AuthzRecordUpo($input: UpoInput!) {
    recordUpo(input: $input) { id referenceNumber }
  }
`);

const MARK_PAID = graphql(`
  mutation AuthzMarkDeclarationPaid($id: ID!) {
    markDeclarationPaid(id: $id) { id paidAt }
  }
`);

export const cases = [
  authzCase({
    name: 'ledgerEntries of the target, of a month',
    field: 'ledgerEntries',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(LEDGER_ENTRIES, { companyId: target.company.company.id, period: PERIOD }, token),
  }),
  authzCase({
    name: 'ledgerEntries of the target, of a year',
    field: 'ledgerEntries',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(
        LEDGER_ENTRIES,
        { companyId: target.company.company.id, period: String(YEAR) },
        token,
      ),
  }),
  authzCase({
    name: 'importLedgerEntries into the target',
    field: 'importLedgerEntries',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        IMPORT_LEDGER_ENTRIES,
        {
          companyId: target.company.company.id,
          entries: [entryFor(target.company.company, 'Wpis z zewnatrz')],
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'upsertDeclaration changing the target’s filed declaration',
    field: 'upsertDeclaration',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        UPSERT_DECLARATION,
        {
          input: {
            companyId: target.company.company.id,
            type: 'VAT-UE',
            period: `${YEAR}-11`,
            taxBase: '999999.00',
            taxDue: '5000.00',
            status: 'FILED',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'upsertDeclaration adding a declaration to the target',
    field: 'upsertDeclaration',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        UPSERT_DECLARATION,
        {
          input: {
            companyId: target.company.company.id,
            type: 'CIT-8',
            period: String(YEAR),
            taxBase: '1.00',
            taxDue: '0.00',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'recordUpo of the target’s filed declaration',
    field: 'recordUpo',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        RECORD_UPO,
        {
          input: {
            declarationId: target.declarationId,
            referenceNumber: 'UPO-Z-ZEWNATRZ',
            receivedAt: new Date().toISOString(),
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'markDeclarationPaid of the target’s declaration',
    field: 'markDeclarationPaid',
    kind: 'mutation',
    run: ({ token, target }, { app }) => app.gql(MARK_PAID, { id: target.declarationId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
];

authorizationMatrix(import.meta.url, 'bookkeeping', cases, () => {
  it('has real targets: their own viewers get what the others are refused', async () => {
    const { app, a, targets } = world;
    for (const target of [targets.a0, targets.a1]) {
      const id = target.company.company.id;
      for (const token of [a.head.token, target.company.client.token]) {
        const { ledgerEntries } = ok(
          await app.gql(LEDGER_ENTRIES, { companyId: id, period: PERIOD }, token),
        );
        expect(ledgerEntries.edges.map((e) => e.node.description)).toContain(
          target.entryDescription,
        );
      }
    }
  });

  describe('office and bookkeeping roles', () => {
    it('a client may not book anything of their own company', async () => {
      const { app, targets } = world;
      const target = targets.a0;
      const id = target.company.company.id;
      const token = target.company.client.token;
      await expectForbiddenAndUnchanged(target, [
        [
          'importLedgerEntries',
          () =>
            app.gql(
              IMPORT_LEDGER_ENTRIES,
              { companyId: id, entries: [entryFor(target.company.company, 'Wpis klienta')] },
              token,
            ),
        ],
        [
          'upsertDeclaration',
          () =>
            app.gql(
              UPSERT_DECLARATION,
              {
                input: {
                  companyId: id,
                  type: 'VAT-UE',
                  period: `${YEAR}-11`,
                  taxBase: '1.00',
                  taxDue: '0.00',
                  status: 'FILED',
                },
              },
              token,
            ),
        ],
        ['markDeclarationPaid', () => app.gql(MARK_PAID, { id: target.declarationId }, token)],
        [
          'recordUpo',
          () =>
            app.gql(
              RECORD_UPO,
              {
                input: {
                  declarationId: target.declarationId,
                  referenceNumber: 'UPO-KLIENTA',
                  receivedAt: new Date().toISOString(),
                },
              },
              token,
            ),
        ],
      ]);
    });
  });
});
