import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  actor,
  authorizationMatrix,
  authzCase,
  foreign,
  idsOf,
  MESSAGE_ADDED,
  MESSAGES,
  SEND_MESSAGE,
  subscribeOnce,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, type GraphQLResponse, ok } from '../../../test/harness.js';

const THREAD_USERS = graphql(`
  query AuthzThreadUsers($companyId: ID!) {
    messages(companyId: $companyId, first: 100) {
      edges {
        node {
          author { id companies { id name } }
          receipts { user { id companies { id name } } }
        }
      }
    }
  }
`);
const INBOX = graphql(`
  query AuthzInbox {
    inbox(first: 100) {
      totalCount
      edges { node { company { id name } lastMessage { id body } unreadFromClientCount } }
    }
  }
`);

const CLOSE = graphql(`
  mutation AuthzCloseConversation($companyId: ID!) {
    closeConversation(companyId: $companyId) { status company { id name } }
  }
`);
const REOPEN = graphql(`
  mutation AuthzReopenConversation($companyId: ID!) {
    reopenConversation(companyId: $companyId) { status company { id name } }
  }
`);

export const cases = [
  authzCase({
    name: 'messages(companyId) of the target thread',
    field: 'messages',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(MESSAGES, { companyId: target.company.company.id }, token),
  }),
  authzCase({
    name: 'messages of an own thread with a cursor made from a target message',
    field: 'messages',
    kind: 'query',
    run: ({ token, target, own }, { app }) => {
      const after = Buffer.from(
        JSON.stringify([
          new Date(Date.parse(target.createdAt) + 60_000).toISOString(),
          target.messageId,
        ]),
      ).toString('base64url');
      return app.gql(MESSAGES, { companyId: own ?? target.company.company.id, after }, token);
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
    },
    check: (data, { target, own }) => {
      expect(idsOf(data.messages)).not.toContain(target.messageId);
      for (const node of data.messages.edges.map((e) => e.node)) expect(node.company.id).toBe(own);
    },
  }),
  authzCase({
    name: 'the companies of a user met in an own thread leave out the target',
    field: 'messages',
    kind: 'query',
    run: ({ token, target, own }, { app }) =>
      app.gql(THREAD_USERS, { companyId: own ?? target.company.company.id }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
    },
    check: (data, { name, target }, { a, shared }) => {
      const users = data.messages.edges.flatMap((e) => [
        e.node.author,
        ...e.node.receipts.map((r) => r.user),
      ]);
      for (const user of users)
        expect(user.companies.map((c) => c.id)).not.toContain(target.company.company.id);
      // Inside office A the shared client is met, and shown with the one company the viewer shares.
      if (name !== 'head of another office') {
        const met = users.find((u) => u.id === shared.user.id);
        expect(met?.companies.map((c) => c.id)).toEqual([
          a.companies[name === 'client of another company' ? 1 : 0]!.company.id,
        ]);
      }
    },
  }),
  authzCase({
    name: 'inbox does not list the target thread',
    field: 'inbox',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(INBOX, {}, token),
    expect: {
      'head of another office': 'data',
      'caretaker of other companies': 'data',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, { target, own }, { a }) => {
      const ids = data.inbox.edges.map((e) => e.node.company.id);
      expect(ids).not.toContain(target.company.company.id);
      // The caretaker's own thread (A0, with a client question) is there: the listing works.
      if (own === a.companies[0]!.company.id) expect(ids).toContain(own);
    },
  }),
  authzCase({
    name: 'closeConversation of the target thread',
    field: 'closeConversation',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(CLOSE, { companyId: target.company.company.id }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'reopenConversation of the target thread',
    field: 'reopenConversation',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(REOPEN, { companyId: target.company.company.id }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'sendMessage to the target thread',
    field: 'sendMessage',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        SEND_MESSAGE,
        { input: { companyId: target.company.company.id, body: 'Wiadomosc z zewnatrz' } },
        token,
      ),
    expect: { 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'sendMessage to an own thread attaching the target’s file',
    field: 'sendMessage',
    kind: 'mutation',
    run: ({ token, target, own }, { app }) =>
      app.gql(
        SEND_MESSAGE,
        {
          input: {
            companyId: own ?? target.company.company.id,
            body: 'Z cudzym plikiem',
            attachmentIds: [target.fileId],
          },
        },
        token,
      ),
    expect: { 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'messageAdded(companyId) of the target',
    field: 'messageAdded',
    kind: 'subscription',
    run: ({ token, target }) =>
      subscribeOnce(token, MESSAGE_ADDED, { companyId: target.company.company.id }),
  }),
];

authorizationMatrix(import.meta.url, 'message', cases, () => {
  it('has real targets: their own viewers get what the others are refused', async () => {
    const { app, a, targets } = world;
    for (const target of [targets.a0, targets.a1]) {
      const id = target.company.company.id;
      for (const token of [a.head.token, target.company.client.token]) {
        const { messages } = ok(await app.gql(MESSAGES, { companyId: id }, token));
        expect(idsOf(messages)).toContain(target.messageId);
      }
    }
  });

  describe('role errors', () => {
    it('a client calling inbox gets FORBIDDEN, even with a thread of their own', async () => {
      const { app, a } = world;
      const response = await app.gql(INBOX, {}, a.companies[0]!.client.token);
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data ?? null).toBeNull();
    });
  });

  describe('no existence oracle', () => {
    it('an existing foreign id and a made-up one get the same answer', async () => {
      const { app } = world;
      for (const name of foreign) {
        const who = actor(name);
        const real = await app.gql(
          MESSAGES,
          { companyId: who.target.company.company.id },
          who.token,
        );
        const missing = await app.gql(MESSAGES, { companyId: randomUUID() }, who.token);
        expect(codes(real)).toEqual(['NOT_FOUND']);
        expect(codes(missing)).toEqual(['NOT_FOUND']);
        const shape = (r: GraphQLResponse<unknown>) => ({
          data: r.data,
          errors: r.errors?.map((e) => ({
            ...e,
            message: e.message.replace(/[0-9a-f-]{36}/g, 'ID'),
          })),
        });
        expect(shape(real)).toEqual(shape(missing));
      }
    });
  });
});
