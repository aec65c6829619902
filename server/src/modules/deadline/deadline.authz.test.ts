import { expect, it } from 'vitest';
import { authorizationMatrix, authzCase, world } from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { ok } from '../../../test/harness.js';

const UPDATE_RULE = graphql(`
  mutation AuthzUpdateDeadlineReminderRule($input: DeadlineReminderRuleInput!) {
    updateDeadlineReminderRule(input: $input) { id enabled daysBefore hour templateId }
  }
`);
const RULE = graphql(`
  query AuthzDeadlineReminderRule {
    me { office { id deadlineReminderRule { id daysBefore } } }
  }
`);

/** What office A's rule is, read as its head. */
async function ruleOfA() {
  const { app, a } = world;
  return ok(await app.gql(RULE, {}, a.head.token)).me?.office?.deadlineReminderRule ?? null;
}

export const cases = [
  authzCase({
    name: 'updateDeadlineReminderRule changes the caller’s own office’s rule, never office A’s',
    field: 'updateDeadlineReminderRule',
    kind: 'mutation',
    run: ({ token }, { app }) =>
      app.gql(UPDATE_RULE, { input: { enabled: true, daysBefore: 7, hour: 6 } }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data) =>
      expect(data.updateDeadlineReminderRule).toMatchObject({
        enabled: true,
        daysBefore: 7,
        hour: 6,
        templateId: null,
      }),
  }),
];

authorizationMatrix(import.meta.url, 'deadline', cases, () => {
  it('after the matrix office A still has no rule; its own head sets one only heads of A read', async () => {
    const { app, a, b } = world;
    expect(await ruleOfA()).toBeNull();
    ok(
      await app.gql(
        UPDATE_RULE,
        { input: { enabled: true, daysBefore: 3, hour: 9 } },
        a.head.token,
      ),
    );
    expect((await ruleOfA())?.daysBefore).toBe(3);
    // B's head reads B's rule (set by the matrix), never A's; A's caretaker reads none.
    const ofB = ok(await app.gql(RULE, {}, b.head.token)).me?.office?.deadlineReminderRule;
    expect(ofB?.daysBefore).toBe(7);
    const ofCaretaker = ok(await app.gql(RULE, {}, a.caretaker.token)).me?.office;
    expect(ofCaretaker?.deadlineReminderRule ?? null).toBeNull();
  });
});
