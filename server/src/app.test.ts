import { describe, expect, it } from 'vitest';
import { officeFixture, PASSWORD } from '../test/factories.js';
import { graphql } from '../test/gql/index.js';
import { ok, startTestApp, subscribe } from '../test/harness.js';

const UNREAD = graphql(`
  subscription AppTestUnread {
    unreadCountChanged { count }
  }
`);
const LOGIN = graphql(`
  mutation AppTestLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) { token }
  }
`);

describe('process lifecycle', () => {
  it('answers /healthz with 200 while the database answers and 503 when it does not', async () => {
    const app = await startTestApp();
    try {
      const healthy = await fetch(`${app.url}/healthz`);
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toEqual({ status: 'ok' });
      await app.orm.close();
      const down = await fetch(`${app.url}/healthz`);
      expect(down.status).toBe(503);
    } finally {
      await app.stop();
    }
  });

  it('cancels a statement that runs past DB_STATEMENT_TIMEOUT_MS, and the pool goes on serving', async () => {
    const app = await startTestApp({ dbStatementTimeoutMs: 300 });
    try {
      const em = app.orm.em.fork();
      await expect(em.execute('select pg_sleep(2)')).rejects.toThrow(/statement timeout/);
      expect(await em.execute('select 1 as one')).toEqual([{ one: 1 }]);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('shuts down cleanly: finishes the in-flight request, closes sockets, then refuses connections', async () => {
    const app = await startTestApp();
    const f = await officeFixture(app, { companies: 1 });
    const live = subscribe(app.ws(f.companies[0].client.token), UNREAD);
    expect((await live.next()).data?.unreadCountChanged.count).toBe(0);

    // A login takes a while (argon2id); stop while it runs.
    const inFlight = app.gql(LOGIN, {
      e: f.head.user.email,
      p: PASSWORD,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const stopped = app.stop();
    expect(ok(await inFlight).login.token).toMatch(/^[\w-]{40,}$/);
    await stopped;

    await expect.poll(() => live.done, { timeout: 5000 }).toBe(true);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
  });
});
