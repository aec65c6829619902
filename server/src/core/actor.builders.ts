import { randomUUID } from 'node:crypto';
import { Role } from '../modules/auth/user.entity.js';
import type { CompanyKey } from '../modules/company/company.policy.js';
import type { AdminActor, ClientActor, StaffActor } from './context.js';

/*
 * Small builders of actors and companies for the policies' unit tests: plain values, no database.
 */

const session = () => ({ userId: randomUUID(), sessionId: randomUUID() });

export function buildHead(officeId: string): StaffActor {
  return { ...session(), role: Role.OFFICE_HEAD, officeId };
}

export function buildCaretaker(officeId: string): StaffActor {
  return { ...session(), role: Role.CARETAKER, officeId };
}

export function buildClient(...companies: CompanyKey[]): ClientActor {
  return { ...session(), role: Role.CLIENT, companyIds: companies.map((c) => c.id) };
}

export function buildAdmin(): AdminActor {
  return { ...session(), role: Role.PLATFORM_ADMIN };
}

export function buildCompany(
  officeId: string,
  caretaker: { userId: string } | null = null,
): CompanyKey {
  return { id: randomUUID(), officeId, caretakerId: caretaker?.userId ?? null };
}
