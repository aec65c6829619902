import { expect } from 'vitest';
import { authorizationMatrix, authzCase, type Target, type World } from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { ok } from '../../../test/harness.js';

const CHOOSE = graphql(`
  mutation AuthzAlertsChoose($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { id notificationPreferences { newMessages } }
  }
`);
const MY_ALERTS = graphql(`
  query AuthzAlertsMine {
    me { id notificationPreferences { newMessages } }
  }
`);
const LINK = graphql(`
  query AuthzAlertsLink($token: String!) {
    notificationPreferencesLink(token: $token) { email newMessages }
  }
`);
const LINK_CHOOSE = graphql(`
  mutation AuthzAlertsLinkChoose($token: String!, $input: NotificationPreferencesInput!) {
    updateNotificationPreferencesByLink(token: $token, input: $input) { email newMessages }
  }
`);

/** A link token naming the target's client under a signature that is not the server's. */
function forgedToken(target: Target): string {
  return `${target.company.client.user.id}.${'A'.repeat(43)}`;
}

/** The target client's own preference, as they read it. */
async function targetPreference({ app }: World, target: Target) {
  return ok(await app.gql(MY_ALERTS, {}, target.company.client.token)).me?.notificationPreferences;
}

/** Runs `call` and proves that the target client's preference is what it was. */
async function leavesTargetAlone<T>(w: World, target: Target, call: () => Promise<T>): Promise<T> {
  const before = await targetPreference(w, target);
  expect(before?.newMessages).toMatch(/^(IMMEDIATE|DAILY_DIGEST|NEVER)$/);
  const result = await call();
  expect(await targetPreference(w, target)).toEqual(before);
  return result;
}

export const cases = [
  authzCase({
    name: 'updateNotificationPreferences changes a client’s own preference only; staff FORBIDDEN',
    field: 'updateNotificationPreferences',
    kind: 'mutation',
    run: ({ token, target }, w) =>
      leavesTargetAlone(w, target, () =>
        w.app.gql(CHOOSE, { input: { newMessages: 'DAILY_DIGEST' } }, token),
      ),
    expect: {
      'head of another office': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
      'client of another company': 'data',
    },
    check: (data, { target }) => {
      expect(data.updateNotificationPreferences.id).not.toBe(target.company.client.user.id);
      expect(data.updateNotificationPreferences.notificationPreferences).toEqual({
        newMessages: 'DAILY_DIGEST',
      });
    },
  }),
  authzCase({
    name: 'notificationPreferencesLink with a forged token of the target’s client is null',
    field: 'notificationPreferencesLink',
    kind: 'query',
    run: ({ token, target }, { app }) => app.gql(LINK, { token: forgedToken(target) }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data) => expect(data.notificationPreferencesLink).toBeNull(),
  }),
  authzCase({
    name: 'updateNotificationPreferencesByLink with a forged token is BAD_USER_INPUT, changes nothing',
    field: 'updateNotificationPreferencesByLink',
    kind: 'mutation',
    run: ({ token, target }, w) =>
      leavesTargetAlone(w, target, () =>
        w.app.gql(
          LINK_CHOOSE,
          { token: forgedToken(target), input: { newMessages: 'NEVER' } },
          token,
        ),
      ),
    expect: {
      'head of another office': 'BAD_USER_INPUT',
      'client of another company': 'BAD_USER_INPUT',
      'caretaker of other companies': 'BAD_USER_INPUT',
      'platform admin': 'BAD_USER_INPUT',
      anonymous: 'BAD_USER_INPUT',
    },
  }),
];

authorizationMatrix(import.meta.url, 'alert', cases);
