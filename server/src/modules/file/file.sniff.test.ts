import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanFilename } from './file.service.js';
import { sniffContentType, storedName } from './file.sniff.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';

const bytes = (...parts: Array<number[] | string | Buffer>) =>
  Buffer.concat(
    parts.map((p) =>
      typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.isBuffer(p) ? p : Buffer.from(p),
    ),
  );

/** The start of a ZIP archive: one local file header naming `entry`, followed by `content`. */
function zipHead(entry: string, content = ''): Buffer {
  const name = Buffer.from(entry, 'latin1');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, Buffer.from(content, 'latin1')]);
}

/** A 64-byte DOS/PE header: "MZ", then the usual fields with their zero bytes. */
function peHead(): Buffer {
  const head = Buffer.alloc(64);
  head.write('MZ', 0, 'latin1');
  head.writeUInt16LE(0x90, 2);
  head.writeUInt16LE(3, 4);
  head.writeUInt16LE(4, 8);
  head.writeUInt16LE(0xffff, 12);
  head.writeUInt16LE(0xb8, 16);
  head.writeUInt16LE(0x40, 24);
  head.writeUInt32LE(0x80, 60);
  return Buffer.concat([
    head,
    Buffer.from('This program cannot be run in DOS mode.\r\r\n$', 'latin1'),
  ]);
}

/** A 64-bit little-endian ELF header. */
function elfHead(): Buffer {
  const head = Buffer.alloc(64);
  bytes([0x7f], 'ELF', [2, 1, 1, 0]).copy(head);
  head.writeUInt16LE(2, 16);
  head.writeUInt16LE(0x3e, 18);
  head.writeUInt32LE(1, 20);
  return head;
}

