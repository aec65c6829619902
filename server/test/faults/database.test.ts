import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildApp, isRunning, sleep, until } from '../child-app.js';
import { type OfficeFixture, officeFixture } from '../factories.js';
import { graphql } from '../gql/index.js';

const STATEMENT_TIMEOUT_MS = 3000;
const COMPANIES = graphql(`
  query FaultsDatabaseCompanies {
    companies(first: 5) { totalCount }
  }
`);

/** How long `run` took, with what it returned. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await run();
  return { value, ms: Date.now() - started };
}

describe('a database that freezes or dies under the running app', () => {
  let app: ChildApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    app = await ChildApp.create({
      env: { DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS), DB_ACQUIRE_TIMEOUT_MS: '2000' },
    });
    await app.start();
    f = await officeFixture(await app.fixtureHost(), { companies: 1 });
    await app.closeOrm();
  });
  afterAll(() => app?.dispose());

  it('frozen 15 s: /healthz says 503 within 2 s, GraphQL errors within the statement timeout, all well after it thaws', async () => {
    expect((await app.gql(COMPANIES, {}, f.head.token)).data?.companies.totalCount).toBe(1);

    const frozen = await app.signalDatabase('SIGSTOP');
    const frozenAt = Date.now();
    try {
      expect(frozen.length).toBeGreaterThan(1); // the postmaster and its children
      // On the pooled connection the first query used: its statement is sent and never answered.
      const query = await timed(() => app.gql(COMPANIES, {}, f.head.token, 30_000));
      expect(query.value.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(query.value)).not.toMatch(/select|timeout|postgres/i); // nothing internal leaks
      // The statement timeout, and the request around the statement.
      expect(query.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 250);

      // On a new connection, which never gets past the handshake.
      const health = await timed(() => app.health(10_000));
      expect(health.value).toBe(503);
      expect(health.ms).toBeLessThan(2000);

      // Health checks and requests during the whole freeze keep answering, none piles up behind another.
      const probes: number[] = [];
      while (Date.now() - frozenAt < 15_000) {
        const [probe] = await Promise.all([
          timed(() => app.health(10_000)),
          app.gql(COMPANIES, {}, f.head.token, 30_000),
        ]);
        expect(probe.value).toBe(503);
        probes.push(probe.ms);
      }
      expect(Math.max(...probes)).toBeLessThan(2000);
      console.info(
        `frozen 15 s: /healthz 503 in at most ${Math.max(health.ms, ...probes)} ms (${probes.length + 1} probes), GraphQL error after ${query.ms} ms`,
      );
    } finally {
      await app.signalDatabase('SIGCONT');
    }
    const thawed = await timed(() =>
      until(
        () => app.health(),
        (status) => status === 200,
        10_000,
        100,
      ),
    );
    expect((await app.gql(COMPANIES, {}, f.head.token)).data?.companies.totalCount).toBe(1);
    expect(app.process?.exitCode).toBeNull();
    console.info(`thawed: healthy again after ${thawed.ms} ms`);
  });

  it('postmaster killed: the app brings PostgreSQL back (or exits non-zero) within 30 s, never stays up on 503', async () => {
    const postmaster = app.postmasterPid()!;
    process.kill(postmaster, 'SIGKILL');
    const killedAt = Date.now();
    const outcome = await until(
      async () =>
        app.process?.exitCode !== null
          ? 'exited'
          : (await app.health(2000)) === 200 && app.postmasterPid() !== postmaster
            ? 'recovered'
            : 'down',
      (state) => state !== 'down',
      30_000,
      250,
    );
    const ms = Date.now() - killedAt;
    console.info(`postmaster killed: ${outcome} after ${ms} ms`);
    expect(ms).toBeLessThan(30_000);
    if (outcome === 'exited') {
      expect((await app.exited).code).not.toBe(0);
      return;
    }
    expect(isRunning(postmaster)).toBe(false);
    expect(app.output).toContain('the embedded PostgreSQL is running again');
    expect((await app.gql(COMPANIES, {}, f.head.token)).data?.companies.totalCount).toBe(1);
  });

  it('postmaster killed and PostgreSQL unable to start again: the app exits non-zero within 30 s', async () => {
    // PostgreSQL refuses a data directory others may read.
    await fs.chmod(app.pgDir, 0o777);
    process.kill(app.postmasterPid()!, 'SIGKILL');
    const killedAt = Date.now();
    const exit = await Promise.race([app.exited, sleep(30_000).then(() => undefined)]);
    const ms = Date.now() - killedAt;
    console.info(`postmaster killed, no restart possible: exited ${exit?.code} after ${ms} ms`);
    expect(exit?.code).toBe(1);
    expect(app.output).toContain('could not be restarted');
  });
});
