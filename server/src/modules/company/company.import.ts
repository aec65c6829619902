import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors.js';
import { type LiveBus, PendingEvents } from '../../core/pubsub.js';
import type { HeadScope } from '../../core/scope.js';
import { requireEmail } from '../../core/validation.js';
import { StoredFile } from '../file/file.entity.js';
import type { FileService } from '../file/file.service.js';
import { TaxForm } from './company.entity.js';
import {
  type ExistingCompany,
  insertImportedCompanies,
  lockOfficeImports,
  officeCaretakersByEmail,
  officeCompaniesByNip,
  updateImportedCompanies,
} from './company.import.queries.js';
import {
  type CompanyImportResult,
  type CompanyImportRow,
  ImportRowStatus,
  MAX_IMPORT_ROWS,
} from './company.import.types.js';
import { queueCaretakerMoves } from './company.topics.js';
import { isValidNip, normalizeNip } from './nip.js';

/** The columns of a Polish office's export, by their lower-case header; `opiekun` and `VAT` optional. */
const COLUMNS = {
  nazwa: 'name',
  nip: 'nip',
  'forma opodatkowania': 'taxForm',
  vat: 'vat',
  'e-mail': 'email',
  email: 'email',
  opiekun: 'caretaker',
} as const;
type Column = (typeof COLUMNS)[keyof typeof COLUMNS];
const REQUIRED: Column[] = ['name', 'nip', 'taxForm', 'email'];
/** The header each column is reported under. */
const HEADER: Record<Column, string> = {
  name: 'nazwa',
  nip: 'NIP',
  taxForm: 'forma opodatkowania',
  vat: 'VAT',
  email: 'e-mail',
  caretaker: 'opiekun',
};

const TAX_FORMS: Record<string, TaxForm> = {
  'pełna księgowość': TaxForm.FULL_ACCOUNTING,
  'księgi handlowe': TaxForm.FULL_ACCOUNTING,
  full_accounting: TaxForm.FULL_ACCOUNTING,
  kpir: TaxForm.TAX_BOOK,
  'książka przychodów i rozchodów': TaxForm.TAX_BOOK,
  tax_book: TaxForm.TAX_BOOK,
  ryczałt: TaxForm.LUMP_SUM,
  'ewidencja przychodów': TaxForm.LUMP_SUM,
  lump_sum: TaxForm.LUMP_SUM,
};

const VAT: Record<string, boolean> = {
  tak: true,
  nie: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
};

/** One valid row of the file, ready to write. */
export interface ImportedCompany {
  line: number;
  name: string;
  nip: string;
  taxForm: TaxForm;
  vatPayer: boolean | null;
  email: string;
  caretakerEmail: string | null;
}

/** The bytes as text: UTF-8 (BOM or not) when they are valid UTF-8, else Windows-1250. */
export function decodeCsv(bytes: Buffer): string {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return iconv.decode(body, 'win1250');
  }
}

/** `;` when the header line has more of them than commas (Polish spreadsheets), else `,`. */
function delimiterOf(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Reads a company CSV into valid rows and per-row errors (line as in the file, header = 1).
 * BAD_USER_INPUT on `uploadId` when the file is not such a CSV at all.
 */
export function parseCompanyCsv(text: string): {
  rows: ImportedCompany[];
  errors: CompanyImportRow[];
} {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new BadUserInputError(`The file is not a readable CSV: ${reason}`, 'uploadId');
  }
  const [header, ...body] = records;
  if (!header) throw new BadUserInputError('The file is empty.', 'uploadId');
  if (body.length > MAX_IMPORT_ROWS)
    throw new BadUserInputError(`The file may hold at most ${MAX_IMPORT_ROWS} rows.`, 'uploadId');
  const index = new Map<Column, number>();
  header.record.forEach((title, i) => {
    const column = COLUMNS[title.trim().toLowerCase() as keyof typeof COLUMNS];
    if (column && !index.has(column)) index.set(column, i);
  });
  const absent = REQUIRED.filter((c) => !index.has(c));
  if (absent.length)
    throw new BadUserInputError(
      `The file lacks the column${absent.length > 1 ? 's' : ''} ${absent.map((c) => HEADER[c]).join(', ')}.`,
      'uploadId',
    );
  const rows: ImportedCompany[] = [];
  const errors: CompanyImportRow[] = [];
  const lineOfNip = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    const cell = (column: Column) => {
      const i = index.get(column);
      return i === undefined ? '' : (record[i] ?? '').trim();
    };
    const name = cell('name');
    const nip = normalizeNip(cell('nip'));
    const fail = (column: Column, error: string) =>
      errors.push({
        line,
        status: ImportRowStatus.ERROR,
        column: HEADER[column],
        error,
        nip: nip || null,
        name: name || null,
      });
    if (!name) {
      fail('name', 'The name is missing.');
      continue;
    }
    if (name.length > 255) {
      fail('name', 'The name is longer than 255 characters.');
      continue;
    }
    if (!isValidNip(nip)) {
      fail('nip', 'Not a valid NIP (10 digits with a valid checksum).');
      continue;
    }
    const earlier = lineOfNip.get(nip);
    if (earlier !== undefined) {
      fail('nip', `The same NIP as line ${earlier}.`);
      continue;
    }
    lineOfNip.set(nip, line);
    const taxForm = TAX_FORMS[cell('taxForm').toLowerCase()];
    if (!taxForm) {
      fail('taxForm', `Unknown taxation form "${cell('taxForm').slice(0, 60)}".`);
      continue;
    }
    const vatText = cell('vat').toLowerCase();
    const vatPayer = vatText === '' ? null : VAT[vatText];
    if (vatPayer === undefined) {
      fail('vat', 'VAT must be tak or nie.');
      continue;
    }
    const email = validEmail(cell('email'));
    if (!email) {
      fail('email', 'Not a valid email address.');
      continue;
    }
    const caretaker = cell('caretaker').toLowerCase();
    rows.push({ line, name, nip, taxForm, vatPayer, email, caretakerEmail: caretaker || null });
  }
  return { rows, errors };
}

