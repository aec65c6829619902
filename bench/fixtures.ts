import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffActor } from '../server/src/core/context.js';
import { Role } from '../server/src/modules/auth/user.entity.js';
import { insertCompanies } from '../server/test/seed.js';
import { onlyRow } from './report.js';

/** One office: a head and `size` companies with one client user each, in a few set-based statements. */
export async function seedOffice(
  em: EntityManager,
  size: number,
): Promise<{ head: StaffActor; companyIds: string[] }> {
  const tag = randomUUID().slice(0, 8);
  const office = onlyRow(
    await em.execute<Array<{ id: string }>>('insert into office (name) values (?) returning id', [
      `Bench ${tag}`,
    ]),
    'new office',
  );
  const head = onlyRow(
    await em.execute<Array<{ id: string }>>(
      `insert into app_user (email, name, role, office_id, password_hash) values (?, ?, 'OFFICE_HEAD', ?, '!') returning id`,
      [`head-${tag}@bench.local`, `Szef ${tag}`, office.id],
    ),
    'new head',
  );
  const companies = await insertCompanies(em, office.id, size);
  const actor: StaffActor = {
    userId: head.id,
    role: Role.OFFICE_HEAD,
    officeId: office.id,
    sessionId: randomUUID(),
  };
  return { head: actor, companyIds: companies.map((c) => c.companyId) };
}
