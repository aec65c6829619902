import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printAppSchema, SCHEMA_FILE } from './emit-schema.js';

describe('schema.graphql', () => {
  it('is what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = await fs.readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('keeps the names of the public contract', async () => {
    const sdl = await printAppSchema();
    for (const name of ['sendBulkNotification(input: SendBulkNotificationInput!): Broadcast!', 'markMessagesRead(companyId: ID!): Int!',
      'unreadCountChanged(companyId: ID): UnreadCount!', 'messageRead(companyId: ID): ReadReceipt!', 'inbox(after: String, first: Int = 50): ConversationConnection!']) {
      expect(sdl).toContain(name);
    }
    expect(sdl).not.toMatch(/^\s+(password|passwordHash|tokenHash)\b/m);
  });
});
