/**
 * The type of a file from its first bytes, for the upload allow-list. What the browser claims is
 * ignored: a renamed executable is not a PDF.
 */
export interface Sniffed {
  contentType: string;
  extension: string;
}

const startsWith = (head: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);

export function sniffContentType(head: Buffer, filename: string): Sniffed | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', extension: 'png' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (head.subarray(0, 6).toString('latin1') === 'GIF87a' || head.subarray(0, 6).toString('latin1') === 'GIF89a') {
    return { contentType: 'image/gif', extension: 'gif' };
  }
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') {
    return { contentType: 'image/webp', extension: 'webp' };
  }
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(head, ext);
  return sniffText(head, ext);
}

const officeTypes: Record<string, string> = {
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

/** UTF-8 text without control bytes: XML (JPK files), CSV or plain text. */
function sniffText(head: Buffer, ext: string): Sniffed | null {
  if (head.length === 0) return null;
  for (const byte of head) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)) return null;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  // The head may end inside a multi-byte character; only reject replacement characters before it.
  if (text.slice(0, -1).includes('\uFFFD')) return null;
  const start = text.trimStart().slice(0, 100).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.includes('<script')) return null;
  if (start.startsWith('<?xml') || ext === 'xml') return { contentType: 'application/xml', extension: 'xml' };
  if (ext === 'csv') return { contentType: 'text/csv', extension: 'csv' };
  return { contentType: 'text/plain', extension: 'txt' };
}
