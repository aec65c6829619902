import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors.js';
import { type Delivered, eventStream, type ResyncSignal } from '../../core/live-stream.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import { type CompanyAccessItem, type LiveBus, PendingEvents, Topic } from '../../core/pubsub.js';
import type { ActorScope, HeadScope, StaffScope } from '../../core/scope.js';
import { requireEmail, requireList, requireText } from '../../core/validation.js';
import { Role, User } from '../auth/user.entity.js';
import { Company } from './company.entity.js';
import {
  findAssignableStaff,
  findVisibleCompanies,
  findVisibleCompany,
  listVisibleCompanies,
  lockOfficeCompanies,
  reassignCompanies,
  type VisibleCompany,
} from './company.queries.js';
import { accessTopicIds, queueCaretakerMoves } from './company.topics.js';
import {
  type CompanyFilter,
  type CreateCompanyInput,
  MAX_ASSIGN_COMPANIES,
  type UpdateCompanyInput,
} from './company.types.js';
import { isValidNip, normalizeNip } from './nip.js';

export class CompanyService {
  constructor(
    private readonly live: LiveBus,
    private readonly subscriptionBuffer: number,
  ) {}

  /**
   * Companies given to or taken from a caretaker, as they happen; a head sees every company, so
   * hears nothing. Past the buffer, or for a move too large to list, one resync.
   */
  liveAccess({
    actor,
  }: StaffScope): AsyncIterableIterator<Delivered<CompanyAccessItem> | ResyncSignal> {
    return eventStream(this.live, Topic.CompanyAccess, accessTopicIds(actor), {
      capacity: this.subscriptionBuffer,
    });
  }

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
   * Checks in one statement that the actor sees every one of `ids` (distinct, validated) and that
   * none is archived; otherwise the whole request fails with NOT_FOUND naming the first id it cannot
   * send to. Every send (bulk notification, email, printouts) goes through here.
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
    const nip = requireNip(input.nip);
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
    await flushUnique(scope, nip);
    return company;
  }

  /** A partial update of a company the staff member sees (NOT_FOUND otherwise). */
  async update(scope: StaffScope, id: string, input: UpdateCompanyInput): Promise<Company> {
    const { em } = scope;
    const visible = await this.requireVisible(scope, id);
    const company = await em.findOneOrFail(Company, visible.id);
    if (input.name != null) company.name = requireText(input.name, 'name', 255);
    if (input.nip != null) company.nip = requireNip(input.nip);
    if (input.taxForm != null) company.taxForm = input.taxForm;
    if (input.vatPayer != null) company.vatPayer = input.vatPayer;
    if (input.email != null) company.email = requireEmail(input.email, 'email');
    await flushUnique(scope, company.nip);
    return company;
  }

  /** Archives (or with `archived` false restores) a company the staff member sees; idempotent. */
  async setArchived(scope: StaffScope, id: string, archived: boolean): Promise<Company> {
    const { em } = scope;
    const visible = await this.requireVisible(scope, id);
    const company = await em.findOneOrFail(Company, visible.id);
    if (archived && !company.archivedAt) company.archivedAt = new Date();
    if (!archived && company.archivedAt) company.archivedAt = null;
    await em.flush();
    return company;
  }

  /**
   * Gives the companies (all of the head's office, else NOT_FOUND and nothing changes) to a
   * caretaker or head of the office, or to nobody; returns how many changed. A fixed handful of
   * statements for any number of ids. The old and new caretaker's live badges hear of the move:
   * the old one's count for those companies drops to 0, the new one's takes theirs.
   */
  async assignCaretaker(
    scope: HeadScope,
    companyIds: string[],
    caretakerId: string | null,
  ): Promise<number> {
    const { em, actor } = scope;
    const ids = requireList(companyIds, 'companyIds', MAX_ASSIGN_COMPANIES);
    const invalid = ids.find((id) => !isId(id));
    if (invalid !== undefined) throw new NotFoundError('Company', invalid);
    if (caretakerId !== null) {
      const found = isId(caretakerId)
        ? await findAssignableStaff(em, actor.officeId, caretakerId)
        : null;
      if (!found) throw new NotFoundError('Caretaker', caretakerId);
    }
    const events = new PendingEvents();
    const changed = await em.transactional(async (tx) => {
      const own = await lockOfficeCompanies(tx, actor.officeId, ids);
      const missing = ids.find((id) => !own.has(id));
      if (missing !== undefined) throw new NotFoundError('Company', missing);
      const moved = await reassignCompanies(tx, ids, caretakerId);
      queueCaretakerMoves(
        events,
        moved.map((m) => ({ ...m, caretakerId })),
      );
      return moved.length;
    });
    events.publish(this.live);
    return changed;
  }
}

/** A checksum-valid NIP without separators, or BAD_USER_INPUT on `nip`. */
function requireNip(input: string): string {
  const nip = normalizeNip(input);
  if (!isValidNip(nip))
    throw new BadUserInputError('nip is not a valid NIP (10 digits with a valid checksum).', 'nip');
  return nip;
}

/** Flushes, answering CONFLICT when the NIP is another company's of the office. */
async function flushUnique({ em }: StaffScope, nip: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw new ConflictError(`A company with NIP ${nip} already exists in this office.`);
    throw error;
  }
}
