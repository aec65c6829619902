import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { StoredFile } from './file.entity.js';

const NOTIFY = graphql(`
  mutation FileNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const THREAD = graphql(`
  query FileThread($id: ID!) {
    messages(companyId: $id) {
      totalCount
      edges { node { id body attachments { id filename size contentType url } } }
    }
  }
`);

interface Uploaded {
  id: string;
  filename: string;
  size: number;
  contentType: string;
}

/** A PDF of `size` bytes with varied binary content after its header. */
function pdfBytes(size: number, seed = 1): Buffer {
  const buffer = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    buffer[i] = x >>> 24;
  }
  Buffer.from('%PDF-1.7\n').copy(buffer);
  return buffer;
}

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

function peExecutable(): Buffer {
  const head = Buffer.alloc(256);
  head.write('MZ', 0, 'latin1');
  head.writeUInt16LE(0x90, 2);
  head.writeUInt16LE(3, 4);
  head.writeUInt32LE(0x80, 60);
  head.write('This program cannot be run in DOS mode.\r\r\n$', 78, 'latin1');
  head.write('PE', 0x80, 'latin1');
  return head;
}

function elfExecutable(): Buffer {
  const head = Buffer.alloc(128);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(head);
  head.writeUInt16LE(2, 16);
  head.writeUInt16LE(0x3e, 18);
  return head;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every regular file under `dir` (finished or partial). */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('files over HTTP', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  const upload = (
    token: string | undefined,
    data: Buffer | string,
    filename: string,
    claimedType = 'application/pdf',
  ) => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: claimedType }),
      filename,
    );
    return fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  };

  const uploadOk = async (
    token: string,
    data: Buffer,
    filename: string,
    claimedType?: string,
  ): Promise<Uploaded> => {
    const response = await upload(token, data, filename, claimedType);
    const body = await response.json();
    if (response.status !== 201)
      throw new Error(`upload failed with ${response.status}: ${JSON.stringify(body)}`);
    return body as Uploaded;
  };

  const download = (token: string | undefined, id: string) =>
    fetch(`${app.url}/files/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  const uploadsBy = async (userId: string): Promise<number> => {
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ n: number }>>(
        'select count(*)::int as n from stored_file where uploader_id = ?',
        [userId],
      );
    return Number(row?.n);
  };

  const threadOf = async (companyId: string, token = f.head.token) =>
    ok(await app.gql(THREAD, { id: companyId }, token)).messages;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  describe('POST /uploads', () => {
    it('answers 201 with the sniffed type, not the claimed one, and stores the sha256 of the bytes', async () => {
      const response = await upload(f.head.token, PNG, 'skan.pdf', 'application/pdf');
      expect(response.status).toBe(201);
      const body = (await response.json()) as Uploaded;
      // The name's extension follows the content, not the other way round.
      expect(body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        filename: 'skan.png',
        size: PNG.length,
        contentType: 'image/png',
      });

      const row = await app.orm.em.fork().findOneOrFail(StoredFile, body.id);
      expect(row.sha256).toBe(sha256(PNG));
      expect(row.size).toBe(PNG.length);
      expect(row.contentType).toBe('image/png');
      expect(row.uploader.id).toBe(f.head.user.id);
    });

    it('streams a larger file intact: size, hash and the bytes read back', async () => {
      const data = pdfBytes(700 * 1024, 7);
      const uploaded = await uploadOk(f.head.token, data, 'duzy.pdf');
      expect(uploaded.size).toBe(data.length);
      expect(uploaded.contentType).toBe('application/pdf');
      const row = await app.orm.em.fork().findOneOrFail(StoredFile, uploaded.id);
      expect(row.sha256).toBe(sha256(data));
      const response = await download(f.head.token, uploaded.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
    });

    it('keeps a UTF-8 (Polish) filename and cleans a path off it', async () => {
      expect(
        (await uploadOk(f.head.token, pdfBytes(100), 'Faktura źródłowa ąę.pdf')).filename,
      ).toBe('Faktura źródłowa ąę.pdf');
      expect(
        (await uploadOk(f.head.token, pdfBytes(100), 'C:\\Dokumenty\\Żółta łódź.pdf')).filename,
      ).toBe('Żółta łódź.pdf');
    });

    it('answers 401 without credentials or with a bad token, and stores nothing', async () => {
      const before = await filesIn(app.config.storageDir);
      expect((await upload(undefined, pdfBytes(100), 'a.pdf')).status).toBe(401);
      expect((await upload('not-a-token', pdfBytes(100), 'a.pdf')).status).toBe(401);
      expect((await upload(`${f.head.token}x`, pdfBytes(100), 'a.pdf')).status).toBe(401);
      expect(await filesIn(app.config.storageDir)).toEqual(before);
    });

    it('answers 415 for HTML or an executable disguised as a PDF, and keeps nothing', async () => {
      const uploader = f.companies[1]!.client;
      const countBefore = await uploadsBy(uploader.user.id);
      const before = await filesIn(app.config.storageDir);
      const html =
        '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>';
      for (const [data, name] of [
        [html, 'faktura.pdf'],
        [peExecutable(), 'faktura.pdf'],
        [elfExecutable(), 'faktura.pdf'],
        [`${'\n'.repeat(1000)}<html><body>x</body></html>`, 'faktura.pdf'],
      ] as const) {
        const response = await upload(uploader.token, data, name, 'application/pdf');
        expect(response.status, name).toBe(415);
        expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
      }
      expect(await uploadsBy(uploader.user.id)).toBe(countBefore);
      expect(await filesIn(app.config.storageDir)).toEqual(before);
    });

    it('answers 400 for an empty file, a request without the "file" field, or a body that is not multipart', async () => {
      const uploader = f.companies[2]!.client;
      const countBefore = await uploadsBy(uploader.user.id);
      const before = await filesIn(app.config.storageDir);
      const auth = { authorization: `Bearer ${uploader.token}` };

      expect((await upload(uploader.token, Buffer.alloc(0), 'pusty.pdf')).status).toBe(400);

      const wrongField = new FormData();
      wrongField.append('document', new Blob([new Uint8Array(pdfBytes(100))]), 'a.pdf');
      expect(
        (await fetch(`${app.url}/uploads`, { method: 'POST', headers: auth, body: wrongField }))
          .status,
      ).toBe(400);

      const textField = new FormData();
      textField.append('file', '%PDF-1.7 not a file part');
      expect(
        (await fetch(`${app.url}/uploads`, { method: 'POST', headers: auth, body: textField }))
          .status,
      ).toBe(400);

      const json = await fetch(`${app.url}/uploads`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ file: '%PDF-1.7' }),
      });
      expect(json.status).toBe(400);
      const raw = await fetch(`${app.url}/uploads`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/pdf' },
        body: new Uint8Array(pdfBytes(100)),
      });
      expect(raw.status).toBe(400);

      expect(await uploadsBy(uploader.user.id)).toBe(countBefore);
      expect(await filesIn(app.config.storageDir)).toEqual(before);
    });
  });

  describe('upload size limit', () => {
    let small: TestApp;
    let g: OfficeFixture;
    const LIMIT = 64 * 1024;

    const uploadTo = (data: Buffer) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(data)], { type: 'application/pdf' }),
        'limit.pdf',
      );
      return fetch(`${small.url}/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${g.head.token}` },
        body: form,
      });
    };

    beforeAll(async () => {
      small = await startTestApp({ uploadMaxBytes: LIMIT });
      g = await officeFixture(small, { companies: 1 });
    });
    afterAll(() => small.stop());

    it('answers 413 over the limit, with nothing left in storage and no row', async () => {
      for (const size of [LIMIT + 1, LIMIT * 4]) {
        const response = await uploadTo(pdfBytes(size));
        expect(response.status, `${size} bytes`).toBe(413);
        expect(((await response.json()) as { error: string }).error).toContain('64 KB');
      }
      expect(await filesIn(small.config.storageDir)).toEqual([]);
      const [row] = await small.orm.em
        .fork()
        .execute<Array<{ n: number }>>(
          'select count(*)::int as n from stored_file where uploader_id = ?',
          [g.head.user.id],
        );
      expect(row?.n).toBe(0);
    });

    it('accepts a file of exactly the limit', async () => {
      const data = pdfBytes(LIMIT, 3);
      const response = await uploadTo(data);
      expect(response.status).toBe(201);
      const body = (await response.json()) as Uploaded;
      expect(body.size).toBe(LIMIT);
      const row = await small.orm.em.fork().findOneOrFail(StoredFile, body.id);
      expect(row.sha256).toBe(sha256(data));
      expect(await filesIn(small.config.storageDir)).toHaveLength(1);
    });
  });

  describe('GET /files/:id', () => {
    const FILENAME = 'Faktura źródłowa ąę.pdf';
    let data: Buffer;
    let shared: Uploaded;
    let onlySecond: Uploaded;

    beforeAll(async () => {
      data = pdfBytes(20_000, 11);
      shared = await uploadOk(f.head.token, data, FILENAME);
      onlySecond = await uploadOk(f.head.token, pdfBytes(5000, 12), 'tylko-druga.pdf');
    });

    it('answers 401 without credentials or with a bad token', async () => {
      expect((await download(undefined, shared.id)).status).toBe(401);
      expect((await download('nope', shared.id)).status).toBe(401);
    });

    it('answers 404 for an id that does not exist and for one that is not a UUID', async () => {
      expect((await download(f.head.token, randomUUID())).status).toBe(404);
      expect((await download(f.head.token, 'not-a-uuid')).status).toBe(404);
      expect((await download(f.head.token, `${shared.id}x`)).status).toBe(404);
    });

    it('lets the uploader download before sending, and nobody else', async () => {
      const response = await download(f.head.token, shared.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
      for (const party of [
        f.companies[0]!.client,
        f.companies[1]!.client,
        f.caretaker,
        other.head,
      ]) {
        expect((await download(party.token, shared.id)).status).toBe(404);
      }
    });

    it('after a bulk notification, serves the file to the recipients and their caretaker only', async () => {
      const first = f.companies[0]!;
      const second = f.companies[1]!;
      const third = f.companies[2]!;
      ok(
        await app.gql(
          NOTIFY,
          {
            input: {
              companyIds: [first.company.id, second.company.id],
              body: 'Faktura w załączniku',
              attachmentIds: [shared.id],
            },
          },
          f.head.token,
        ),
      );

      for (const recipient of [first.client, second.client]) {
        const response = await download(recipient.token, shared.id);
        expect(response.status).toBe(200);
        expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('content-length')).toBe(String(data.length));
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        const disposition = response.headers.get('content-disposition') ?? '';
        expect(disposition.startsWith('attachment;')).toBe(true);
        const encoded = /filename\*=UTF-8''([^;\s]+)/.exec(disposition)?.[1];
        expect(encoded).toBeDefined();
        expect(decodeURIComponent(encoded!)).toBe(FILENAME);
        const fallback = /filename="([^"]*)"/.exec(disposition)?.[1];
        expect(fallback).toMatch(/^[\x20-\x7e]+\.pdf$/);
      }

      // The caretaker looks after company 0, a recipient.
      expect((await download(f.caretaker.token, shared.id)).status).toBe(200);
      expect((await download(third.client.token, shared.id)).status).toBe(404);
      expect((await download(other.head.token, shared.id)).status).toBe(404);
      expect((await download(other.companies[0]!.client.token, shared.id)).status).toBe(404);
    });

    it('keeps a file sent only to an unassigned company away from the caretaker', async () => {
      const second = f.companies[1]!;
      ok(
        await app.gql(
          NOTIFY,
          {
            input: {
              companyIds: [second.company.id],
              body: 'Tylko dla drugiej',
              attachmentIds: [onlySecond.id],
            },
          },
          f.head.token,
        ),
      );
      expect((await download(second.client.token, onlySecond.id)).status).toBe(200);
      expect((await download(f.caretaker.token, onlySecond.id)).status).toBe(404);
      expect((await download(f.companies[0]!.client.token, onlySecond.id)).status).toBe(404);
    });

    it("serves a caretaker's attachment to the head of the same office", async () => {
      const mine = await uploadOk(f.caretaker.token, pdfBytes(300, 21), 'od-opiekuna.pdf');
      expect((await download(f.head.token, mine.id)).status).toBe(404);
      ok(
        await app.gql(
          NOTIFY,
          {
            input: {
              companyIds: [f.companies[2]!.company.id],
              body: 'Od opiekuna',
              attachmentIds: [mine.id],
            },
          },
          f.caretaker.token,
        ),
      );
      expect((await download(f.head.token, mine.id)).status).toBe(200);
      expect((await download(f.companies[2]!.client.token, mine.id)).status).toBe(200);
      expect((await download(other.head.token, mine.id)).status).toBe(404);
    });

    it('encodes any filename as a valid RFC 5987 value', async () => {
      const name = "Rozliczenie (korekta) O'Neill*.pdf";
      const uploaded = await uploadOk(f.head.token, pdfBytes(200, 5), name);
      expect(uploaded.filename).toBe(name);
      const disposition =
        (await download(f.head.token, uploaded.id)).headers.get('content-disposition') ?? '';
      const encoded = /filename\*=UTF-8''([^;\s]+)/.exec(disposition)?.[1] ?? '';
      expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
      expect(decodeURIComponent(encoded)).toBe(name);
    });

    it('lists the attachment on each recipient message with a download url', async () => {
      for (const recipient of f.companies.slice(0, 2)) {
        const thread = await threadOf(recipient.company.id, recipient.client.token);
        const message = thread.edges.find((e) => e.node.body === 'Faktura w załączniku')?.node;
        expect(message).toBeDefined();
        expect(message!.attachments).toEqual([
          {
            id: shared.id,
            filename: FILENAME,
            size: data.length,
            contentType: 'application/pdf',
            url: expect.stringMatching(new RegExp(`/files/${shared.id}$`)),
          },
        ]);
        expect(message!.attachments[0]!.url).toBe(`${app.url}/files/${shared.id}`);
      }
      const third = await threadOf(f.companies[2]!.company.id, f.companies[2]!.client.token);
      expect(third.edges.some((e) => e.node.attachments.some((a) => a.id === shared.id))).toBe(
        false,
      );
    });

    it("refuses to attach someone else's upload with NOT_FOUND and sends nothing", async () => {
      const target = f.companies[0]!.company.id;
      const byCaretaker = await uploadOk(f.caretaker.token, pdfBytes(300, 31), 'opiekuna.pdf');
      const byClient = await uploadOk(
        f.companies[0]!.client.token,
        pdfBytes(300, 32),
        'klienta.pdf',
      );
      const byOtherOffice = await uploadOk(other.head.token, pdfBytes(300, 33), 'obcy.pdf');
      const own = await uploadOk(f.head.token, pdfBytes(300, 34), 'wlasny.pdf');
      const before = await threadOf(target);
      for (const attachmentIds of [
        [byCaretaker.id],
        [byClient.id],
        [byOtherOffice.id],
        [own.id, byCaretaker.id],
        [randomUUID()],
        ['not-a-uuid'],
      ]) {
        const result = await app.gql(
          NOTIFY,
          { input: { companyIds: [target], body: 'Z cudzym plikiem', attachmentIds } },
          f.head.token,
        );
        expect(codes(result), JSON.stringify(attachmentIds)).toEqual(['NOT_FOUND']);
        expect(result.data ?? null).toBeNull();
      }
      const after = await threadOf(target);
      expect(after.totalCount).toBe(before.totalCount);
      expect(after.edges.some((e) => e.node.body === 'Z cudzym plikiem')).toBe(false);
      // Still not readable by the recipients' side.
      expect((await download(f.companies[0]!.client.token, byCaretaker.id)).status).toBe(404);
      expect((await download(f.head.token, byOtherOffice.id)).status).toBe(404);
    });
  });
});
