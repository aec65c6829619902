import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { StoredFile } from './file.entity.js';

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

/** Every regular file under `dir`, finished or partial. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const partialsIn = async (dir: string) => (await filesIn(dir)).filter((f) => f.endsWith('.part'));

/** Descriptors of this process (the server runs in it) open on files under `dir`. */
async function descriptorsUnder(dir: string): Promise<number> {
  const root = await fs.realpath(dir);
  let count = 0;
  for (const fd of await fs.readdir('/proc/self/fd')) {
    const target = await fs.readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target.startsWith(root)) count += 1;
  }
  return count;
}

const BOUNDARY = 'ledgerpost-test-boundary';
const partHead = (filename = 'skan.pdf') =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
const formTail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/**
 * A hand-driven upload over a raw socket: the test decides when each byte goes out, or that the
 * rest never does. `response` resolves with what the server sent by the time the socket closed.
 */
function rawUpload(app: TestApp, token: string, headers: Record<string, string | number>) {
  const socket = net.connect(app.port, '127.0.0.1');
  const lines = [
    'POST /uploads HTTP/1.1',
    `Host: 127.0.0.1:${app.port}`,
    `Authorization: Bearer ${token}`,
    `Content-Type: multipart/form-data; boundary=${BOUNDARY}`,
    // The socket closes after the answer, which is when `response` resolves.
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  socket.on('error', () => undefined);
  const response = new Promise<{ status: number; headers: string; body: string }>((resolve) =>
    socket.once('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        headers: head.toLowerCase(),
        body,
      });
    }),
  );
  return { socket, response, send: (data: Buffer | string) => socket.write(data) };
}

describe('uploads that do not finish', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    // A short rate window, so a trickling body is cut off within a second.
    app = await startTestApp({ uploadMinBytesPerSecond: 64 * 1024, uploadRateWindowMs: 1000 });
    f = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  const rowsBy = async (userId: string) => {
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ n: number }>>(
        'select count(*)::int as n from stored_file where uploader_id = ?',
        [userId],
      );
    return Number(row?.n);
  };

  it('leaves no partial file and no open descriptor when the client aborts mid-body', async () => {
    const dir = app.config.storageDir;
    expect(await descriptorsUnder(dir)).toBe(0);
    const data = pdfBytes(2 * 1024 * 1024, 3);
    const upload = rawUpload(app, f.head.token, {
      'Content-Length': partHead().length + data.length + formTail.length,
    });
    upload.send(partHead());
    upload.send(data.subarray(0, 512 * 1024));
    // The server is writing it: one partial file, one descriptor on it.
    await expect.poll(() => partialsIn(dir)).toHaveLength(1);
    await expect.poll(() => descriptorsUnder(dir)).toBe(1);

    upload.socket.destroy();
    await expect.poll(() => descriptorsUnder(dir)).toBe(0);
    await expect.poll(() => filesIn(dir)).toEqual([]);
    expect(await rowsBy(f.head.user.id)).toBe(0);
  });

  it('cuts off a body that trickles slower than the minimum rate with 408, and cleans up', async () => {
    const dir = app.config.storageDir;
    const upload = rawUpload(app, f.head.token, { 'Content-Length': 10 * 1024 * 1024 });
    upload.send(partHead());
    upload.send(pdfBytes(8 * 1024, 4));
    await expect.poll(() => partialsIn(dir)).toHaveLength(1);
    // A few bytes at a time from now on: far below 64 KB per second.
    const trickle = setInterval(() => upload.send('xxxxxxxxxx'), 50);
    try {
      const response = await upload.response;
      expect(response.status).toBe(408);
      expect(response.headers).toContain('connection: close');
      expect(JSON.parse(response.body)).toEqual({ error: expect.stringContaining('too slow') });
    } finally {
      clearInterval(trickle);
    }
    await expect.poll(() => descriptorsUnder(dir)).toBe(0);
    await expect.poll(() => filesIn(dir)).toEqual([]);
    expect(await rowsBy(f.head.user.id)).toBe(0);
  });

  it('answers 413 at once to a chunked body larger than any allowed file, keeping nothing', async () => {
    const small = await startTestApp({ uploadMaxBytes: 64 * 1024 });
    try {
      const g = await officeFixture(small, { companies: 1 });
      const upload = rawUpload(small, g.head.token, { 'Transfer-Encoding': 'chunked' });
      const chunk = (data: Buffer) =>
        Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
      upload.send(chunk(partHead()));
      // 64 KB allowed plus 1 MB of framing: 2 MB is over whatever the framing.
      for (let i = 0; i < 32; i += 1) upload.send(chunk(pdfBytes(64 * 1024, i + 10)));
      const response = await upload.response;
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body)).toEqual({ error: 'The file is larger than 64 KB.' });
      await expect.poll(() => filesIn(small.config.storageDir)).toEqual([]);
      expect(await descriptorsUnder(small.config.storageDir)).toBe(0);
    } finally {
      await small.stop();
    }
  });

  it('answers 400 to a part header that is not one, keeping nothing', async () => {
    const dir = app.config.storageDir;
    const garbage = Buffer.from(
      `--${BOUNDARY}\r\n${'X'.repeat(20_000)}\r\n\r\n%PDF-1.7\n${formTail.toString()}`,
    );
    const upload = rawUpload(app, f.head.token, { 'Content-Length': garbage.length });
    upload.send(garbage);
    const response = await upload.response;
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ error: 'The multipart body is malformed.' });
    expect(await filesIn(dir)).toEqual([]);
  });

  it('closes the file when a client stops reading a download half-way', async () => {
    const dir = app.config.storageDir;
    // Far larger than what the socket buffers on both ends can take in.
    const size = 64 * 1024 * 1024;
    const id = randomUUID();
    const piece = pdfBytes(1024 * 1024, 5);
    const pieces = function* () {
      for (let sent = 0; sent < size; sent += piece.length) yield piece;
    };
    await app.services.files.storage.write(id, Readable.from(pieces()));
    const em = app.orm.em.fork();
    em.create(StoredFile, {
      id,
      uploader: f.head.user.id,
      filename: 'duzy.pdf',
      size,
      contentType: 'application/pdf',
      sha256: '0'.repeat(64),
      storageKey: id,
    });
    await em.flush();

    const controller = new AbortController();
    const response = await fetch(`${app.url}/files/${id}`, {
      headers: { authorization: `Bearer ${f.head.token}` },
      signal: controller.signal,
    });
    await response.body!.getReader().read();
    expect(await descriptorsUnder(dir)).toBe(1);
    controller.abort();
    await expect.poll(() => descriptorsUnder(dir)).toBe(0);
    await app.services.files.storage.remove(id);
  });
});

