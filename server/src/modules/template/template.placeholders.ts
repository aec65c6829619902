import { escapeHtml, htmlToText } from '../email/email.html.js';
import { formatGrosze, toGrosze } from '../printout/printout.amount.js';

/**
 * Placeholders of templates and sends: `{{firma}}`, or with a fallback written when the company
 * has no value, `{{deklaracja.kwota|brak danych}}`. Names are Polish with English aliases, in any
 * case, with whitespace allowed inside the braces. In HTML they are filled in text only (never
 * inside a tag, so no value can become a link or an attribute), their values escaped.
 */
export const PLACEHOLDERS = [
  { name: 'firma', alias: 'company' },
  { name: 'nip', alias: 'nip' },
  { name: 'opiekun', alias: 'caretaker' },
  { name: 'okres', alias: 'period' },
  { name: 'biuro', alias: 'office' },
  { name: 'deklaracja.typ', alias: 'declaration.type' },
  { name: 'deklaracja.kwota', alias: 'declaration.amount' },
  { name: 'deklaracja.termin', alias: 'declaration.dueDate' },
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

/** One company's value of each placeholder; null where it has none. */
export type PlaceholderValues = Record<PlaceholderName, string | null>;

const byWrittenName = new Map<string, PlaceholderName>(
  PLACEHOLDERS.flatMap((p) => [
    [p.name.toLowerCase(), p.name],
    [p.alias.toLowerCase(), p.name],
  ]),
);

/** `{{ name }}` or `{{ name | fallback }}`: no braces inside. */
const TOKEN = /\{\{([^{}|]*)(?:\|([^{}]*))?\}\}/g;

/** A placeholder as written in a text: which one, and its fallback if it has one. */
interface Token {
  name: PlaceholderName;
  fallback: string | null;
}

/** A text cut into literal parts and placeholders. */
type Segments = Array<string | Token>;

function tokenize(text: string, unknown: Set<string>): Segments {
  const segments: Segments = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const written = (match[1] ?? '').trim();
    const name = byWrittenName.get(written.toLowerCase());
    if (!name) {
      unknown.add(written);
      continue;
    }
    if (match.index > last) segments.push(text.slice(last, match.index));
    segments.push({ name, fallback: match[2] === undefined ? null : match[2].trim() });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** HTML cut into segments, placeholders taken from the text between tags only. */
function tokenizeHtml(html: string, unknown: Set<string>): Segments {
  return html
    .split(/(<[^>]*>)/)
    .flatMap((part) => (part.startsWith('<') ? [part] : tokenize(part, unknown)));
}

/** A send's or a template's texts, cut once and filled for any number of companies. */
export interface CompiledMessage {
  subject: Segments | null;
  /** The sanitized HTML; null for a plain-text notification. */
  html: Segments | null;
  /** The plain text: the HTML's text (with its placeholders kept apart), or the plain body. */
  body: Segments;
  /** Every placeholder named anywhere (to read only the values needed). */
  names: Set<PlaceholderName>;
  unknown: string[];
}

/** Where a placeholder stands in HTML while it is turned into text: no spaces, nothing to escape. */
const MARK = /\{\{#(\d+)\}\}/g;

/**
 * Cuts a message into segments once: the subject (plain text), the HTML (already sanitized) and the
 * plain text derived from it (html-to-text over the HTML with each placeholder replaced by a marker,
 * so the conversion runs once, not once per company), or the plain body when there is no HTML.
 */
export function compileMessage(source: {
  subject: string | null;
  html: string | null;
  body?: string | null;
}): CompiledMessage {
  const unknown = new Set<string>();
  const subject = source.subject === null ? null : tokenize(source.subject, unknown);
  let html: Segments | null = null;
  let body: Segments;
  if (source.html !== null) {
    html = tokenizeHtml(source.html, unknown);
    const tokens: Token[] = [];
    const marked = html
      .map((s) => {
        if (typeof s === 'string') return s;
        tokens.push(s);
        return `{{#${tokens.length - 1}}}`;
      })
      .join('');
    body = [];
    let last = 0;
    const text = htmlToText(marked);
    for (const match of text.matchAll(MARK)) {
      const token = tokens[Number(match[1])];
      if (!token) continue;
      if (match.index > last) body.push(text.slice(last, match.index));
      // A fallback was HTML text (entities and all): the plain text gets its words.
      body.push({
        ...token,
        fallback: token.fallback === null ? null : htmlToText(token.fallback),
      });
      last = match.index + match[0].length;
    }
    if (last < text.length) body.push(text.slice(last));
  } else {
    body = tokenize(source.body ?? '', unknown);
  }
  const names = new Set<PlaceholderName>();
  for (const segments of [subject, html, body])
    for (const s of segments ?? []) if (typeof s !== 'string') names.add(s.name);
  return { subject, html, body, names, unknown: [...unknown] };
}

/** One company's message: its texts filled, and the placeholders it has no value for. */
export interface RenderedMessage {
  subject: string | null;
  html: string | null;
  body: string;
  /** Placeholders without a value and without a fallback (Polish names), each once. */
  missing: PlaceholderName[];
}

function fill(
  segments: Segments,
  values: PlaceholderValues,
  missing: Set<PlaceholderName>,
  written: (value: string) => string,
): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'string') out += s;
    else {
      const value = values[s.name];
      if (value !== null) out += written(value);
      else if (s.fallback !== null) out += s.fallback;
      else missing.add(s.name);
    }
  }
  return out;
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
const asIs = (text: string) => text;

/** The message of one company, in memory (no statement, no html-to-text per company). */
export function renderCompiled(
  compiled: CompiledMessage,
  values: PlaceholderValues,
): RenderedMessage {
  const missing = new Set<PlaceholderName>();
  const subject = compiled.subject && fill(compiled.subject, values, missing, oneLine).trim();
  const html = compiled.html && fill(compiled.html, values, missing, escapeHtml);
  const body = fill(compiled.body, values, missing, asIs).trim();
  return { subject, html, body, missing: [...missing] };
}

const monthNominative = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
];

/** `{{okres}}`: "listopad 2026" for "2026-11", "2026" for a year. */
export function periodInWords(period: string): string {
  const [year, month] = period.split('-');
  return month ? `${monthNominative[Number(month) - 1]} ${year}` : `${year}`;
}

const NBSP = '\u00a0';

/**
 * `{{deklaracja.kwota}}`: "1 234,56 zł", exact (grosze as bigint), grouped from the thousands
 * (Intl's Polish style leaves "1234,56" ungrouped), with no-break spaces so an amount never wraps.
 */
export function amountInWords(decimal: string): string {
  return `${formatGrosze(toGrosze(decimal)).replace(/ /g, NBSP)}${NBSP}zł`;
}

const longDate = new Intl.DateTimeFormat('pl-PL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `{{deklaracja.termin}}`: "25 listopada 2026" from "2026-11-25". */
export function dateInWords(isoDate: string): string {
  return longDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
