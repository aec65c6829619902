import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { ConfigError, loadConfig } from '../../config.js';

/** Bytes that sniff as a PDF. */
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

async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const NOTIFY = graphql(`
  mutation FileLimitsNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const SEND = graphql(`
  mutation FileLimitsSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);

interface UploadAnswer {
  status: number;
  headers: Headers;
  body: {
    id?: string;
    error?: string;
    code?: string;
    retryAfter?: number;
    quotaBytes?: number;
    usedBytes?: number;
  };
}

function uploader(app: () => TestApp) {
  return async (token: string, data: Buffer, filename = 'faktura.pdf'): Promise<UploadAnswer> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), filename);
    const response = await fetch(`${app().url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as UploadAnswer['body'],
    };
  };
}

const KB = 1024;

describe('upload limits in the configuration', () => {
  it('defaults to 100 MB, 30 uploads a minute and 24 hours, and keeps the quota at least one largest file', () => {
    expect(loadConfig({})).toMatchObject({
      uploadQuotaBytes: 100 * 1024 * KB,
      uploadsPerMinute: 30,
      uploadOrphanHours: 24,
    });
    expect(loadConfig({ UPLOAD_MAX_BYTES: String(200 * 1024 * KB) }).uploadQuotaBytes).toBe(
      200 * 1024 * KB,
    );
    expect(() =>
      loadConfig({ UPLOAD_MAX_BYTES: String(64 * KB), UPLOAD_QUOTA_BYTES: String(32 * KB) }),
    ).toThrow(ConfigError);
    expect(() => loadConfig({ UPLOAD_ORPHAN_HOURS: '0' })).toThrow(/UPLOAD_ORPHAN_HOURS/);
    expect(() => loadConfig({ UPLOADS_PER_MINUTE: 'many' })).toThrow(/UPLOADS_PER_MINUTE/);
  });
});

describe('upload quota (UPLOAD_QUOTA_BYTES of unattached uploads per user)', () => {
  let app: TestApp;
  let f: OfficeFixture;
  const upload = uploader(() => app);
  const rowsOf = async (userId: string) =>
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
    app = await startTestApp({
      uploadMaxBytes: 64 * KB,
      uploadQuotaBytes: 160 * KB,
      uploadsPerMinute: 1000,
    });
    f = await officeFixture(app, { companies: 2 });
  });
  afterAll(() => app.stop());

  it('refuses with 413 the upload that would pass the quota, keeps nothing of it and loses nothing else', async () => {
    const head = f.head;
    const first = await upload(head.token, pdfBytes(64 * KB, 1));
    const second = await upload(head.token, pdfBytes(64 * KB, 2));
    expect([first.status, second.status]).toEqual([201, 201]);
    const stored = await filesIn(app.config.storageDir);

    const over = await upload(head.token, pdfBytes(64 * KB, 3));
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      quotaBytes: 160 * KB,
      usedBytes: 128 * KB,
    });
    expect(over.body.error).toMatch(
      /not yet attached to a message take 128 KB of your 160 KB; this file \(over 32 KB\) does not fit/,
    );
    expect(await rowsOf(head.user.id)).toBe(2);
    expect(await filesIn(app.config.storageDir)).toEqual(stored);

    // What still fits is taken; the earlier uploads are intact.
    expect((await upload(head.token, pdfBytes(32 * KB, 4))).status).toBe(201);
    const download = await fetch(`${app.url}/files/${first.body.id}`, {
      headers: { authorization: `Bearer ${head.token}` },
    });
    expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes(64 * KB, 1))).toBe(true);

    // Full: refused before the body is read, with the same answer.
    const full = await upload(head.token, pdfBytes(1 * KB, 5));
    expect(full.status).toBe(413);
    expect(full.body).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED', usedBytes: 160 * KB });
    expect(await rowsOf(head.user.id)).toBe(3);

    // Another user's quota is their own.
    expect((await upload(f.caretaker.token, pdfBytes(64 * KB, 6))).status).toBe(201);
  });

  it('frees the quota when an upload is attached to a message', async () => {
    const { token, user } = f.companies[0]!.client;
    const first = await upload(token, pdfBytes(64 * KB, 11));
    await upload(token, pdfBytes(64 * KB, 12));
    expect((await upload(token, pdfBytes(64 * KB, 13))).status).toBe(413);
    expect(await app.services.files.unattachedBytes(app.orm.em.fork(), user.id)).toBe(128 * KB);

    ok(
      await app.gql(
        SEND,
        {
          input: {
            companyId: f.companies[0]!.company.id,
            body: 'Faktura w załączniku',
            attachmentIds: [first.body.id!],
          },
        },
        token,
      ),
    );
    expect(await app.services.files.unattachedBytes(app.orm.em.fork(), user.id)).toBe(64 * KB);
    expect((await upload(token, pdfBytes(64 * KB, 14))).status).toBe(201);
  });

  it('counts uploads sent at once against one quota: the one that does not fit is refused', async () => {
    const { token, user } = f.companies[1]!.client;
    const answers = await Promise.all(
      [21, 22, 23].map((seed) => upload(token, pdfBytes(64 * KB, seed))),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 413]);
    expect(answers.find((a) => a.status === 413)!.body).toMatchObject({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      usedBytes: 128 * KB,
    });
    expect(await rowsOf(user.id)).toBe(2);
  });

  it('counts a bulk notification attachment as attached for every recipient', async () => {
    const head = await officeFixture(app, { companies: 2 });
    const a = await upload(head.head.token, pdfBytes(64 * KB, 31));
    const b = await upload(head.head.token, pdfBytes(64 * KB, 32));
    ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: head.companies.map((c) => c.company.id),
            body: 'Dwa pliki',
            attachmentIds: [a.body.id!, b.body.id!],
          },
        },
        head.head.token,
      ),
    );
    expect(await app.services.files.unattachedBytes(app.orm.em.fork(), head.head.user.id)).toBe(0);
  });
});

describe('upload rate (UPLOADS_PER_MINUTE per user)', () => {
  let app: TestApp;
  let f: OfficeFixture;
  const upload = uploader(() => app);

  beforeAll(async () => {
    app = await startTestApp({ uploadsPerMinute: 3 });
    f = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  it('answers 429 with Retry-After past the rate, keeps nothing of it, and leaves other users alone', async () => {
    const { token, user } = f.companies[0]!.client;
    const answers = [];
    // A refused upload counts too: every attempt costs the server a body.
    answers.push(await upload(token, Buffer.from('MZ\u0000\u0000 not a document'), 'program.exe'));
    for (let i = 0; i < 3; i += 1) answers.push(await upload(token, pdfBytes(2 * KB, 40 + i)));
    expect(answers.map((a) => a.status)).toEqual([415, 201, 201, 429]);

    const refused = answers[3]!;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      error: `Too many uploads: at most 3 a minute. Try again in ${retryAfter} s.`,
      code: 'TOO_MANY_REQUESTS',
      retryAfter,
    });
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ n: number }>>(
        'select count(*)::int as n from stored_file where uploader_id = ?',
        [user.id],
      );
    expect(row?.n).toBe(2);

    expect((await upload(f.head.token, pdfBytes(2 * KB, 50))).status).toBe(201);
  });
});
