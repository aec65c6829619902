import { createHash, randomUUID } from 'node:crypto';
import net from 'node:net';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { CHUNK_BYTES } from './file.storage.js';

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

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('STORAGE=postgres', () => {
  let app: TestApp;
  let f: OfficeFixture;

  const sql = async <T extends object = Record<string, unknown>>(
    query: string,
    params: unknown[] = [],
  ): Promise<T[]> => app.orm.em.fork().execute<T[]>(query, params);
  const incompleteBlobs = async (keys?: string[]) =>
    Number(
      (
        await sql(
          `select count(*)::int as n from file_blob where not complete${keys ? ' and key = any(?::uuid[])' : ''}`,
          keys ? [`{${keys.join(',')}}`] : [],
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    app = await startTestApp({
      storage: 'postgres',
      uploadMinBytesPerSecond: 64 * 1024,
      uploadRateWindowMs: 1000,
    });
    f = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  const upload = async (data: Buffer, filename = 'plik.pdf') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), filename);
    const response = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.head.token}` },
      body: form,
    });
    return {
      status: response.status,
      body: (await response.json()) as { id: string; size: number; error?: string },
    };
  };

  it('stores an upload in chunk rows, never on disk, and serves it back byte for byte', async () => {
    const data = pdfBytes(900 * 1024 + 17, 8);
    const { status, body } = await upload(data);
    expect(status).toBe(201);
    expect(body.size).toBe(data.length);

    const chunks = await sql<{ seq: number; length: number }>(
      'select c.seq, octet_length(c.data) as length from file_chunk c join stored_file s on s.storage_key = c.blob_key::text where s.id = ? order by c.seq',
      [body.id],
    );
    expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2, 3]);
    expect(chunks.reduce((sum, c) => sum + Number(c.length), 0)).toBe(data.length);
    for (const chunk of chunks)
      expect(Number(chunk.length)).toBeLessThanOrEqual(CHUNK_BYTES + 64 * 1024);
    const [blob] = await sql(
      'select b.size, b.chunk_count, b.complete from file_blob b join stored_file s on s.storage_key = b.key::text where s.id = ?',
      [body.id],
    );
    expect(blob).toEqual({ size: String(data.length), chunk_count: 4, complete: true });
    const [files] = await sql('select count(*)::int as n from stored_file where id = ?', [body.id]);
    expect(files?.n).toBe(1);

    const response = await fetch(`${app.url}/files/${body.id}`, {
      headers: { authorization: `Bearer ${f.head.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(data.length));
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(data));
  });

  it('keeps nothing of a rejected upload', async () => {
    const before = Number((await sql('select count(*)::int as n from file_blob'))[0]?.n);
    const html = Buffer.from(`<!DOCTYPE html><html><body>${'x'.repeat(CHUNK_BYTES)}</body></html>`);
    expect((await upload(html, 'faktura.pdf')).status).toBe(415);
    expect(Number((await sql('select count(*)::int as n from file_blob'))[0]?.n)).toBe(before);
  });

  it('removes the chunks of an upload the client aborted, and of one cut off for trickling', async () => {
    const headFor = (length: number) =>
      `POST /uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${f.head.token}\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: ${length}\r\n\r\n` +
      `--B\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`;
    const keysBefore = new Set(
      (await sql<{ key: string }>('select key from file_blob')).map((r) => r.key),
    );
    const newBlobs = async () =>
      (
        await sql<{ key: string; chunks: number }>(
          'select b.key, (select count(*)::int from file_chunk c where c.blob_key = b.key) as chunks from file_blob b',
        )
      ).filter((r) => !keysBefore.has(r.key));

    const aborted = net.connect(app.port, '127.0.0.1');
    aborted.on('error', () => undefined);
    aborted.write(headFor(5 * 1024 * 1024));
    aborted.write(pdfBytes(3 * CHUNK_BYTES, 9));
    // Two chunks are in the database before the client goes away.
    await expect.poll(async () => (await newBlobs())[0]?.chunks ?? 0).toBeGreaterThanOrEqual(2);
    aborted.destroy();
    await expect.poll(newBlobs).toEqual([]);

    const trickling = net.connect(app.port, '127.0.0.1');
    trickling.on('error', () => undefined);
    let answer = '';
    trickling.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    trickling.write(headFor(5 * 1024 * 1024));
    trickling.write(pdfBytes(CHUNK_BYTES + 1000, 10));
    await expect.poll(async () => (await newBlobs())[0]?.chunks ?? 0).toBe(1);
    const trickle = setInterval(() => trickling.write('xxxxxxxx'), 50);
    await new Promise((resolve) => trickling.once('close', resolve));
    clearInterval(trickle);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    await expect.poll(newBlobs).toEqual([]);
  });

  it('stores generated printouts in the database as well', async () => {
    const content = pdfBytes(600 * 1024, 11);
    const em = app.orm.em.fork();
    const stored = await app.services.files.storeGenerated(em, {
      uploaderId: f.head.user.id,
      companyId: f.companies[0]!.company.id,
      filename: 'ksiega.pdf',
      content,
      contentType: 'application/pdf',
    });
    const read = await app.services.files.storage.open(stored.storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of read) chunks.push(chunk as Buffer);
    expect(sha256(Buffer.concat(chunks))).toBe(sha256(content));
    expect(await incompleteBlobs([stored.storageKey])).toBe(0);
  });

  it('refuses to open a key with no complete blob', async () => {
    const key = randomUUID();
    await sql('insert into file_blob (key) values (?)', [key]);
    await expect(app.services.files.storage.open(key)).rejects.toThrow();
    await expect(app.services.files.storage.open(randomUUID())).rejects.toThrow();
    await app.services.files.storage.remove(key);
  });

  it('sweeps incomplete blobs left untouched past the grace period at start-up, and only those', async () => {
    const [stale, fresh, done] = [randomUUID(), randomUUID(), randomUUID()];
    await sql(
      `insert into file_blob (key, updated_at) values (?, now() - interval '1 day'), (?, now())`,
      [stale, fresh],
    );
    await sql(
      `insert into file_blob (key, complete, updated_at) values (?, true, now() - interval '1 day')`,
      [done],
    );
    await sql(`insert into file_chunk (blob_key, seq, data) values (?, 0, '\\x00'::bytea)`, [
      stale,
    ]);
    const second = await startTestApp({ storage: 'postgres' });
    try {
      const left = await sql<{ key: string }>(
        'select key from file_blob where key = any(?::uuid[])',
        [`{${stale},${fresh},${done}}`],
      );
      expect(left.map((r) => r.key).sort()).toEqual([fresh, done].sort());
      expect(
        (await sql('select count(*)::int as n from file_chunk where blob_key = ?', [stale]))[0]?.n,
      ).toBe(0);
    } finally {
      await second.stop();
      await sql('delete from file_blob where key = any(?::uuid[])', [`{${fresh},${done}}`]);
    }
  });

  it('answers 404 rather than failing when a recorded file has lost its content', async () => {
    const { body } = await upload(pdfBytes(1000, 12));
    await sql(
      'delete from file_blob where key::text = (select storage_key from stored_file where id = ?)',
      [body.id],
    );
    const response = await fetch(`${app.url}/files/${body.id}`, {
      headers: { authorization: `Bearer ${f.head.token}` },
    });
    expect(response.status).toBe(404);
    expect(JSON.parse(await text(response.body!))).toEqual({ error: 'Not found.' });
  });
});