describe('stopUploads', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  it('cuts off uploads in progress with 503, removes their partial files, then refuses new ones', async () => {
    const dir = app.config.storageDir;
    const data = pdfBytes(1024 * 1024, 6);
    const uploads = [0, 1].map(() =>
      rawUpload(app, f.head.token, {
        'Content-Length': partHead().length + data.length + formTail.length,
      }),
    );
    for (const upload of uploads) {
      upload.send(partHead());
      upload.send(data.subarray(0, 200 * 1024));
    }
    await expect.poll(() => partialsIn(dir)).toHaveLength(2);
    expect(await descriptorsUnder(dir)).toBe(2);

    await app.services.files.stopUploads();
    // Resolved means cleaned up: nothing to wait for.
    expect(await filesIn(dir)).toEqual([]);
    expect(await descriptorsUnder(dir)).toBe(0);
    for (const upload of uploads) {
      const response = await upload.response;
      expect(response.status).toBe(503);
      expect(response.headers).toContain('connection: close');
      expect(JSON.parse(response.body)).toEqual({ error: expect.stringContaining('restarting') });
    }

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdfBytes(1000, 7))]), 'pozniej.pdf');
    const refused = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.head.token}` },
      body: form,
    });
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toContain('restarting');
    expect(await filesIn(dir)).toEqual([]);
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ n: number }>>(
        'select count(*)::int as n from stored_file where uploader_id = ?',
        [f.head.user.id],
      );
    expect(row?.n).toBe(0);
  });
});

describe('start-up', () => {
  it('sweeps partial files older than the grace period from the storage root, and only those', async () => {
    const dir = await fs.mkdtemp(
      path.join((await import('node:os')).tmpdir(), 'ledgerpost-sweep-'),
    );
    const stale = path.join(dir, 'ab', `${randomUUID()}.part`);
    const fresh = path.join(dir, 'cd', `${randomUUID()}.part`);
    const finished = path.join(dir, 'ef', randomUUID());
    for (const file of [stale, fresh, finished]) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, '%PDF-1.7\n');
    }
    const dayAgo = new Date(Date.now() - 24 * 3600_000);
    await fs.utimes(stale, dayAgo, dayAgo);
    await fs.utimes(finished, dayAgo, dayAgo);
    const app = await startTestApp({ storageDir: dir });
    try {
      expect((await filesIn(dir)).sort()).toEqual([fresh, finished].sort());
    } finally {
      await app.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
