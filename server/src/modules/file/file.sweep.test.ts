import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { PrintoutKind } from '../printout/printout.kind.js';
import { SWEEP_MARGIN_SECONDS } from './file.service.js';
import { jobQueueSql, ORPHAN_SWEEP_CRON, orphanSweepQueue } from './file.sweep.js';

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

const NOTIFY = graphql(`
  mutation FileSweepNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const ORPHAN_HOURS = 1;

for (const storage of ['disk', 'postgres'] as const) {
  describe(`orphaned upload sweep, STORAGE=${storage}`, () => {
    let app: TestApp;
    let f: OfficeFixture;

    const sql = <T extends object = Record<string, unknown>>(
      query: string,
      params: unknown[] = [],
    ): Promise<T[]> => app.orm.em.fork().execute<T[]>(query, params);
    const upload = async (token: string, seed: number) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(pdfBytes(3000, seed))]), `plik-${seed}.pdf`);
      const response = await fetch(`${app.url}/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const ageBy = (ids: string[], seconds: number) =>
      sql(
        `update stored_file set created_at = now() - make_interval(secs => ?) where id = any(?::uuid[])`,
        [seconds, `{${ids.join(',')}}`],
      );
    const rowExists = async (id: string) =>
      (await sql('select 1 from stored_file where id = ?', [id])).length === 1;
    /** Whether the store still holds bytes under the key, looked at directly. */
    const bytesExist = async (key: string) => {
      if (storage === 'postgres')
        return (await sql('select 1 from file_blob where key = ?', [key])).length === 1;
      return fs.stat(path.join(app.config.storageDir, key.slice(0, 2), key)).then(
        () => true,
        () => false,
      );
    };
    const chunksOf = async (key: string) =>
      Number(
        (
          await sql<{ n: number }>('select count(*)::int as n from file_chunk where blob_key = ?', [
            key,
          ])
        )[0]!.n,
      );

    beforeAll(async () => {
      app = await startTestApp({ storage, uploadOrphanHours: ORPHAN_HOURS });
      f = await officeFixture(app, { companies: 2 });
    });
    afterAll(() => app.stop());

    it('is a pg-boss job on a schedule, worked in this process', async () => {
      expect(await app.services.fileSweep).toBe(true);
      const schedules = await app.boss.getSchedules();
      expect(schedules.find((s) => s.name === orphanSweepQueue(app.config))).toMatchObject({
        cron: ORPHAN_SWEEP_CRON,
      });
    });

    it('removes unattached uploads past UPLOAD_ORPHAN_HOURS, rows and bytes, and keeps attached files, printouts and fresh uploads', async () => {
      const orphan = await upload(f.head.token, 1);
      const clientOrphan = await upload(f.companies[0]!.client.token, 2);
      const attached = await upload(f.head.token, 3);
      const fresh = await upload(f.head.token, 4);
      const printout = await app.services.files.storeGenerated(app.orm.em.fork(), {
        uploaderId: f.head.user.id,
        companyId: f.companies[0]!.company.id,
        filename: 'Ewidencja.pdf',
        content: pdfBytes(2000, 5),
        contentType: 'application/pdf',
        printout: PrintoutKind.REVENUE_RECORD,
        period: '2026-10',
      });
      ok(
        await app.gql(
          NOTIFY,
          {
            input: {
              companyIds: [f.companies[0]!.company.id],
              body: 'Z załącznikiem',
              attachmentIds: [attached],
            },
          },
          f.head.token,
        ),
      );
      const old = [orphan, clientOrphan, attached, printout.id];
      await ageBy(old, 2 * 3600);
      if (storage === 'postgres') expect(await chunksOf(orphan)).toBe(1);

      // Through the queue, as the schedule would run it.
      await app.boss.send(orphanSweepQueue(app.config), {});
      await expect.poll(() => rowExists(orphan), { timeout: 15_000, interval: 200 }).toBe(false);
      await expect.poll(() => rowExists(clientOrphan), { timeout: 5000 }).toBe(false);
      await expect.poll(() => bytesExist(orphan), { timeout: 5000 }).toBe(false);
      expect(await bytesExist(clientOrphan)).toBe(false);
      if (storage === 'postgres') expect(await chunksOf(orphan)).toBe(0);
      expect(
        await sql('select storage_key from file_removal where storage_key = any(?::text[])', [
          `{${orphan},${clientOrphan}}`,
        ]),
      ).toEqual([]);

      for (const kept of [attached, fresh, printout.id]) {
        expect(await rowExists(kept), kept).toBe(true);
        expect(await bytesExist(kept), kept).toBe(true);
      }
      const download = await fetch(`${app.url}/files/${attached}`, {
        headers: { authorization: `Bearer ${f.companies[0]!.client.token}` },
      });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes(3000, 3))).toBe(true);
      expect(
        (
          await fetch(`${app.url}/files/${orphan}`, {
            headers: { authorization: `Bearer ${f.head.token}` },
          })
        ).status,
      ).toBe(404);
    });

    it('refuses to attach an upload past UPLOAD_ORPHAN_HOURS, and sweeps it only after a margin', async () => {
      const late = await upload(f.head.token, 6);
      await ageBy([late], ORPHAN_HOURS * 3600 + 60);
      const refused = await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: [f.companies[1]!.company.id],
            body: 'Za późno',
            attachmentIds: [late],
          },
        },
        f.head.token,
      );
      expect(codes(refused)).toEqual(['NOT_FOUND']);

      await app.services.files.sweepOrphans(jobQueueSql(app.boss));
      expect(await rowExists(late)).toBe(true);
      await ageBy([late], ORPHAN_HOURS * 3600 + SWEEP_MARGIN_SECONDS + 60);
      await app.services.files.sweepOrphans(jobQueueSql(app.boss));
      expect(await rowExists(late)).toBe(false);
      expect(await bytesExist(late)).toBe(false);
    });

    it('removes bytes whose row went in an earlier run that stopped before them', async () => {
      const key = randomUUID();
      await app.services.files.storage.write(key, Readable.from([pdfBytes(1000, 7)]));
      await sql('insert into file_removal (storage_key) values (?)', [key]);
      const swept = await app.services.files.sweepOrphans(jobQueueSql(app.boss));
      expect(swept.removed).toBeGreaterThanOrEqual(1);
      expect(await bytesExist(key)).toBe(false);
      expect(await sql('select 1 from file_removal where storage_key = ?', [key])).toEqual([]);
    });
  });
}
