import fs from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Case } from '../test/authz.js';
import { SCHEMA_FILE } from './emit-schema.js';
import { cases as acknowledgment } from './modules/acknowledgment/acknowledgment.authz.test.js';
import { cases as alert } from './modules/alert/alert.authz.test.js';
import { cases as apiToken } from './modules/api-token/api-token.authz.test.js';
import { cases as auth } from './modules/auth/auth.authz.test.js';
import { cases as bookkeeping } from './modules/bookkeeping/bookkeeping.authz.test.js';
import { cases as broadcast } from './modules/broadcast/broadcast.authz.test.js';
import { cases as company } from './modules/company/company.authz.test.js';
import { cases as deadline } from './modules/deadline/deadline.authz.test.js';
import { cases as email } from './modules/email/email.authz.test.js';
import { cases as invitation } from './modules/invitation/invitation.authz.test.js';
import { cases as message } from './modules/message/message.authz.test.js';
import { cases as office } from './modules/office/office.authz.test.js';
import { cases as printout } from './modules/printout/printout.authz.test.js';
import { cases as receipt } from './modules/receipt/receipt.authz.test.js';
import { cases as template } from './modules/template/template.authz.test.js';
import { cases as webhook } from './modules/webhook/webhook.authz.test.js';

/*
 * Who may see what is tested per module, in `modules/<module>/<module>.authz.test.ts`, over the
 * shared world and runner of `server/test/authz.ts`. This file proves that together they call every
 * root field of the schema: a new operation needs a case in its module's list (or a reason here).
 * Importing a list runs none of its tests.
 */

const matrix: Record<string, Case[]> = {
  alert,
  acknowledgment,
  apiToken,
  auth,
  bookkeeping,
  broadcast,
  company,
  deadline,
  email,
  invitation,
  message,
  office,
  printout,
  receipt,
  template,
  webhook,
};

/** Root fields that name no company, message, broadcast or file, so there is nothing to refuse. */
const untargeted: Record<string, string> = {
  login: 'takes credentials only; covered by the auth tests',
  logout: 'revokes the caller’s own token only',
  demoAccounts:
    'the demo logins of the login page, the same for everyone; names no office or company',
};

describe('authorization matrix', () => {
  it('covers every query, mutation and subscription of schema.graphql', async () => {
    const cases = Object.values(matrix).flat();
    const schema = buildSchema(await fs.readFile(SCHEMA_FILE, 'utf8'));
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const fields = roots.flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(fields.length).toBeGreaterThan(10);
    const covered = new Set([...cases.map((c) => c.field), ...Object.keys(untargeted)]);
    expect(fields.filter((f) => !covered.has(f))).toEqual([]);
    // And every case names a real field, of the right kind.
    for (const c of cases) {
      const root = { query: roots[0], mutation: roots[1], subscription: roots[2] }[c.kind];
      expect(Object.keys(root!.getFields()), c.name).toContain(c.field);
    }
  });
});
