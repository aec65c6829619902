import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import type { ActorScope, HeadScope, StaffScope } from '../../core/scope.js';
import { requireEmail, requireText } from '../../core/validation.js';
import { Role, User } from '../auth/user.entity.js';
import { Company } from './company.entity.js';
import {
  findVisibleCompanies,
  findVisibleCompany,
  listVisibleCompanies,
  type VisibleCompany,
} from './company.queries.js';
import type { CompanyFilter, CreateCompanyInput } from './company.types.js';
import { isValidNip, normalizeNip } from './nip.js';

export class CompanyService {
  /** The company list: visible companies by name, filtered, a keyset page. */
  list(
    { em, actor }: ActorScope,
    args: { first?: number | null; after?: string | null; filter?: CompanyFilter | null },
  ): Promise<ConnectionShape<Company>> {
    return listVisibleCompanies(em, actor, {
      first: pageSize(args.first),
      after: decodeCursor(args.after, ['text', 'id']),
      filter: args.filter ?? {},
    });
  }

  /** A company the actor may see, or NOT_FOUND exactly as if it did not exist. */
  async requireVisible({ em, actor }: ActorScope, id: string): Promise<Company> {
    const company = isId(id) ? await findVisibleCompany(em, actor, id) : null;
    if (!company) throw new NotFoundError('Company', id);
    return company;
  }

  /**
   * Checks in one statement that the actor sees every one of `ids` (distinct, validated); otherwise
   * the whole request fails with NOT_FOUND naming the first id it cannot see.
   */
  async requireAllVisible({ em, actor }: StaffScope, ids: string[]): Promise<VisibleCompany[]> {
    const invalid = ids.find((id) => !isId(id));
    if (invalid !== undefined) throw new NotFoundError('Company', invalid);
    const companies = await findVisibleCompanies(em, actor, ids);
    if (companies.length !== ids.length) {
      const seen = new Set(companies.map((c) => c.id));
      throw new NotFoundError(
        'Company',
        ids.find((id) => !seen.has(id)),
      );
    }
    return companies;
  }

  async create(scope: HeadScope, input: CreateCompanyInput): Promise<Company> {
    const { actor } = scope;
    const nip = normalizeNip(input.nip);
    if (!isValidNip(nip))
      throw new BadUserInputError(
        'nip is not a valid NIP (10 digits with a valid checksum).',
        'nip',
      );
    let caretaker: User | undefined;
    if (input.caretakerId) {
      caretaker = isId(input.caretakerId)
        ? ((await scope.em.findOne(User, {
            id: input.caretakerId,
            office: actor.officeId,
            role: Role.CARETAKER,
          })) ?? undefined)
        : undefined;
      if (!caretaker) throw new NotFoundError('Caretaker', input.caretakerId);
    }
    const company = scope.em.create(Company, {
      office: actor.officeId,
      name: requireText(input.name, 'name', 255),
      nip,
      taxForm: input.taxForm,
      vatPayer: input.vatPayer,
      email: requireEmail(input.email, 'email'),
      caretaker,
    });
    try {
      await scope.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`A company with NIP ${nip} already exists in this office.`);
      }
      throw error;
    }
    return company;
  }
}
