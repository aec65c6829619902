import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../core/context.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
} from '../../core/errors.js';
import { batchLoader } from '../../core/loaders.js';
import { type ConnectionShape, decodeCursor, isId, pageSize } from '../../core/pagination.js';
import type { ActorScope, StaffScope } from '../../core/scope.js';
import { requireText } from '../../core/validation.js';
import { Company, TaxForm } from '../company/company.entity.js';
import { canSeeCompany, companyKey } from '../company/company.policy.js';
import type { CompanyService } from '../company/company.service.js';
import { isValidNip, normalizeNip } from '../company/nip.js';
import { Declaration, DeclarationStatus, type LedgerEntry, Upo } from './bookkeeping.entity.js';
import {
  acceptWithUpo,
  declarationsByKey,
  findVisibleDeclaration,
  insertLedgerRows,
  type LedgerRow,
  latestDeclarationsOf,
  ledgerEntriesPage,
  setDeclarationPaid,
  uposByDeclaration,
  upsertDeclarationUnlessFinal,
} from './bookkeeping.queries.js';
import {
  type DeclarationInput,
  type LedgerEntryInput,
  MAX_COLUMN_LENGTH,
  MAX_COUNTERPARTY_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_DOCUMENT_NUMBER_LENGTH,
  MAX_IMPORT_ROWS,
  MAX_REFERENCE_NUMBER_LENGTH,
  type UpoInput,
} from './bookkeeping.types.js';

/** KPiR columns an entry may be booked in: revenue 7-8, expenses 10-13, research and development 16. */
export const TAX_BOOK_COLUMNS = ['7', '8', '10', '11', '12', '13', '16'];

/** Lump-sum (ryczałt) rates in force, in percent. */
export const LUMP_SUM_RATES = ['2', '3', '5.5', '8.5', '10', '12', '12.5', '14', '15', '17'];

/** A chart-of-accounts number: a synthetic account of 2-3 digits, optionally with analytic parts (201-1-05). */
const ACCOUNT_PATTERN = /^\d{2,3}(-[0-9A-Za-z]{1,6})*$/;

const AMOUNT_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECLARATION_TYPE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,19}$/;

/** Cents of a decimal string with at most 2 decimals and |x| < 1e12, or null when it is not one. */
export function toCents(value: string): number | null {
  const text = value.trim();
  if (!AMOUNT_PATTERN.test(text)) return null;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
}

