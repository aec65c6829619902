import fs from 'node:fs/promises';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printAppSchema, SCHEMA_FILE } from './emit-schema.js';

describe('schema.graphql', () => {
  it('is what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = await fs.readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('keeps the names of the public contract', async () => {
    const sdl = await printAppSchema();
    for (const name of [
      'sendBulkNotification(input: SendBulkNotificationInput!): Broadcast!',
      'markMessagesRead(companyId: ID!, messageIds: [ID!]): Int!',
      'unreadCountChanged(companyId: ID): UnreadCount!',
      'messageRead(companyId: ID): ReadReceipt!',
      'inbox(after: String, first: Int = 50, search: String, status: ConversationStatus): ConversationConnection!',
      'closeConversation(companyId: ID!): Conversation!',
      'reopenConversation(companyId: ID!): Conversation!',
      'requestPasswordReset(email: String!): Boolean!',
      'resetPassword(password: String!, token: String!): AuthPayload!',
      'changePassword(currentPassword: String!, newPassword: String!): Boolean!',
      'mySessions: [Session!]!',
      'revokeSession(id: ID!): Boolean!',
      'deactivateUser(id: ID!): User!',
    ]) {
      expect(sdl).toContain(name);
    }
    // Secrets may be written (inputs) but never read: no output type has such a field.
    const schema = buildSchema(sdl);
    const secretFields = Object.values(schema.getTypeMap())
      .filter(
        (type): type is GraphQLObjectType =>
          type instanceof GraphQLObjectType &&
          !type.name.startsWith('__') &&
          // Operations such as changePassword take passwords; they answer none.
          type !== schema.getMutationType(),
      )
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
      .filter((name) => /password|secret|hash|encrypted/i.test(name))
      // The demo logins' shared password is shown on the login page by design, and null outside demo mode.
      .filter((name) => name !== 'DemoAccounts.password')
      // A webhook's signing secret is answered once, by createWebhook (which returns Webhook! by
      // contract); the field resolves to null everywhere else (webhook.test.ts checks it).
      .filter((name) => name !== 'Webhook.secret');
    expect(secretFields).toEqual([]);
  });
});
