/**
 * The type of a file from its first bytes, for the upload allow-list. What the browser claims is
 * ignored: a renamed executable is not a PDF.
 */
export interface Sniffed {
  contentType: string;
  extension: string;
}

const startsWith = (head: Buffer, bytes: number[], offset = 0) =>
  bytes.every((b, i) => head[offset + i] === b);

export function sniffContentType(head: Buffer, filename: string): Sniffed | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extension: 'png' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (
    head.subarray(0, 6).toString('latin1') === 'GIF87a' ||
    head.subarray(0, 6).toString('latin1') === 'GIF89a'
  ) {
    return { contentType: 'image/gif', extension: 'gif' };
  }
  if (
    head.subarray(0, 4).toString('latin1') === 'RIFF' &&
    head.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return { contentType: 'image/webp', extension: 'webp' };
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(head, ext);
  return sniffText(head, ext);
}

const officeTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** ZIP containers: office documents by their name inside the archive, other archives as ZIP. */
function sniffZip(head: Buffer, ext: string): Sniffed {
  const text = head.toString('latin1');
  if (text.includes('mimetypeapplication/vnd.oasis.opendocument.')) {
    const kind = text.includes('opendocument.spreadsheet') ? 'ods' : 'odt';
    return { contentType: officeTypes[kind], extension: kind };
  }
  if (text.includes('[Content_Types].xml') || text.includes('word/') || text.includes('xl/')) {
    const kind = text.includes('xl/') || ext === 'xlsx' ? 'xlsx' : 'docx';
    if (ext === 'docx' || ext === 'xlsx') return { contentType: officeTypes[ext], extension: ext };
    return { contentType: officeTypes[kind], extension: kind };
  }
  return { contentType: 'application/zip', extension: 'zip' };
}

const PLAIN_TEXT: Sniffed = { contentType: 'text/plain', extension: 'txt' };

/**
 * UTF-8 text without control bytes: XML (JPK files), CSV or plain text. HTML and SVG are refused:
 * opened from a download they run scripts.
 */
function sniffText(head: Buffer, ext: string): Sniffed | null {
  if (head.length === 0) return null;
  for (const byte of head) {
    if (
      byte === 0 ||
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)
    )
      return null;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  // The head may end inside a multi-byte character; only reject replacement characters before it.
  // A CSV may be Windows-1250 (Polish spreadsheets export it): kept as CSV, decoded when imported.
  if (text.slice(0, -1).includes('\uFFFD'))
    return ext === 'csv' ? { contentType: 'text/csv', extension: 'csv' } : null;
  const start = text.trimStart().slice(0, 100).toLowerCase();
  if (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    start.startsWith('<svg') ||
    start.includes('<script')
  )
    return null;
  if (start.startsWith('<?xml') || ext === 'xml') return sniffXml(text);
  if (ext === 'csv') return { contentType: 'text/csv', extension: 'csv' };
  return PLAIN_TEXT;
}

/**
 * Browsers render an XML document whose elements are SVG or XHTML, or that names a stylesheet, as
 * a page, scripts included, also when it is opened from disk as a .xml file.
 */
const ACTIVE_XML =
  /<svg[\s/>]|<script[\s/>]|<html[\s/>]|<\?xml-stylesheet|http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml)/i;

/**
 * XML whose root element is in the head and nothing in the head makes it a page. A root hidden
 * behind 4 KB of comments cannot be checked: such a file is kept as plain text (.txt), which no
 * program renders.
 */
function sniffXml(text: string): Sniffed | null {
  if (ACTIVE_XML.test(text)) return null;
  const prolog =
    /^\s*(?:<\?xml[^>]*\?>)?(?:\s|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*<[A-Za-z_]/;
  return prolog.test(text) ? { contentType: 'application/xml', extension: 'xml' } : PLAIN_TEXT;
}

/** The extensions a name may end in for each sniffed type; the first is the one given. */
const EXTENSIONS: Record<string, readonly string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  odt: ['odt'],
  ods: ['ods'],
  zip: ['zip'],
  xml: ['xml'],
  csv: ['csv'],
  txt: ['txt'],
};

/** A name's extension: up to 12 letters and digits after the last dot, at least one a letter. */
const EXTENSION = /\.([\p{L}\p{N}]{1,12})$/u;

function extensionOf(name: string): string | null {
  const match = EXTENSION.exec(name);
  const extension = match?.[1];
  return extension && /\p{L}/u.test(extension) ? extension.toLowerCase() : null;
}

/**
 * The name a file is stored and downloaded under: its extension is always one of the sniffed
 * type's, whatever the uploader called it, so a download opens in the program for what it is.
 * "skan.pdf" holding a PNG becomes "skan.png", "invoice.ps1" holding text "invoice.txt",
 * "faktura.pdf.hta" holding a PDF "faktura.pdf"; "Raport 2024.03" gains one: "Raport 2024.03.pdf".
 */
export function storedName(name: string, extension: string): string {
  const accepted = EXTENSIONS[extension] ?? [extension];
  // Windows drops trailing dots and spaces when saving: "invoice.ps1. " would run as a script.
  const trimmed = name.replace(/[.\s]+$/u, '');
  const own = extensionOf(trimmed);
  if (own && accepted.includes(own)) return trimmed;
  const base = own ? trimmed.slice(0, -own.length - 1).replace(/[.\s]+$/u, '') : trimmed;
  const inner = extensionOf(base);
  if (inner && accepted.includes(inner)) return base;
  return `${base || 'file'}.${accepted[0]}`;
}

/** The extension files of a known content type are named with (printouts: "pdf"). */
export function extensionForType(contentType: string): string | null {
  const known: Record<string, string> = {
    'application/pdf': 'pdf',
    'image/png': 'png',
    'image/jpeg': 'jpg',
    'image/gif': 'gif',
    'image/webp': 'webp',
    'application/zip': 'zip',
    'application/xml': 'xml',
    'text/csv': 'csv',
    'text/plain': 'txt',
    ...Object.fromEntries(
      Object.entries(officeTypes).map(([extension, type]) => [type, extension]),
    ),
  };
  return known[contentType] ?? null;
}
