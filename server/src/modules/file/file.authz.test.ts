import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actor, describeWithWorld, foreign, world } from '../../../test/authz.js';

function download(id: string, token?: string): Promise<Response> {
  return fetch(`${world.app.url}/files/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describeWithWorld(import.meta.url, 'authorization matrix: file', () => {
  describe('GET /files/:id', () => {
    const files = () =>
      [
        ['sent to A0', world.targets.a0],
        ['sent to A1', world.targets.a1],
      ] as const;

    it('answers 401 without credentials, for real and made-up ids alike', async () => {
      for (const [, target] of files()) expect((await download(target.fileId)).status).toBe(401);
      expect((await download(world.unsentFileId)).status).toBe(401);
      expect((await download(randomUUID())).status).toBe(401);
    });

    it.each(foreign)(
      'answers 404 to the %s, exactly as for a file that does not exist',
      async (name) => {
        const who = actor(name);
        const refused = await download(who.target.fileId, who.token);
        expect(refused.status).toBe(404);
        const refusedBody = await refused.text();
        expect(refusedBody).not.toContain('%PDF');
        expect(refusedBody).not.toContain(who.target.filename);
        expect(refused.headers.get('content-disposition')).toBeNull();
        const missing = await download(randomUUID(), who.token);
        expect(missing.status).toBe(404);
        expect(await missing.text()).toBe(refusedBody);
        // Nor is a message id or an unsent upload of office A any way in.
        expect((await download(who.target.messageId, who.token)).status).toBe(404);
        expect((await download(world.unsentFileId, who.token)).status).toBe(404);
      },
    );

    it('gives the recipient client and the uploader the bytes as an attachment', async () => {
      const { a, targets } = world;
      for (const [, target] of files()) {
        for (const token of [target.company.client.token, a.head.token]) {
          const response = await download(target.fileId, token);
          expect(response.status).toBe(200);
          expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
          expect(response.headers.get('content-disposition')).toContain(target.filename);
          expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toMatch(/^%PDF-/);
        }
      }
      // The caretaker of A0 gets A0's file but not A1's; the client of A0 not A1's either.
      expect((await download(targets.a0.fileId, a.caretaker.token)).status).toBe(200);
      expect((await download(targets.a1.fileId, a.caretaker.token)).status).toBe(404);
      expect((await download(targets.a1.fileId, a.companies[0]!.client.token)).status).toBe(404);
    });

    describe('a printout emailed to the target', () => {
      it('answers 401 without credentials', async () => {
        for (const target of [world.targets.a0, world.targets.a1])
          expect((await download(target.printoutFileId)).status).toBe(401);
      });

      it.each(foreign)(
        'answers 404 to the %s, exactly as for a file that does not exist',
        async (name) => {
          const who = actor(name);
          const refused = await download(who.target.printoutFileId, who.token);
          expect(refused.status).toBe(404);
          const refusedBody = await refused.text();
          expect(refusedBody).not.toContain('%PDF');
          expect(refused.headers.get('content-disposition')).toBeNull();
          const missing = await download(randomUUID(), who.token);
          expect(missing.status).toBe(404);
          expect(await missing.text()).toBe(refusedBody);
        },
      );

      it('gives the PDF to the company’s clients and the office staff who see the company', async () => {
        const { a, shared, targets } = world;
        for (const target of [targets.a0, targets.a1]) {
          for (const token of [target.company.client.token, shared.token, a.head.token]) {
            const response = await download(target.printoutFileId, token);
            expect(response.status).toBe(200);
            expect(response.headers.get('content-type')).toBe('application/pdf');
            expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
            expect(
              Buffer.from(await response.arrayBuffer())
                .subarray(0, 5)
                .toString(),
            ).toBe('%PDF-');
          }
        }
        expect((await download(targets.a0.printoutFileId, a.caretaker.token)).status).toBe(200);
        expect((await download(targets.a1.printoutFileId, a.caretaker.token)).status).toBe(404);
        expect(
          (await download(targets.a1.printoutFileId, a.companies[0]!.client.token)).status,
        ).toBe(404);
      });
    });

    it('keeps an upload that was never sent to its uploader, even within the office', async () => {
      const { a, b, unsentFileId } = world;
      expect((await download(unsentFileId, a.head.token)).status).toBe(200);
      for (const token of [a.caretaker.token, a.companies[0]!.client.token, b.head.token]) {
        expect((await download(unsentFileId, token)).status).toBe(404);
      }
    });
  });
});
