import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Live memory after a full collection: what is really held, not garbage waiting to be swept. */
function liveBytes(): number {
  // Twice: V8 frees the backing stores of dead buffers after the collection that found them.
  collectGarbage();
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const MB = 1024 * 1024;
const FILE_BYTES = 25 * MB;
const PIECE = 64 * 1024;
const SAMPLE_EVERY = 2 * MB;
const BOUNDARY = 'ledgerpost-multi-instance';

const NOTIFY = graphql(`
  mutation MultiFilesNotify($i: SendBulkNotificationInput!) {
    sendBulkNotification(input: $i) { id }
  }
`);

/**
 * A multipart body around FILE_BYTES of PDF-looking bytes, made piece by piece as the upload takes
 * them (so this process never holds the file either), hashing the file as it goes and measuring
 * live memory every SAMPLE_EVERY bytes.
 */
function streamedUpload(samples: number[]) {
  const hash = createHash('sha256');
  let x = 7;
  async function* body() {
    yield Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="roczne.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    for (let sent = 0; sent < FILE_BYTES; ) {
      const piece = Buffer.allocUnsafe(PIECE);
      for (let i = 0; i < PIECE; i += 4) {
        x = (x * 1103515245 + 12345) >>> 0;
        piece.writeUInt32LE(x, i);
      }
      if (sent === 0) Buffer.from('%PDF-1.7\n').copy(piece);
      hash.update(piece);
      sent += PIECE;
      yield piece;
      if (sent % SAMPLE_EVERY === 0) samples.push(liveBytes());
    }
    yield Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  }
  return { body: Readable.from(body()), digest: () => hash.digest('hex') };
}

/**
 * node:http rather than fetch on both ends: undici keeps a streamed request body in memory, which
 * would hide what the servers hold.
 */
function post(
  url: string,
  headers: Record<string, string>,
  body: Readable,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      void text(response).then(
        (answer) => resolve({ status: response.statusCode ?? 0, json: JSON.parse(answer) }),
        reject,
      );
    });
    pipeline(body, request).catch(reject);
  });
}

function get(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) =>
    http.get(url, { headers }, resolve).once('error', reject),
  );
}

describe('files across instances (STORAGE=postgres)', () => {
  let a: TestApp;
  let b: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    a = await startTestApp({ storage: 'postgres' });
    b = await startTestApp({ storage: 'postgres' });
    f = await officeFixture(a, { companies: 1 });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('serves through instance B, byte for byte, a 25 MB upload made through instance A, with flat memory', async () => {
    const baseline = liveBytes();
    const uploadSamples: number[] = [];
    const upload = streamedUpload(uploadSamples);
    const response = await post(
      `${a.url}/uploads`,
      {
        authorization: `Bearer ${f.head.token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      upload.body,
    );
    const uploaded = response.json as { id: string; size: number; contentType: string };
    expect(response.status).toBe(201);
    expect(uploaded).toMatchObject({ size: FILE_BYTES, contentType: 'application/pdf' });
    const sent = upload.digest();

    const company = f.companies[0]!;
    ok(
      await a.gql(
        NOTIFY,
        {
          i: {
            companyIds: [company.company.id],
            body: 'Sprawozdanie roczne',
            attachmentIds: [uploaded.id],
          },
        },
        f.head.token,
      ),
    );

    const download = await get(`${b.url}/files/${uploaded.id}`, {
      authorization: `Bearer ${company.client.token}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-length']).toBe(String(FILE_BYTES));
    const hash = createHash('sha256');
    const downloadSamples: number[] = [];
    let received = 0;
    let nextSample = SAMPLE_EVERY;
    for await (const chunk of download as AsyncIterable<Buffer>) {
      hash.update(chunk);
      received += chunk.length;
      if (received >= nextSample) {
        downloadSamples.push(liveBytes());
        nextSample += SAMPLE_EVERY;
      }
    }
    expect(received).toBe(FILE_BYTES);
    expect(hash.digest('hex')).toBe(sent);

    // Streamed end to end: neither instance holds the file, or any large part of it, at any time.
    const growth = Math.max(...uploadSamples, ...downloadSamples) - baseline;
    expect(uploadSamples).toHaveLength(12);
    expect(downloadSamples).toHaveLength(12);
    expect(growth).toBeLessThan(FILE_BYTES / 5);
    process.stdout.write(
      `25 MB through A and back through B: live memory grew by at most ${(growth / MB).toFixed(1)} MB (upload peak ${((Math.max(...uploadSamples) - baseline) / MB).toFixed(1)} MB, download peak ${((Math.max(...downloadSamples) - baseline) / MB).toFixed(1)} MB)\n`,
    );

    // The bytes live in the shared database, not on either machine's disk.
    for (const instance of [a, b]) expect(await fs.readdir(instance.config.storageDir)).toEqual([]);
    const [blob] = await a.orm.em
      .fork()
      .execute<Array<{ size: string; complete: boolean; chunks: number }>>(
        'select b.size, b.complete, (select count(*)::int from file_chunk c where c.blob_key = b.key) as chunks from file_blob b where b.key::text = (select storage_key from stored_file where id = ?)',
        [uploaded.id],
      );
    expect(blob).toMatchObject({ size: String(FILE_BYTES), complete: true });
    expect(blob?.chunks).toBeGreaterThanOrEqual(FILE_BYTES / (512 * 1024));
  }, 120_000);
});
