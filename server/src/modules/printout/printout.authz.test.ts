import { describe, expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  expectForbiddenAndUnchanged,
  PERIOD,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { ok } from '../../../test/harness.js';

const PRINTOUT_OPTIONS = graphql(`
  query AuthzPrintoutOptions($companyIds: [ID!]!, $period: String!) {
    printoutOptions(companyIds: $companyIds, period: $period) { kind label companyCount }
  }
`);

export const cases = [
  authzCase({
    name: 'printoutOptions for the target',
    field: 'printoutOptions',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(PRINTOUT_OPTIONS, { companyIds: [target.company.company.id], period: PERIOD }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'printoutOptions for an own company and the target',
    field: 'printoutOptions',
    kind: 'query',
    run: ({ token, target, own }, { app }) =>
      app.gql(
        PRINTOUT_OPTIONS,
        { companyIds: [...(own ? [own] : []), target.company.company.id], period: PERIOD },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
];

authorizationMatrix(import.meta.url, 'printout', cases, () => {
  it('has real targets: their own viewers get what the others are refused', async () => {
    const { app, a, targets } = world;
    for (const target of [targets.a0, targets.a1]) {
      const id = target.company.company.id;
      const { printoutOptions } = ok(
        await app.gql(PRINTOUT_OPTIONS, { companyIds: [id], period: PERIOD }, a.head.token),
      );
      expect(printoutOptions.map((o) => o.kind)).toContain(
        target.company.company.vatPayer ? 'VAT_REGISTER' : 'TAX_BOOK',
      );
    }
    const { printoutOptions } = ok(
      await app.gql(
        PRINTOUT_OPTIONS,
        { companyIds: [targets.a0.company.company.id], period: PERIOD },
        a.caretaker.token,
      ),
    );
    expect(printoutOptions.length).toBeGreaterThan(0);
  });

  describe('office and bookkeeping roles', () => {
    it('a client may not pick printouts for their own company', async () => {
      const { app, targets } = world;
      const target = targets.a0;
      await expectForbiddenAndUnchanged(target, [
        [
          'printoutOptions',
          () =>
            app.gql(
              PRINTOUT_OPTIONS,
              { companyIds: [target.company.company.id], period: PERIOD },
              target.company.client.token,
            ),
        ],
      ]);
    });
  });
});