/** A real calendar date written YYYY-MM-DD, in a plausible range for bookkeeping. */
export function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0] = match.slice(1).map(Number);
  if (year < 1900 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export interface Period {
  /** "YYYY-MM" or "YYYY" as given. */
  period: string;
  /** First day of the period and first day after it, YYYY-MM-DD. */
  from: string;
  until: string;
}

/** A period "YYYY-MM" (month 01-12) or "YYYY", or BAD_USER_INPUT naming `field`. */
export function parsePeriod(value: string, field = 'period'): Period {
  const text = value.trim();
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  const year = match ? Number(match[1]) : NaN;
  const month = match?.[2] === undefined ? null : Number(match[2]);
  if (!match || year < 1900 || year > 2100 || (month !== null && (month < 1 || month > 12))) {
    throw new BadUserInputError(
      `${field} must be a month "YYYY-MM" (01-12) or a year "YYYY".`,
      field,
    );
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === null) return { period: text, from: `${year}-01-01`, until: `${year + 1}-01-01` };
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return { period: text, from: `${year}-${pad(month)}-01`, until: next };
}

/** Validates one imported row for `company`; BAD_USER_INPUT names the row and the field. */
function ledgerRow(company: Company, entry: LedgerEntryInput, index: number): LedgerRow {
  const fail = (field: string, problem: string): never => {
    throw new BadUserInputError(
      `entries[${index}].${field} ${problem}`,
      `entries[${index}].${field}`,
    );
  };
  const text = (field: 'documentNumber' | 'counterparty' | 'description', max: number): string => {
    const value = entry[field].trim();
    if (!value) fail(field, 'must not be empty.');
    if (value.length > max) fail(field, `must be at most ${max} characters long.`);
    return value;
  };

  const date = entry.date.trim();
  if (!isRealDate(date)) fail('date', 'must be a real date written YYYY-MM-DD (years 1900-2100).');
  const documentNumber = text('documentNumber', MAX_DOCUMENT_NUMBER_LENGTH);
  const counterparty = text('counterparty', MAX_COUNTERPARTY_LENGTH);
  const description = text('description', MAX_DESCRIPTION_LENGTH);

  let counterpartyNip: string | null = null;
  if (
    entry.counterpartyNip !== null &&
    entry.counterpartyNip !== undefined &&
    entry.counterpartyNip.trim() !== ''
  ) {
    counterpartyNip = normalizeNip(entry.counterpartyNip);
    if (!isValidNip(counterpartyNip))
      fail('counterpartyNip', 'is not a valid NIP (10 digits with a valid checksum).');
  }

  const cents = {} as Record<'net' | 'vat' | 'gross', number>;
  for (const field of ['net', 'vat', 'gross'] as const) {
    const value = toCents(entry[field]);
    if (value === null)
      fail(
        field,
        'must be a decimal number with at most 2 decimals and less than 1e12 in absolute value, e.g. "1234.50".',
      );
    cents[field] = value!;
  }
  if (cents.net + cents.vat !== cents.gross) fail('gross', 'must equal net + vat exactly.');

  let column = entry.column.trim();
  if (!column) fail('column', 'must not be empty.');
  if (column.length > MAX_COLUMN_LENGTH)
    fail('column', `must be at most ${MAX_COLUMN_LENGTH} characters long.`);
  const contraAccount = entry.contraAccount?.trim() || null;
  switch (company.taxForm) {
    case TaxForm.TAX_BOOK:
      if (!TAX_BOOK_COLUMNS.includes(column))
        fail('column', `must be a tax book column: ${TAX_BOOK_COLUMNS.join(', ')}.`);
      break;
    case TaxForm.LUMP_SUM: {
      const rate = column.replace(',', '.');
      const canonical = /^\d{1,2}(\.\d{1,2})?$/.test(rate) ? String(Number(rate)) : null;
      if (!canonical || !LUMP_SUM_RATES.includes(canonical))
        fail('column', `must be a lump-sum rate: ${LUMP_SUM_RATES.join(', ')}.`);
      column = canonical!;
      break;
    }
    case TaxForm.FULL_ACCOUNTING:
      if (!ACCOUNT_PATTERN.test(column))
        fail('column', 'must be an account number, e.g. 201 or 402-1.');
      if (
        contraAccount &&
        (contraAccount.length > MAX_COLUMN_LENGTH || !ACCOUNT_PATTERN.test(contraAccount))
      ) {
        fail('contraAccount', 'must be an account number, e.g. 700 or 221-1.');
      }
      break;
  }
  if (contraAccount && company.taxForm !== TaxForm.FULL_ACCOUNTING)
    fail('contraAccount', 'is only for companies in full accounting.');
  const vatRegister = entry.vatRegister ?? null;
  if (vatRegister && !company.vatPayer) fail('vatRegister', 'is only for VAT payers.');

  return {
    date,
    document_number: documentNumber,
    counterparty,
    counterparty_nip: counterpartyNip,
    description,
    net: entry.net.trim(),
    vat: entry.vat.trim(),
    gross: entry.gross.trim(),
    column,
    contra_account: contraAccount,
    vat_register: vatRegister,
  };
}

function decimal(value: string, field: string): string {
  if (toCents(value) === null) {
    throw new BadUserInputError(
      `${field} must be a decimal number with at most 2 decimals and less than 1e12 in absolute value.`,
      field,
    );
  }
  return value.trim();
}

/** The request's bookkeeping loaders, made on first use and dropped with the request's loaders. */
const loadersByRequest = new WeakMap<object, BookkeepingLoaders>();

type BookkeepingLoaders = ReturnType<typeof bookkeepingLoaders>;

function bookkeepingLoaders(em: EntityManager) {
  return {
    /** Keys "companyId/period" (period may be empty): one query for every company and period asked. */
    declarations: batchLoader((keys) => declarationsByKey(em, keys), [] as Declaration[]),
    latestDeclaration: batchLoader(
      (companyIds) => latestDeclarationsOf(em, companyIds),
      null as Declaration | null,
    ),
    upo: batchLoader((declarationIds) => uposByDeclaration(em, declarationIds), null as Upo | null),
  };
}

export class BookkeepingService {
  constructor(private readonly companies: CompanyService) {}

  /**
   * Entries from a bookkeeping application: every row valid or nothing stored, inserted by one
   * statement in a transaction. Returns how many were inserted.
   */
  async importLedgerEntries(
    scope: StaffScope,
    companyId: string,
    entries: LedgerEntryInput[],
  ): Promise<number> {
    const company = await this.companies.requireVisible(scope, companyId);
    if (entries.length < 1 || entries.length > MAX_IMPORT_ROWS) {
      throw new BadUserInputError(
        `entries must hold 1 to ${MAX_IMPORT_ROWS} rows; split larger imports.`,
        'entries',
      );
    }
    const rows = entries.map((entry, index) => ledgerRow(company, entry, index));
    return scope.em.transactional((em) =>
      insertLedgerRows(
        em,
        rows.map((row) => ({ ...row, company_id: company.id })),
      ),
    );
  }

  /** Entries of one company in a month or a year, by date. */
  async ledgerEntries(
    scope: ActorScope,
    companyId: string,
    periodText: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<LedgerEntry>> {
    const company = await this.companies.requireVisible(scope, companyId);
    const period = parsePeriod(periodText);
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['text', 'id']);
    if (after && !isRealDate(after[0] ?? ''))
      throw new BadUserInputError('after is not a valid cursor.', 'after');
    return ledgerEntriesPage(scope.em, company.id, period, { first, after });
  }

  /**
   * Creates the declaration of (company, type, period) or updates it. Once its UPO is recorded it is
   * final: sending it again unchanged is accepted, changing it is PRECONDITION_FAILED.
   */
  async upsertDeclaration(scope: StaffScope, input: DeclarationInput): Promise<Declaration> {
    const company = await this.companies.requireVisible(scope, input.companyId);
    const type = input.type.trim().toUpperCase();
    if (!DECLARATION_TYPE_PATTERN.test(type)) {
      throw new BadUserInputError(
        'type must be a form symbol of 2-20 letters, digits, "-" or "_", e.g. JPK_V7M or PIT-36L.',
        'type',
      );
    }
    const { period } = parsePeriod(input.period);
    const taxBase = decimal(input.taxBase, 'taxBase');
    const taxDue = decimal(input.taxDue, 'taxDue');
    const status = input.status ?? DeclarationStatus.DRAFT;
    const filedAt = input.filedAt ?? null;
    if (filedAt && Number.isNaN(filedAt.getTime()))
      throw new BadUserInputError('filedAt is not a valid date.', 'filedAt');
    if (status === DeclarationStatus.DRAFT && filedAt)
      throw new BadUserInputError('filedAt is only for filed declarations.', 'filedAt');
    const dueDate = input.dueDate?.trim() || null;
    if (dueDate !== null && !isRealDate(dueDate))
      throw new BadUserInputError(
        'dueDate must be a real date written YYYY-MM-DD (years 1900-2100).',
        'dueDate',
      );
    const { em } = scope;
    const saved = await upsertDeclarationUnlessFinal(em, {
      companyId: company.id,
      type,
      period,
      taxBase,
      taxDue,
      status,
      filedAt,
      dueDate,
    });
    if (saved) return saved;
    const existing = await em.findOneOrFail(Declaration, { company: company.id, type, period });
    const unchanged =
      toCents(existing.taxBase) === toCents(taxBase) &&
      toCents(existing.taxDue) === toCents(taxDue) &&
      (status === DeclarationStatus.FILED || status === DeclarationStatus.ACCEPTED);
    if (!unchanged) {
      throw new PreconditionFailedError(
        `The ${type} declaration for ${period} has a UPO and can no longer change; file a correction instead.`,
        ['HAS_UPO'],
      );
    }
    return existing;
  }

  /**
   * The tax authority's receipt of a filed declaration; the declaration becomes ACCEPTED. Recording
   * the same receipt again returns it; a different one for the same declaration is a CONFLICT.
   */
  async recordUpo(scope: StaffScope, input: UpoInput): Promise<Upo> {
    const { em, actor } = scope;
    if (!isId(input.declarationId)) throw new NotFoundError('Declaration', input.declarationId);
    const declaration = await findVisibleDeclaration(em, actor, input.declarationId);
    if (!declaration) throw new NotFoundError('Declaration', input.declarationId);
    const referenceNumber = requireText(
      input.referenceNumber,
      'referenceNumber',
      MAX_REFERENCE_NUMBER_LENGTH,
    );
    if (Number.isNaN(input.receivedAt.getTime()))
      throw new BadUserInputError('receivedAt is not a valid date.', 'receivedAt');
    const filed = [DeclarationStatus.FILED, DeclarationStatus.ACCEPTED];
    if (!filed.includes(declaration.status)) {
      throw new PreconditionFailedError(
        `Only a filed declaration gets a UPO; this one is ${declaration.status}.`,
        ['NOT_FILED'],
      );
    }
    const recorded = await acceptWithUpo(em, declaration.id, {
      referenceNumber,
      receivedAt: input.receivedAt,
    });
    if (recorded) return recorded;
    const existing = await em.findOne(Upo, { declaration: declaration.id });
    if (!existing)
      throw new PreconditionFailedError('The declaration is no longer filed.', ['NOT_FILED']);
    if (existing.referenceNumber !== referenceNumber) {
      throw new ConflictError(
        `The declaration already has a UPO with reference number ${existing.referenceNumber}.`,
      );
    }
    return existing;
  }

  /**
   * Marks a declaration paid (staff who see its company; NOT_FOUND otherwise): idempotent, the
   * first time is kept. `paid` false marks it unpaid again. A paid declaration gets no deadline
   * reminder (modules/deadline).
   */
  async markPaid(scope: StaffScope, id: string, paid: boolean): Promise<Declaration> {
    const { em, actor } = scope;
    if (!isId(id)) throw new NotFoundError('Declaration', id);
    const declaration = await findVisibleDeclaration(em, actor, id);
    if (!declaration) throw new NotFoundError('Declaration', id);
    return setDeclarationPaid(em, declaration.id, paid);
  }

  /** A company's declarations, of one month or year when `period` is given, newest first; batched per request. */
  async declarationsOf(
    scope: Scope,
    company: Company,
    period: string | null | undefined,
  ): Promise<Declaration[]> {
    const filter = period === null || period === undefined ? '' : parsePeriod(period).period;
    if (!canSeeCompany(scope.actor, companyKey(company))) return [];
    return this.loaders(scope).declarations.load(`${company.id}/${filter}`);
  }

  /** A company's latest declaration (see latestDeclarationsOf), if any; batched per request. */
  async latestDeclarationOf(scope: Scope, company: Company): Promise<Declaration | null> {
    if (!canSeeCompany(scope.actor, companyKey(company))) return null;
    return this.loaders(scope).latestDeclaration.load(company.id);
  }

  /** The UPO of a declaration the viewer already sees. */
  upoOf(scope: Scope, declaration: Declaration): Promise<Upo | null> {
    return this.loaders(scope).upo.load(declaration.id);
  }

  private loaders(scope: Scope): BookkeepingLoaders {
    let loaders = loadersByRequest.get(scope.loaders);
    if (!loaders) {
      loaders = bookkeepingLoaders(scope.em);
      loadersByRequest.set(scope.loaders, loaders);
    }
    return loaders;
  }
}
