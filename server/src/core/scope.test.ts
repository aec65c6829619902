import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CompanyService } from '../modules/company/company.service.js';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from './actor.builders.js';
import type { Actor } from './context.js';
import { AppError } from './errors.js';
import {
  type ClientScope,
  requireActorScope,
  requireAdminScope,
  requireClientScope,
  requireHeadScope,
  requireMemberScope,
  requireStaffScope,
  type StaffScope,
} from './scope.js';

/**
 * Checked by tsc, never run: a staff-only service given a client's scope is a type error, so no
 * client request can reach it by mistake.
 */
function staffServicesRefuseClientScopes(
  companies: CompanyService,
  staff: StaffScope,
  client: ClientScope,
): void {
  void companies.requireAllVisible(staff, []);
  // @ts-expect-error a client's scope is not a staff scope
  void companies.requireAllVisible(client, []);
}

const officeId = randomUUID();
const actors: Record<string, Actor | null> = {
  head: buildHead(officeId),
  caretaker: buildCaretaker(officeId),
  client: buildClient(buildCompany(officeId)),
  admin: buildAdmin(),
  anonymous: null,
};

/** The code a guard refuses with, or 'passes' with the scope it returned. */
function outcome(guard: (scope: { actor: Actor | null }) => { actor: Actor }, name: string) {
  const scope = { actor: actors[name] ?? null, marker: name };
  try {
    const narrowed = guard(scope);
    expect(narrowed).toBe(scope);
    return 'passes';
  } catch (error) {
    if (error instanceof AppError) return error.extensions.code;
    throw error;
  }
}

describe('scope guards', () => {
  const cases = [
    ['requireActorScope', requireActorScope, ['head', 'caretaker', 'client', 'admin']],
    ['requireStaffScope', requireStaffScope, ['head', 'caretaker']],
    ['requireHeadScope', requireHeadScope, ['head']],
    ['requireClientScope', requireClientScope, ['client']],
    ['requireMemberScope', requireMemberScope, ['head', 'caretaker', 'client']],
    ['requireAdminScope', requireAdminScope, ['admin']],
  ] as const;

  for (const [name, guard, allowed] of cases) {
    describe(name, () => {
      it('refuses a request without a session with UNAUTHENTICATED', () => {
        expect(outcome(guard, 'anonymous')).toBe('UNAUTHENTICATED');
      });

      for (const role of ['head', 'caretaker', 'client', 'admin'] as const) {
        const allows = (allowed as readonly string[]).includes(role);
        it(`${allows ? 'passes' : 'refuses with FORBIDDEN'} a ${role}`, () => {
          expect(outcome(guard, role)).toBe(allows ? 'passes' : 'FORBIDDEN');
        });
      }
    });
  }

  it('keeps client scopes out of staff services at compile time (see the function above)', () => {
    expect(staffServicesRefuseClientScopes).toBeTypeOf('function');
  });

  it('narrows the actor to the role the guard checked', () => {
    const staff = requireStaffScope({ actor: actors.caretaker ?? null });
    expect(staff.actor.officeId).toBe(officeId);
    const client = requireClientScope({ actor: actors.client ?? null });
    expect(client.actor.companyIds).toHaveLength(1);
  });
});
