import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, PASSWORD } from '../factories.js';
import { graphql } from '../gql/index.js';
import { codes, startTestApp, type TestApp } from '../harness.js';
import { startRedis } from '../redis.js';
import { gqlFrom, source } from '../sources.js';

const LOGIN = graphql(`
  mutation ThrottleLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token }
  }
`);

describe('login throttling across instances sharing Redis', () => {
  let redis: { url: string; stop(): void };
  let a: TestApp;
  let b: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    redis = await startRedis();
    const limits = { loginMaxFailures: 3, loginMaxFailuresPerSource: 50, loginWindowSeconds: 600 };
    a = await startTestApp({ ...limits, redisUrl: redis.url });
    b = await startTestApp({ ...limits, redisUrl: redis.url });
    f = await officeFixture(a, { companies: 2 });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    redis?.stop();
  });

  it('counts the failures of one email from one source on every instance together', async () => {
    const email = f.companies[0]!.client.user.email;
    const guesser = source(41);
    expect(codes((await gqlFrom(a, guesser, LOGIN, { email, password: 'guess 1' })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes((await gqlFrom(b, guesser, LOGIN, { email, password: 'guess 2' })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes((await gqlFrom(a, guesser, LOGIN, { email, password: 'guess 3' })).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    for (const app of [a, b])
      expect(
        codes((await gqlFrom(app, guesser, LOGIN, { email, password: PASSWORD })).body),
      ).toEqual(['TOO_MANY_REQUESTS']);
    expect(
      (await gqlFrom(b, source(42), LOGIN, { email, password: PASSWORD })).body.data?.login.token,
    ).toBeTruthy();
  });

  it('checks at most LOGIN_MAX_FAILURES of 30 attempts sent at once to two instances', async () => {
    const email = f.companies[1]!.client.user.email;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gqlFrom(i % 2 ? b : a, source(43), LOGIN, { email, password: `guess ${i}` }),
      ),
    );
    const byCode = answers.map((answer) => codes(answer.body)[0]);
    expect(byCode.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
    expect(byCode.filter((code) => code === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(27);
  });

  // Needs a redis-server of its own to stop.
  it.skipIf(!!process.env.REDIS_URL)(
    'goes on counting in memory while Redis is unreachable, neither refusing everyone nor letting everything through',
    async () => {
      redis.stop();
      const email = f.head.user.email;
      await expect.poll(() => a.services.live.redis?.status, { timeout: 5000 }).not.toBe('ready');
      for (let i = 0; i < 3; i += 1)
        expect(
          codes((await gqlFrom(a, source(44), LOGIN, { email, password: `guess ${i}` })).body),
        ).toEqual(['UNAUTHENTICATED']);
      expect(
        codes((await gqlFrom(a, source(44), LOGIN, { email, password: PASSWORD })).body),
      ).toEqual(['TOO_MANY_REQUESTS']);
      expect(
        (await gqlFrom(a, source(45), LOGIN, { email, password: PASSWORD })).body.data?.login.token,
      ).toBeTruthy();
    },
  );
});