function validEmail(text: string): string | null {
  try {
    return requireEmail(text, 'email');
  } catch {
    return null;
  }
}

/** What a valid row does to the office's companies. */
function statusOf(row: ImportedCompany, caretakerId: string | null, existing?: ExistingCompany) {
  if (!existing) return ImportRowStatus.CREATED;
  const same =
    existing.name === row.name &&
    existing.taxForm === row.taxForm &&
    (row.vatPayer === null || existing.vatPayer === row.vatPayer) &&
    existing.email === row.email &&
    (caretakerId === null || existing.caretakerId === caretakerId);
  return same ? ImportRowStatus.UNCHANGED : ImportRowStatus.UPDATED;
}

/**
 * The company import: a CSV upload of the head's own, checked row by row, then written set-based
 * (one insert and one update for all rows) in one transaction, idempotent by NIP within the office.
 */
export class CompanyImportService {
  constructor(
    private readonly live: LiveBus,
    private readonly files: FileService,
    private readonly maxBytes: number,
  ) {}

  async import(
    scope: HeadScope,
    uploadId: string,
    options: { dryRun: boolean; skipInvalid: boolean },
  ): Promise<CompanyImportResult> {
    const { em, actor } = scope;
    const text = decodeCsv(await this.readUpload(scope, uploadId));
    const { rows, errors } = parseCompanyCsv(text);
    const plan = async (tx: EntityManager) => {
      const caretakers = await officeCaretakersByEmail(
        tx,
        actor.officeId,
        rows.flatMap((r) => (r.caretakerEmail ? [r.caretakerEmail] : [])),
      );
      const existing = await officeCompaniesByNip(
        tx,
        actor.officeId,
        rows.map((r) => r.nip),
      );
      const report: CompanyImportRow[] = [...errors];
      const toCreate: Array<ImportedCompany & { caretakerId: string | null }> = [];
      const toUpdate: Array<ImportedCompany & { id: string; caretakerId: string | null }> = [];
      for (const row of rows) {
        const caretakerId = row.caretakerEmail ? caretakers.get(row.caretakerEmail) : null;
        const base = { line: row.line, nip: row.nip, name: row.name };
        if (caretakerId === undefined) {
          report.push({
            ...base,
            status: ImportRowStatus.ERROR,
            column: HEADER.caretaker,
            error: 'No caretaker of the office has this email address.',
          });
          continue;
        }
        const found = existing.get(row.nip);
        const status = statusOf(row, caretakerId, found);
        report.push({ ...base, status, column: null, error: null });
        if (status === ImportRowStatus.CREATED) toCreate.push({ ...row, caretakerId });
        else if (status === ImportRowStatus.UPDATED && found)
          toUpdate.push({ ...row, id: found.id, caretakerId });
      }
      report.sort((a, b) => a.line - b.line);
      return { report, toCreate, toUpdate };
    };
    const summarize = (report: CompanyImportRow[], applied: boolean): CompanyImportResult => {
      const count = (status: ImportRowStatus) => report.filter((r) => r.status === status).length;
      return {
        applied,
        created: count(ImportRowStatus.CREATED),
        updated: count(ImportRowStatus.UPDATED),
        unchanged: count(ImportRowStatus.UNCHANGED),
        failed: count(ImportRowStatus.ERROR),
        rows: report,
      };
    };
    if (options.dryRun) return summarize((await plan(em)).report, false);
    const events = new PendingEvents();
    try {
      const result = await em.transactional(async (tx) => {
        // Imports of one office go one at a time: a twin request sees the first one's rows.
        await lockOfficeImports(tx, actor.officeId);
        const { report, toCreate, toUpdate } = await plan(tx);
        const failed = report.some((r) => r.status === ImportRowStatus.ERROR);
        if (failed && !options.skipInvalid) return summarize(report, false);
        await insertImportedCompanies(tx, actor.officeId, toCreate);
        const moved = await updateImportedCompanies(tx, toUpdate);
        queueCaretakerMoves(events, moved);
        return summarize(report, true);
      });
      events.publish(this.live);
      return result;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new ConflictError('A company of the file was added meanwhile; import it again.');
      throw error;
    }
  }

  /** The bytes of the head's own unattached upload (NOT_FOUND otherwise), up to UPLOAD_MAX_BYTES. */
  private async readUpload(scope: HeadScope, uploadId: string): Promise<Buffer> {
    const [id] = await this.files.requireOwnUploads(scope, [uploadId]);
    const file = id ? await scope.em.findOne(StoredFile, id) : null;
    if (!file) throw new NotFoundError('File', uploadId);
    if (file.contentType !== 'text/csv' && file.contentType !== 'text/plain')
      throw new BadUserInputError('The upload is not a CSV file.', 'uploadId');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of await this.files.storage.open(file.storageKey)) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += buffer.length;
      if (size > this.maxBytes) throw new BadUserInputError('The file is too large.', 'uploadId');
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  }
}
