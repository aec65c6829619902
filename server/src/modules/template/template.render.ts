import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { sanitizeEmailHtml } from '../email/email.html.js';
import {
  amountInWords,
  type CompiledMessage,
  compileMessage,
  dateInWords,
  type PlaceholderValues,
  periodInWords,
  type RenderedMessage,
  renderCompiled,
} from './template.placeholders.js';
import { type PlaceholderRow, placeholderRows } from './template.queries.js';
import { requirePeriod } from './template.validation.js';

/** One company to render for; `declarationId`: exactly this declaration for {{deklaracja.*}}. */
export interface RenderTarget {
  companyId: string;
  declarationId?: string;
}

function valuesOf(row: PlaceholderRow, period: string | null): PlaceholderValues {
  return {
    firma: row.name,
    nip: row.nip,
    opiekun: row.caretaker_name,
    okres: period === null ? null : periodInWords(period),
    biuro: row.office_name,
    'deklaracja.typ': row.declaration_type,
    'deklaracja.kwota':
      row.declaration_amount === null ? null : amountInWords(row.declaration_amount),
    'deklaracja.termin': row.declaration_due === null ? null : dateInWords(row.declaration_due),
  };
}

/**
 * A compiled message for each target, aligned with them: one statement for the values of every
 * target (none when the message names no placeholder), the filling in memory. A target that is not
 * a company of the office is NOT_FOUND.
 */
export async function renderCompiledFor(
  em: EntityManager,
  officeId: string,
  compiled: CompiledMessage,
  targets: readonly RenderTarget[],
  period: string | null,
): Promise<RenderedMessage[]> {
  if (!compiled.names.size) {
    const same = renderCompiled(compiled, emptyValues);
    return targets.map(() => same);
  }
  for (const t of targets) {
    if (!isId(t.companyId)) throw new NotFoundError('Company', t.companyId);
    if (t.declarationId !== undefined && !isId(t.declarationId))
      throw new NotFoundError('Declaration', t.declarationId);
  }
  const rows = await placeholderRows(em, officeId, targets, period);
  const byIndex = new Map(rows.map((r) => [r.i, r]));
  return targets.map((target, i) => {
    const row = byIndex.get(i);
    if (!row) throw new NotFoundError('Company', target.companyId);
    return renderCompiled(compiled, valuesOf(row, period));
  });
}

const emptyValues: PlaceholderValues = {
  firma: null,
  nip: null,
  opiekun: null,
  okres: null,
  biuro: null,
  'deklaracja.typ': null,
  'deklaracja.kwota': null,
  'deklaracja.termin': null,
};

/**
 * Each target's own subject, HTML and plain text from one source with placeholders (a template's,
 * or a send's), aligned with `targets`: the HTML is sanitized as an email's, values are escaped in
 * it and kept plain in the subject and text; `missing` lists the placeholders (Polish names) a
 * target has no value for and that give no fallback. `period` ("YYYY-MM" or "YYYY") is what
 * {{okres}} says and which declarations {{deklaracja.*}} reads (the earliest due, then by type,
 * unless the target names its declaration). One statement for any number of targets.
 */
export async function renderForCompanies(
  em: EntityManager,
  officeId: string,
  source: { subject: string | null; html: string },
  targets: Array<{ companyId: string; declarationId?: string }>,
  period: string | null,
): Promise<
  Array<{
    companyId: string;
    subject: string | null;
    html: string;
    body: string;
    missing: string[];
  }>
> {
  const checkedPeriod = period === null ? null : requirePeriod(period);
  const compiled = compileMessage({
    subject: source.subject,
    html: sanitizeEmailHtml(source.html),
  });
  const rendered = await renderCompiledFor(em, officeId, compiled, targets, checkedPeriod);
  return rendered.map((r, i) => ({
    companyId: targets[i]?.companyId ?? '',
    subject: r.subject,
    html: r.html ?? '',
    body: r.body,
    missing: r.missing,
  }));
}
