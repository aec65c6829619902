import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

/*
 * The file routes answer 401 only when the request carries no valid token. When the server cannot
 * tell (the database is down), or authentication fails for any other reason, they say so (503 or
 * 500) instead of sending a logged-in user back to the login page.
 */
describe('authentication of the file routes', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app?.kill());

  const download = (token?: string) =>
    fetch(`${app.url}/files/${randomUUID()}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });

  const upload = (token?: string) => {
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'note.txt');
    return fetch(`${app.url}/uploads`, {
      method: 'POST',
      body: form,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  };

  it('answers 401 without a token, with an unknown one, or a malformed one', async () => {
    for (const token of [undefined, 'not-a-session-token', 'x'.repeat(300)]) {
      expect((await download(token)).status).toBe(401);
      expect((await upload(token)).status).toBe(401);
    }
  });

  it('lets a valid token through (a file the user cannot see is 404)', async () => {
    expect((await download(f.head.token)).status).toBe(404);
  });

  it('answers 500, not 401, when authentication fails for another reason', async () => {
    const failing = vi
      .spyOn(app.services.auth, 'authenticate')
      .mockRejectedValue(new Error('a bug in authentication'));
    try {
      const downloaded = await download(f.head.token);
      expect(downloaded.status).toBe(500);
      expect(JSON.stringify(await downloaded.json())).not.toMatch(/bug/);
      expect((await upload(f.head.token)).status).toBe(500);
    } finally {
      failing.mockRestore();
    }
  });

  it('answers 503 when the database cannot be reached, and still 401 without a token', async () => {
    // The app's own pool goes away: every statement of the request fails to get a connection.
    await app.orm.close(true);
    const downloaded = await download(f.head.token);
    expect(downloaded.status).toBe(503);
    expect(downloaded.headers.get('retry-after')).toBeTruthy();
    expect(JSON.stringify(await downloaded.json())).not.toMatch(/select|session|pool|knex/i);
    expect((await upload(f.head.token)).status).toBe(503);
    expect((await download()).status).toBe(401);
  });
});
