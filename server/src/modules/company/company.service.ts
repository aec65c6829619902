import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import type { ActorScope, HeadScope, StaffScope } from '../../core/scope.js';
import { executeBound, keysetPage, uuidArray } from '../../core/sql.js';
import { requireEmail, requireText } from '../../core/validation.js';
import { Role, User } from '../auth/user.entity.js';
import { Company, TaxForm } from './company.entity.js';
import { type CompanyKey, whereCompanyVisible } from './company.policy.js';
import type { CompanyFilter, CreateCompanyInput } from './company.types.js';
import { isValidNip, normalizeNip } from './nip.js';

/** What a bulk action needs of each ticked company. */
export interface VisibleCompany extends CompanyKey {
  name: string;
  email: string;
  taxForm: TaxForm;
  vatPayer: boolean;
}

export class CompanyService {
  /** The company list: visible companies by name, filtered; a keyset page on the Company entity's indexes. */
  async list(
    { em, actor }: ActorScope,
    args: { first?: number | null; after?: string | null; filter?: CompanyFilter | null },
  ): Promise<ConnectionShape<Company>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['text', 'id']);
    const knex = em.getKnex();
    const inner = knex('company as c').select('c.*');
    whereCompanyVisible(inner, actor);
    const filter = args.filter ?? {};
    if (filter.search?.trim()) {
      const search = filter.search.trim();
      const digits = normalizeNip(search);
      // Either side has its own index (name trigrams, the NIP range of the office), so the OR is a
      // BitmapOr of the two rather than a scan; a term too short for trigrams reads the office by name.
      inner.where((q) => {
        q.whereRaw(`c.name ilike ? escape '\\'`, [`%${search.replace(/[\\%_]/g, '\\$&')}%`]);
        if (/^\d{1,10}$/.test(digits)) q.orWhere('c.nip', 'like', `${digits}%`);
      });
    }
    if (filter.taxForm) inner.where('c.tax_form', filter.taxForm);
    if (filter.vatPayer !== undefined && filter.vatPayer !== null)
      inner.where('c.vat_payer', filter.vatPayer);
    if (filter.caretakerId) {
      if (!isId(filter.caretakerId)) inner.whereRaw('false');
      else inner.where('c.caretaker_id', filter.caretakerId);
    }
    if (filter.hasUnreadFromClient !== undefined && filter.hasUnreadFromClient !== null) {
      // The counter kept with the messages; its partial index serves the "unread" view.
      inner.where('c.unread_from_client', filter.hasUnreadFromClient ? '>' : '=', 0);
    }
    return keysetPage(em, inner, {
      first,
      after,
      sort: [
        ['name', 'text'],
        ['id', 'uuid'],
      ],
      map: (row) => em.map(Company, row),
      cursorOf: (c) => [c.name, c.id],
    });
  }

  /** A company the actor may see, or NOT_FOUND exactly as if it did not exist. */
  async requireVisible({ em, actor }: ActorScope, id: string): Promise<Company> {
    if (!isId(id)) throw new NotFoundError('Company', id);
    const query = em.getKnex()('company as c').select('c.*').where('c.id', id);
    whereCompanyVisible(query, actor);
    const [row] = await em.execute(query);
    if (!row) throw new NotFoundError('Company', id);
    return em.map(Company, row);
  }

  /**
   * Checks in one statement that the actor sees every one of `ids` (distinct, validated); otherwise
   * the whole request fails with NOT_FOUND naming the first id it cannot see.
   */
  async requireAllVisible({ em, actor }: StaffScope, ids: string[]): Promise<VisibleCompany[]> {
    const invalid = ids.find((id) => !isId(id));
    if (invalid !== undefined) throw new NotFoundError('Company', invalid);
    const query = em
      .getKnex()('company as c')
      .select(
        'c.id',
        'c.office_id',
        'c.caretaker_id',
        'c.name',
        'c.email',
        'c.tax_form',
        'c.vat_payer',
      )
      .whereRaw('c.id = any(?::uuid[])', [uuidArray(ids)]);
    whereCompanyVisible(query, actor);
    const rows = await executeBound<{
      id: string;
      office_id: string;
      caretaker_id: string | null;
      name: string;
      email: string;
      tax_form: TaxForm;
      vat_payer: boolean;
    }>(em, query);
    if (rows.length !== ids.length) {
      const seen = new Set(rows.map((r) => r.id));
      throw new NotFoundError(
        'Company',
        ids.find((id) => !seen.has(id)),
      );
    }
    return rows.map((r) => ({
      id: r.id,
      officeId: r.office_id,
      caretakerId: r.caretaker_id,
      name: r.name,
      email: r.email,
      taxForm: r.tax_form,
      vatPayer: r.vat_payer,
    }));
  }

  /** A new company of the head's own office. */
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
