import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, startTestApp, type TestApp } from '../../../test/harness.js';

const LOGIN = graphql(`
  mutation LoginFloodLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token }
  }
`);

/** The middle of ten or more timings. */
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('a login flood', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let fileUrl: string;

  beforeAll(async () => {
    // Rate limits out of the way: every one of the logins below reaches the hashing.
    app = await startTestApp({ loginMaxFailures: 1000, loginMaxFailuresPerSource: 1000 });
    f = await officeFixture(app, { companies: 1 });
    const form = new FormData();
    form.append(
      'file',
      new Blob(['Zestawienie za październik.\n'.repeat(2000)], { type: 'text/plain' }),
      'zestawienie.txt',
    );
    const upload = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.head.token}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    fileUrl = `${app.url}/files/${((await upload.json()) as { id: string }).id}`;
  });
  afterAll(() => app.stop());

  /** One download, read to the end; its time in ms. */
  async function download(): Promise<number> {
    const started = performance.now();
    const response = await fetch(fileUrl, { headers: { authorization: `Bearer ${f.head.token}` } });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    return performance.now() - started;
  }

  it('leaves file downloads fast during 100 concurrent logins, and refuses what the hashing queue cannot hold', async () => {
    for (let i = 0; i < 3; i += 1) await download();
    const alone: number[] = [];
    for (let i = 0; i < 10; i += 1) alone.push(await download());

    let settled = 0;
    const logins = Array.from({ length: 100 }, (_, i) =>
      app
        .gql(LOGIN, { email: f.companies[0]!.client.user.email, password: `wrong ${i}` })
        .finally(() => (settled += 1)),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during: number[] = [];
    for (let i = 0; i < 10; i += 1) during.push(await download());
    // The downloads above ran while hashes were still being computed.
    expect(settled).toBeLessThan(100);
    const answers = (await Promise.all(logins)).map((answer) => ({
      code: codes(answer)[0],
      retryAfter: answer.errors?.[0]?.extensions?.retryAfter,
    }));

    const checked = answers.filter((a) => a.code === 'UNAUTHENTICATED');
    const refused = answers.filter((a) => a.code === 'TOO_MANY_REQUESTS');
    console.info(
      `download of /files/:id: alone median ${median(alone).toFixed(1)} ms; during 100 logins median ${median(during).toFixed(1)} ms, max ${Math.max(...during).toFixed(1)} ms (${checked.length} hashed, ${refused.length} refused) [${during.map((d) => d.toFixed(0)).join(' ')}]`,
    );
    expect(checked.length + refused.length).toBe(100);
    // PASSWORD_HASH_CONCURRENCY (2) hash and PASSWORD_HASH_QUEUE (32) wait; the rest are told when to come back.
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) expect(answer.retryAfter).toBeGreaterThanOrEqual(1);

    // Unbounded, a download took 10.6 s instead of 6 ms (or could not even connect within 10 s).
    // Bounded, it stays in the range of a download alone; the bounds leave room for a busy machine.
    expect(median(during)).toBeLessThan(Math.max(250, 10 * median(alone)));
    expect(Math.max(...during)).toBeLessThan(5000);
  });
});
