import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff, type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { insertCompanies } from '../../../test/seed.js';
import { Role } from '../auth/user.entity.js';
import { deadlineReminderQueue } from './deadline.job.js';

const UPDATE_RULE = graphql(`
  mutation DeadlineRuleUpdate($input: DeadlineReminderRuleInput!) {
    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }
  }
`);
const RULE = graphql(`
  query DeadlineRuleOfOffice($first: Int) {
    me {
      office {
        deadlineReminderRule {
          enabled daysBefore hour
          planned(first: $first) { companyName declarationType taxDue dueDate remindOn }
        }
      }
    }
  }
`);
const CREATE_TEMPLATE = graphql(`
  mutation DeadlineRuleTemplate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) { id }
  }
`);
const SENT = graphql(`
  query DeadlineRuleSent {
    broadcasts(first: 20) { edges { node { id origin recipientCount author { id } } } }
  }
`);

/** Amounts are written with no-break spaces, so they never wrap. */
const zl = (text: string) => text.replace(/ /g, '\u00a0');

/** Reminder days are in Warsaw time: in November (CET) 9:00 there is 08:00 UTC. */
const at = (iso: string) => new Date(iso);

describe('deadline reminders', () => {
  let app: TestApp;
  let em: EntityManager;
  beforeAll(async () => {
    app = await startTestApp();
    em = app.orm.em.fork();
  });
  afterAll(() => app.stop());

  const run = (now: Date) => app.services.deadlines.run(app.orm.em, now);

  async function withRule(
    office: OfficeFixture,
    rule: { enabled?: boolean; daysBefore?: number; hour?: number } = {},
  ) {
    ok(
      await app.gql(
        UPDATE_RULE,
        { input: { enabled: true, daysBefore: 3, hour: 9, ...rule } },
        office.head.token,
      ),
    );
  }

  /** One declaration per company id, due on `dueDate`, with the given tax; returns their ids. */
  async function declare(
    companyIds: string[],
    dueDate: string,
    taxDue: (index: number) => string = (i) => `${1000 + i}.50`,
    type = 'JPK_V7M',
  ): Promise<string[]> {
    const rows = await em.execute<Array<{ id: string }>>(
      `insert into declaration (company_id, type, period, tax_base, tax_due, status, due_date)
       select c.id, ?, '2030-10', 0, x.tax, 'FILED', ?::date
         from unnest(?::uuid[], ?::numeric[]) with ordinality as x(company_id, tax, i)
         join company c on c.id = x.company_id
        order by x.i
       returning id`,
      [
        type,
        dueDate,
        `{${companyIds.join(',')}}`,
        `{${companyIds.map((_, i) => taxDue(i)).join(',')}}`,
      ],
    );
    return rows.map((r) => r.id);
  }

  async function template(office: OfficeFixture, html: string, kind: 'NOTIFICATION' | 'EMAIL') {
    const { createMessageTemplate } = ok(
      await app.gql(
        CREATE_TEMPLATE,
        {
          input: {
            name: `Termin ${randomUUID().slice(0, 6)}`,
            kind,
            subject: kind === 'EMAIL' ? 'Termin {{deklaracja.termin}}' : null,
            html,
          },
        },
        office.head.token,
      ),
    );
    return createMessageTemplate.id;
  }

  /** The reminder messages of the office's companies: company id → bodies. */
  async function reminders(office: OfficeFixture): Promise<Map<string, string[]>> {
    const rows = await em.execute<Array<{ company_id: string; body: string }>>(
      `select m.company_id, m.body from message m
         join deadline_reminder r on r.message_id = m.id
         join company c on c.id = m.company_id
        where c.office_id = ? order by m.created_at`,
      [office.office.id],
    );
    const byCompany = new Map<string, string[]>();
    for (const row of rows)
      byCompany.set(row.company_id, [...(byCompany.get(row.company_id) ?? []), row.body]);
    return byCompany;
  }

  const total = (byCompany: Map<string, string[]>) =>
    [...byCompany.values()].reduce((sum, bodies) => sum + bodies.length, 0);

  it('sends each company its own reminder, from the hour of its day, once', async () => {
    const office = await officeFixture(app, { companies: 3 });
    await withRule(office);
    const ids = office.companies.map((c) => c.company.id);
    await declare(ids, '2030-11-25', (i) => ['1234.56', '99.00', '1000000.10'][i] ?? '1.00');

    // 8:59 in Warsaw on the reminder day: not yet.
    await run(at('2030-11-22T07:59:00Z'));
    expect(total(await reminders(office))).toBe(0);

    // 9:00: each company its own amount and the due date in words.
    await run(at('2030-11-22T08:00:00Z'));
    const sent = await reminders(office);
    expect(total(sent)).toBe(3);
    const [first, second, third] = ids.map((id) => sent.get(id)?.[0] ?? '');
    expect(first).toContain(zl('1 234,56 zł'));
    expect(first).toContain('25 listopada 2030');
    expect(first).toContain('JPK_V7M');
    expect(first).toContain('październik 2030');
    expect(second).toContain(zl('99,00 zł'));
    expect(third).toContain(zl('1 000 000,10 zł'));
    for (const body of [first, second, third]) expect(body).not.toContain('{{');

    // Later that day, again: nothing more.
    await run(at('2030-11-22T15:00:00Z'));
    await run(at('2030-11-22T15:00:00Z'));
    expect(total(await reminders(office))).toBe(3);

    // In "Wysłane": one broadcast by the head who set the rule, marked as a deadline reminder.
    const { broadcasts } = ok(await app.gql(SENT, {}, office.head.token));
    const nodes = broadcasts.edges.map((e) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      origin: 'DEADLINE_REMINDER',
      recipientCount: 3,
      author: { id: office.head.user.id },
    });
  });

  it('sends nothing on another day, before the hour, or after the due date', async () => {
    const office = await officeFixture(app, { companies: 1 });
    await withRule(office, { daysBefore: 2, hour: 14 });
    await declare([office.companies[0].company.id], '2030-12-10');
    for (const moment of [
      '2030-12-07T20:00:00Z', // the day before the reminder day
      '2030-12-08T12:59:00Z', // the day, 13:59 in Warsaw
      '2030-12-09T13:00:00Z', // the day after
      '2030-12-10T13:00:00Z', // the due date
      '2030-12-11T13:00:00Z', // after it
    ])
      await run(at(moment));
    expect(total(await reminders(office))).toBe(0);
    // At 23:30 in Warsaw on the day (a process that was down at 14:00 catches up).
    await run(at('2030-12-08T22:30:00Z'));
    expect(total(await reminders(office))).toBe(1);
  });

  it('skips paid declarations, no tax to pay, archived companies, rules off and offices without one', async () => {
    const office = await officeFixture(app, { companies: 4 });
    await withRule(office, { daysBefore: 0, hour: 7 });
    const [paid, zero, archived, due] = office.companies.map((c) => c.company.id) as [
      string,
      string,
      string,
      string,
    ];
    const [paidId = ''] = await declare([paid], '2031-01-15');
    await declare([zero], '2031-01-15', () => '0.00');
    await declare([zero], '2031-01-15', () => '-120.00', 'VAT-7');
    await declare([archived, due], '2031-01-15');
    await em.execute(`update company set archived_at = now() where id = ?`, [archived]);
    ok(
      await app.gql(
        graphql(`
          mutation DeadlineRulePaid($id: ID!) { markDeclarationPaid(id: $id) { id } }
        `),
        { id: paidId },
        office.head.token,
      ),
    );
    const noRule = await officeFixture(app, { companies: 1 });
    await declare([noRule.companies[0].company.id], '2031-01-15');
    const off = await officeFixture(app, { companies: 1 });
    await withRule(off, { enabled: false, daysBefore: 0, hour: 7 });
    await declare([off.companies[0].company.id], '2031-01-15');

    await run(at('2031-01-15T10:00:00Z'));
    const sent = await reminders(office);
    expect([...sent.keys()]).toEqual([due]);
    expect(total(await reminders(noRule))).toBe(0);
    expect(total(await reminders(off))).toBe(0);
  });

  it('twin runs at the same moment send one reminder per declaration', async () => {
    const office = await officeFixture(app, { companies: 5 });
    await withRule(office, { daysBefore: 1, hour: 0 });
    await declare(
      office.companies.map((c) => c.company.id),
      '2031-02-20',
    );
    const moment = at('2031-02-19T09:00:00Z');
    const runs = await Promise.all([run(moment), run(moment), run(moment)]);
    expect(runs.reduce((sum, r) => sum + r.messages, 0)).toBe(5);
    const sent = await reminders(office);
    expect(sent.size).toBe(5);
    expect(total(sent)).toBe(5);
    const [ledger] = await em.execute<Array<{ count: number }>>(
      `select count(*)::int as count from deadline_reminder where office_id = ?`,
      [office.office.id],
    );
    expect(ledger?.count).toBe(5);
  });

  it('a company with two declarations due gets both, in two broadcasts with it once each', async () => {
    const office = await officeFixture(app, { companies: 2 });
    await withRule(office, { daysBefore: 5, hour: 8 });
    const ids = office.companies.map((c) => c.company.id);
    await declare(ids, '2031-03-25', () => '100.00', 'JPK_V7M');
    await declare([ids[0] as string], '2031-03-25', () => '200.00', 'PIT-4R');
    await run(at('2031-03-20T09:00:00Z'));
    const sent = await reminders(office);
    expect(sent.get(ids[0] as string)).toHaveLength(2);
    expect(sent.get(ids[1] as string)).toHaveLength(1);
    const { broadcasts } = ok(await app.gql(SENT, {}, office.head.token));
    expect(broadcasts.edges.map((e) => e.node.recipientCount).sort()).toEqual([1, 2]);
  });

  it('is sent by another active head once the rule’s head is deactivated; skipped with no head left', async () => {
    const office = await officeFixture(app, { companies: 1 });
    await withRule(office, { daysBefore: 0, hour: 0 });
    const fork = app.orm.em.fork();
    const other = await buildStaff(fork, office.office, { role: Role.OFFICE_HEAD });
    await fork.flush();
    await em.execute(`update app_user set deactivated_at = now() where id = ?`, [
      office.head.user.id,
    ]);
    await declare([office.companies[0].company.id], '2031-04-10');
    await run(at('2031-04-10T07:00:00Z'));
    const [row] = await em.execute<Array<{ author_id: string }>>(
      `select b.author_id from broadcast b join deadline_reminder r on r.broadcast_id = b.id
        where r.office_id = ?`,
      [office.office.id],
    );
    expect(row?.author_id).toBe(other.id);

    await em.execute(`update app_user set deactivated_at = now() where id = ?`, [other.id]);
    await declare([office.companies[0].company.id], '2031-04-10', () => '5.00', 'PIT-4R');
    const result = await run(at('2031-04-10T08:00:00Z'));
    expect(result.officesWithoutHead).toBeGreaterThanOrEqual(1);
    expect(total(await reminders(office))).toBe(1);
  });

  it('reaches the client: the reminder is unread in their thread', async () => {
    const office = await officeFixture(app, { companies: 1 });
    await withRule(office, { daysBefore: 0, hour: 0 });
    await declare([office.companies[0].company.id], '2031-05-12');
    await run(at('2031-05-12T06:00:00Z'));
    const { unreadCount } = ok(
      await app.gql(
        graphql(`query DeadlineRuleUnread { unreadCount }`),
        {},
        office.companies[0].client.token,
      ),
    );
    expect(unreadCount).toBe(1);
  });

  it('refuses days and hours out of range and templates it cannot see, changing nothing', async () => {
    const office = await officeFixture(app, { companies: 1 });
    await withRule(office, { daysBefore: 3, hour: 9 });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ daysBefore: 31 }, 'BAD_USER_INPUT', 'daysBefore'],
      [{ daysBefore: -1 }, 'BAD_USER_INPUT', 'daysBefore'],
      [{ hour: 24 }, 'BAD_USER_INPUT', 'hour'],
      [{ templateId: randomUUID() }, 'NOT_FOUND', ''],
      [{ templateId: 'nie-id' }, 'NOT_FOUND', ''],
    ];
    for (const [change, code, field] of cases) {
      const response = await app.gql(
        UPDATE_RULE,
        { input: { enabled: true, daysBefore: 3, hour: 9, ...change } },
        office.head.token,
      );
      expect(codes(response), JSON.stringify(change)).toEqual([code]);
      if (field) expect(response.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(
      codes(
        await app.gql(
          UPDATE_RULE,
          { input: { enabled: true, daysBefore: 3, hour: 9 } },
          office.caretaker.token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const rule = ok(await app.gql(RULE, { first: 5 }, office.head.token)).me?.office
      ?.deadlineReminderRule;
    expect(rule).toMatchObject({ enabled: true, daysBefore: 3, hour: 9 });
  });

  it('lists the planned reminders, soonest first, and none while the rule is off', async () => {
    const office = await officeFixture(app, { companies: 2 });
    await withRule(office, { daysBefore: 3, hour: 9 });
    const [a, b] = office.companies.map((c) => c.company.id) as [string, string];
    const now = new Date();
    const iso = (days: number) =>
      new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    await declare([b], iso(20), () => '10.00');
    await declare([a], iso(10), () => '20.00');
    await declare([a], iso(-5), () => '30.00', 'PIT-4R'); // its day has passed
    const rule = ok(await app.gql(RULE, { first: 10 }, office.head.token)).me?.office
      ?.deadlineReminderRule;
    expect(rule?.planned.map((p) => [p.taxDue, p.dueDate, p.remindOn])).toEqual([
      ['20.00', iso(10), iso(7)],
      ['10.00', iso(20), iso(17)],
    ]);
    await withRule(office, { enabled: false });
    const off = ok(await app.gql(RULE, { first: 10 }, office.head.token)).me?.office
      ?.deadlineReminderRule;
    expect(off?.planned).toEqual([]);
  });

  it('fills the office’s template per company; a company lacking a value gets none, and the ledger says why', async () => {
    const office = await officeFixture(app, { companies: 3 }); // companies 0 and 2 have a caretaker
    const templateId = await template(
      office,
      '<p>{{firma}}: {{deklaracja.kwota}} do {{deklaracja.termin}}, opiekun {{opiekun}}, biuro {{biuro|-}}.</p>',
      'NOTIFICATION',
    );
    ok(
      await app.gql(
        UPDATE_RULE,
        { input: { enabled: true, daysBefore: 1, hour: 10, templateId } },
        office.head.token,
      ),
    );
    const [c0, c1, c2] = office.companies.map((c) => c.company) as [
      (typeof office.companies)[0]['company'],
      (typeof office.companies)[0]['company'],
      (typeof office.companies)[0]['company'],
    ];
    await declare([c0.id, c1.id, c2.id], '2031-07-08', (i) => `${(i + 1) * 100}.00`);
    const result = await run(at('2031-07-07T08:00:00Z')); // 10:00 in Warsaw (CEST)
    expect(result.skipped).toBeGreaterThanOrEqual(1);
    const sent = await reminders(office);
    expect([...sent.keys()].sort()).toEqual([c0.id, c2.id].sort());
    expect(sent.get(c0.id)?.[0]).toBe(
      `${c0.name}: ${zl('100,00 zł')} do 8 lipca 2031, opiekun ${office.caretaker.user.name}, biuro ${office.office.name}.`,
    );
    expect(sent.get(c2.id)?.[0]).toContain(zl('300,00 zł'));
    const [skipped] = await em.execute<
      Array<{ skipped_reason: string; message_id: string | null }>
    >(
      `select r.skipped_reason, r.message_id from deadline_reminder r
         join declaration d on d.id = r.declaration_id where d.company_id = ?`,
      [c1.id],
    );
    expect(skipped).toEqual({ skipped_reason: 'no value for {{opiekun}}', message_id: null });
    // Once skipped, it stays skipped: the next run does not send it either.
    await run(at('2031-07-07T12:00:00Z'));
    expect(total(await reminders(office))).toBe(2);
  });

  it('refuses another office’s template (NOT_FOUND) and an EMAIL template (BAD_USER_INPUT)', async () => {
    const office = await officeFixture(app, { companies: 1 });
    const other = await officeFixture(app, { companies: 1 });
    const foreign = await template(other, '<p>{{firma}}</p>', 'NOTIFICATION');
    const email = await template(office, '<p>{{firma}}</p>', 'EMAIL');
    const refused = await app.gql(
      UPDATE_RULE,
      { input: { enabled: true, daysBefore: 3, hour: 9, templateId: foreign } },
      office.head.token,
    );
    expect(codes(refused)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(refused)).not.toContain(other.office.name);
    const wrongKind = await app.gql(
      UPDATE_RULE,
      { input: { enabled: true, daysBefore: 3, hour: 9, templateId: email } },
      office.head.token,
    );
    expect(codes(wrongKind)).toEqual(['BAD_USER_INPUT']);
    expect(wrongKind.errors?.[0]?.extensions?.field).toBe('templateId');
    const rule = ok(await app.gql(RULE, { first: 1 }, office.head.token)).me?.office
      ?.deadlineReminderRule;
    expect(rule ?? null).toBeNull();
  });

  it('runs as a pg-boss job on its schedule: a job of its queue sends what is due now', async () => {
    const queue = deadlineReminderQueue(app.config);
    expect((await app.boss.getSchedules()).map((schedule) => schedule.name)).toContain(queue);
    const office = await officeFixture(app, { companies: 1 });
    await withRule(office, { daysBefore: 0, hour: 0 });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(
      new Date(),
    );
    await declare([office.companies[0].company.id], today);
    // Whether this job or one already queued runs it, the declaration gets its one reminder.
    await app.boss.send(queue, {});
    await expect.poll(async () => total(await reminders(office)), { timeout: 30_000 }).toBe(1);
  });

  it('sends 2,000 due declarations with the same statements as one', async () => {
    const one = await officeFixture(app, { companies: 1 });
    await withRule(one, { daysBefore: 0, hour: 0 });
    await declare([one.companies[0].company.id], '2031-06-16');
    const small = await countStatements(() => run(at('2031-06-16T06:00:00Z')));
    expect(small.result.messages).toBe(1);

    const many = await officeFixture(app, { companies: 1 });
    await withRule(many, { daysBefore: 0, hour: 0 });
    const bulk = await insertCompanies(em, many.office.id, 2000);
    await declare(
      bulk.map((c) => c.companyId),
      '2031-06-17',
    );
    const large = await countStatements(() => run(at('2031-06-17T06:00:00Z')));
    expect(large.result.messages).toBe(2000);
    expect(total(await reminders(many))).toBe(2000);
    console.log(
      `deadline reminders: ${small.statements} statements for 1 declaration, ${large.statements} for 2,000`,
    );
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThan(20);
  });
});