describe('sniffContentType', () => {
  it('recognises a PDF by its header, whatever the name', () => {
    const pdf = bytes(
      '%PDF-1.7\n%',
      [0xe2, 0xe3, 0xcf, 0xd3],
      '\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
    );
    expect(sniffContentType(pdf, 'faktura.pdf')).toEqual({
      contentType: 'application/pdf',
      extension: 'pdf',
    });
    expect(sniffContentType(pdf, 'skan.png')?.contentType).toBe('application/pdf');
    expect(sniffContentType(bytes('%PDF-'), 'x')?.contentType).toBe('application/pdf');
  });

  it('recognises PNG, JPEG, GIF and WEBP images', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR');
    expect(sniffContentType(png, 'skan.pdf')).toEqual({
      contentType: 'image/png',
      extension: 'png',
    });
    const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0]);
    expect(sniffContentType(jpeg, 'zdjecie.jpeg')).toEqual({
      contentType: 'image/jpeg',
      extension: 'jpg',
    });
    expect(sniffContentType(bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0]), 'a.gif')).toEqual({
      contentType: 'image/gif',
      extension: 'gif',
    });
    expect(sniffContentType(bytes('GIF87a', [1, 0, 1, 0]), 'a')?.contentType).toBe('image/gif');
    const webp = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ', [0x18, 0, 0, 0]);
    expect(sniffContentType(webp, 'a.webp')).toEqual({
      contentType: 'image/webp',
      extension: 'webp',
    });
  });

  it('does not take a RIFF file that is not WEBP (for example WAV) for an image', () => {
    const wav = bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ', [0x10, 0, 0, 0, 1, 0]);
    expect(sniffContentType(wav, 'a.webp')).toBeNull();
  });

  it('recognises DOCX and XLSX from the names inside the ZIP', () => {
    const docx = Buffer.concat([
      zipHead('[Content_Types].xml', '<?xml version="1.0"?>'),
      zipHead('word/document.xml'),
    ]);
    expect(sniffContentType(docx, 'umowa.docx')).toEqual({ contentType: DOCX, extension: 'docx' });
    expect(sniffContentType(zipHead('word/document.xml'), 'umowa')).toEqual({
      contentType: DOCX,
      extension: 'docx',
    });

    const xlsx = Buffer.concat([zipHead('[Content_Types].xml'), zipHead('xl/workbook.xml')]);
    expect(sniffContentType(xlsx, 'zestawienie.xlsx')).toEqual({
      contentType: XLSX,
      extension: 'xlsx',
    });
    expect(sniffContentType(zipHead('xl/worksheets/sheet1.xml'), 'zestawienie.bin')).toEqual({
      contentType: XLSX,
      extension: 'xlsx',
    });
    // Only [Content_Types].xml in the head: the extension decides between the two.
    expect(sniffContentType(zipHead('[Content_Types].xml'), 'Zestawienie.XLSX')?.contentType).toBe(
      XLSX,
    );
    expect(sniffContentType(zipHead('[Content_Types].xml'), 'pismo.docx')?.contentType).toBe(DOCX);
  });

  it('recognises an ODT by its mimetype entry', () => {
    const odt = Buffer.concat([
      zipHead('mimetype', 'application/vnd.oasis.opendocument.text'),
      zipHead('content.xml'),
    ]);
    expect(sniffContentType(odt, 'pismo.odt')).toEqual({ contentType: ODT, extension: 'odt' });
    expect(sniffContentType(odt, 'pismo.docx')?.contentType).toBe(ODT);
  });

  it('recognises XML by its declaration or a .xml name', () => {
    const jpk = bytes(
      '<?xml version="1.0" encoding="UTF-8"?>\n<JPK xmlns="http://jpk.mf.gov.pl/wzor/2022/02/17/02171/"><Naglowek/></JPK>\n',
    );
    expect(sniffContentType(jpk, 'JPK_V7M.xml')).toEqual({
      contentType: 'application/xml',
      extension: 'xml',
    });
    expect(sniffContentType(jpk, 'plik.txt')?.contentType).toBe('application/xml');
    expect(sniffContentType(Buffer.from('\uFEFF<?xml version="1.0"?><a/>'), 'x')?.contentType).toBe(
      'application/xml',
    );
    expect(
      sniffContentType(bytes('<Deklaracja><Pozycja>1</Pozycja></Deklaracja>'), 'deklaracja.xml')
        ?.contentType,
    ).toBe('application/xml');
  });

  it('keeps a Windows-1250 CSV (a Polish spreadsheet export) as CSV, and refuses such bytes by other names', () => {
    const text = 'nazwa;NIP\r\nŻółć Gęślą Jaźń;5250001009\r\n';
    const win1250 = Buffer.from(iconv.encode(text, 'win1250'));
    expect(win1250.toString('utf8')).toContain('\uFFFD');
    expect(sniffContentType(win1250, 'firmy.csv')).toEqual({
      contentType: 'text/csv',
      extension: 'csv',
    });
    expect(sniffContentType(win1250, 'firmy.txt')).toBeNull();
    expect(sniffContentType(win1250, 'firmy')).toBeNull();
    // Control bytes still refuse it, whatever the encoding.
    expect(sniffContentType(Buffer.concat([win1250, Buffer.from([0])]), 'firmy.csv')).toBeNull();
  });

  it('recognises CSV by its name and other UTF-8 text as plain text', () => {
    const csv = Buffer.from('NIP;Nazwa;Kwota\r\n5250001009;Łódzka Spółka;1 234,56\r\n', 'utf8');
    expect(sniffContentType(csv, 'zestawienie.CSV')).toEqual({
      contentType: 'text/csv',
      extension: 'csv',
    });
    expect(sniffContentType(csv, 'zestawienie.txt')).toEqual({
      contentType: 'text/plain',
      extension: 'txt',
    });
    const polish = Buffer.from('Zażółć gęślą jaźń.\tŹDŹBŁO, ĄĘŚĆŃÓŁ\n\fStrona 2\n', 'utf8');
    expect(sniffContentType(polish, 'notatka')).toEqual({
      contentType: 'text/plain',
      extension: 'txt',
    });
  });

  it('accepts UTF-8 text whose head ends inside a multi-byte letter', () => {
    const text = Buffer.from('ąęźżół'.repeat(10), 'utf8');
    expect(sniffContentType(text.subarray(0, text.length - 1), 'a.txt')?.contentType).toBe(
      'text/plain',
    );
  });

  it('rejects text that is not valid UTF-8 before its last character', () => {
    const latin2 = Buffer.from([
      0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0xb6, 0x6c, 0xb1,
    ]);
    expect(sniffContentType(latin2, 'a.txt')).toBeNull();
  });

  it('rejects HTML and scripts, also behind a BOM or whitespace and under another name', () => {
    expect(
      sniffContentType(
        Buffer.from('<!DOCTYPE html><html><body>Faktura</body></html>'),
        'faktura.pdf',
      ),
    ).toBeNull();
    expect(
      sniffContentType(Buffer.from('<HTML><HEAD><TITLE>x</TITLE></HEAD></HTML>'), 'a.txt'),
    ).toBeNull();
    expect(
      sniffContentType(Buffer.from('\uFEFF  \n\t<!doctype html>\n<p>x</p>'), 'a.csv'),
    ).toBeNull();
    expect(sniffContentType(Buffer.from('<script>fetch("/graphql")</script>'), 'a.txt')).toBeNull();
    expect(
      sniffContentType(
        Buffer.from(
          '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        'a.xml',
      ),
    ).toBeNull();
  });

  it('rejects SVG, as text or as XML, and XML that a browser would render as a page', () => {
    const svgNs = 'xmlns="http://www.w3.org/2000/svg"';
    expect(
      sniffContentType(Buffer.from(`<svg ${svgNs} onload="alert(1)"/>`), 'img.svg'),
    ).toBeNull();
    expect(
      sniffContentType(
        Buffer.from(`<?xml version="1.0"?>\n<svg ${svgNs}><circle r="1"/></svg>`),
        'img.svg',
      ),
    ).toBeNull();
    // The root behind a comment and a doctype, its script far from the start.
    const hidden = `<?xml version="1.0"?><!-- ${'logo '.repeat(100)} --><!DOCTYPE x><x:svg xmlns:x="http://www.w3.org/2000/svg"/>`;
    expect(sniffContentType(Buffer.from(hidden), 'logo.xml')).toBeNull();
    expect(
      sniffContentType(
        Buffer.from('<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="#s"?><faktura/>'),
        'f.xml',
      ),
    ).toBeNull();
    expect(
      sniffContentType(
        Buffer.from('<?xml version="1.0"?><p:html xmlns:p="http://www.w3.org/1999/xhtml"/>'),
        'f.xml',
      ),
    ).toBeNull();
  });

  it('keeps XML whose root it cannot see in the head as plain text, which nothing renders', () => {
    const longProlog = Buffer.from(`<?xml version="1.0"?>\n<!-- ${'x'.repeat(5000)} -->`);
    expect(sniffContentType(longProlog.subarray(0, 4096), 'dane.xml')).toEqual({
      contentType: 'text/plain',
      extension: 'txt',
    });
  });

  it('rejects PE and ELF executables, whatever they are called', () => {
    for (const name of ['program.exe', 'faktura.pdf', 'dane.txt', 'dane.xml', 'dane.csv']) {
      expect(sniffContentType(peHead(), name)).toBeNull();
      expect(sniffContentType(elfHead(), name)).toBeNull();
    }
  });

  it('rejects binary data with NUL or other control bytes', () => {
    expect(sniffContentType(Buffer.from([0x41, 0x42, 0x00, 0x43, 0x44]), 'dane.txt')).toBeNull();
    expect(sniffContentType(Buffer.from('abc\u0001def'), 'dane.csv')).toBeNull();
    expect(sniffContentType(Buffer.from('<?xml version="1.0"?>\u0000<a/>'), 'dane.xml')).toBeNull();
    const garbage = Buffer.alloc(512);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 131 + 7) % 256;
    expect(sniffContentType(garbage, 'dane.pdf')).toBeNull();
  });

  it('rejects an empty file', () => {
    expect(sniffContentType(Buffer.alloc(0), 'pusty.txt')).toBeNull();
    expect(sniffContentType(Buffer.alloc(0), 'pusty.pdf')).toBeNull();
  });
});

describe('cleanFilename', () => {
  it('keeps only the last path segment, for both kinds of slashes', () => {
    expect(cleanFilename('C:\\Users\\jan\\Dokumenty\\Faktura 1.pdf')).toBe('Faktura 1.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('/var/tmp/../raport.csv')).toBe('raport.csv');
    expect(cleanFilename('a/b\\c.txt')).toBe('c.txt');
  });

  it('removes control characters and quotes', () => {
    expect(cleanFilename('fak\u0000tu\u0007ra\u001f\u007f.pdf')).toBe('faktura.pdf');
    expect(cleanFilename('a\r\nX-Injected: 1\r\n.pdf')).toBe('aX-Injected: 1.pdf');
    expect(cleanFilename('"umowa".pdf')).toBe('umowa.pdf');
    expect(cleanFilename('zesta\u0085wienie\u009b.csv')).toBe('zestawienie.csv');
  });

  it('removes bidirectional controls that would disguise the extension', () => {
    expect(cleanFilename('faktura\u202Efdp.exe')).toBe('fakturafdp.exe');
    expect(cleanFilename('\u2066skan\u2069\u200F.png')).toBe('skan.png');
  });

  it('keeps Polish letters and other printable text', () => {
    expect(cleanFilename('Faktura źródłowa ąę.pdf')).toBe('Faktura źródłowa ąę.pdf');
    expect(cleanFilename('ZAŻÓŁĆ GĘŚLĄ JAŹŃ (1).xlsx')).toBe('ZAŻÓŁĆ GĘŚLĄ JAŹŃ (1).xlsx');
  });

  it('trims, falls back to "file" and keeps the end (the extension) of long names', () => {
    expect(cleanFilename('   raport.pdf  ')).toBe('raport.pdf');
    expect(cleanFilename('')).toBe('file');
    expect(cleanFilename('katalog/')).toBe('file');
    expect(cleanFilename('\u0000\u0001')).toBe('file');
    const long = cleanFilename(`${'ą'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('ą.pdf')).toBe(true);
  });
});

describe('storedName', () => {
  it('keeps a name that already ends in an extension of the sniffed type, in any case', () => {
    expect(storedName('Faktura 03.pdf', 'pdf')).toBe('Faktura 03.pdf');
    expect(storedName('SKAN.PDF', 'pdf')).toBe('SKAN.PDF');
    expect(storedName('zdjęcie.jpeg', 'jpg')).toBe('zdjęcie.jpeg');
    expect(storedName('JPK_V7M.xml', 'xml')).toBe('JPK_V7M.xml');
  });

  it('replaces an extension of another type with the sniffed one', () => {
    expect(storedName('skan.pdf', 'png')).toBe('skan.png');
    expect(storedName('rozliczenie.vbs', 'txt')).toBe('rozliczenie.txt');
    expect(storedName('invoice.ps1', 'txt')).toBe('invoice.txt');
    expect(storedName('late.html', 'txt')).toBe('late.txt');
    expect(storedName('img.svg', 'txt')).toBe('img.txt');
    expect(storedName('faktura_03.pdf.hta', 'txt')).toBe('faktura_03.pdf.txt');
  });

  it('drops a disguising last extension when the one before it is already right', () => {
    expect(storedName('faktura_03.pdf.hta', 'pdf')).toBe('faktura_03.pdf');
    expect(storedName('umowa.docx.exe', 'docx')).toBe('umowa.docx');
  });

  it('ignores trailing dots and spaces, which Windows drops when saving', () => {
    expect(storedName('invoice.ps1. . ', 'txt')).toBe('invoice.txt');
    expect(storedName('faktura.pdf.', 'pdf')).toBe('faktura.pdf');
  });

  it('adds the extension to a name without one, or whose last part is no extension', () => {
    expect(storedName('skan', 'pdf')).toBe('skan.pdf');
    expect(storedName('Raport 2024.03', 'pdf')).toBe('Raport 2024.03.pdf');
    expect(storedName('umowa v1.2', 'docx')).toBe('umowa v1.2.docx');
    expect(storedName('.ps1', 'txt')).toBe('file.txt');
  });
});
