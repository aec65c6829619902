import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from '../../core/actor.builders.js';
import type { StaffActor } from '../../core/context.js';
import {
  type BroadcastKey,
  type BroadcastVisibility,
  canSeeBroadcast,
  whereBroadcastVisible,
} from './broadcast.policy.js';

const buildBroadcast = (author: StaffActor): BroadcastKey => ({
  officeId: author.officeId,
  authorId: author.userId,
});

/** What the ORM condition selects, read as a predicate over one broadcast. */
const matches = (where: BroadcastVisibility, broadcast: BroadcastKey) =>
  where.office === broadcast.officeId &&
  (where.author === undefined || where.author === broadcast.authorId);

const officeId = randomUUID();
const head = buildHead(officeId);
const caretaker = buildCaretaker(officeId);
const otherCaretaker = buildCaretaker(officeId);
const byCaretaker = buildBroadcast(caretaker);
const byHead = buildBroadcast(head);

describe('canSeeBroadcast', () => {
  it('lets the head see every broadcast of the office', () => {
    expect(canSeeBroadcast(head, byHead)).toBe(true);
    expect(canSeeBroadcast(head, byCaretaker)).toBe(true);
  });

  it('lets a caretaker see their own broadcasts', () => {
    expect(canSeeBroadcast(caretaker, byCaretaker)).toBe(true);
  });

  it("hides the head's and other caretakers' broadcasts from a caretaker", () => {
    expect(canSeeBroadcast(caretaker, byHead)).toBe(false);
    expect(canSeeBroadcast(otherCaretaker, byCaretaker)).toBe(false);
  });

  it('hides every broadcast from clients, even of their own companies', () => {
    expect(canSeeBroadcast(buildClient(buildCompany(officeId, caretaker)), byCaretaker)).toBe(
      false,
    );
  });

  it('hides every broadcast from the platform admin and anyone not logged in', () => {
    expect(canSeeBroadcast(buildAdmin(), byHead)).toBe(false);
    expect(canSeeBroadcast(null, byHead)).toBe(false);
  });

  it('hides them from the head and caretakers of another office', () => {
    const elsewhere = randomUUID();
    expect(canSeeBroadcast(buildHead(elsewhere), byHead)).toBe(false);
    // An author id alone does not carry across offices.
    expect(canSeeBroadcast({ ...caretaker, officeId: elsewhere }, byCaretaker)).toBe(false);
  });
});

describe('whereBroadcastVisible', () => {
  it("selects the office's broadcasts for the head", () => {
    expect(whereBroadcastVisible(head)).toEqual({ office: officeId });
  });

  it("selects a caretaker's own broadcasts of the office", () => {
    expect(whereBroadcastVisible(caretaker)).toEqual({
      office: officeId,
      author: caretaker.userId,
    });
  });

  it('selects exactly what canSeeBroadcast allows, for every staff member and broadcast', () => {
    const elsewhere = buildHead(randomUUID());
    const viewers = [head, caretaker, otherCaretaker, elsewhere];
    const broadcasts = [
      byHead,
      byCaretaker,
      buildBroadcast(otherCaretaker),
      buildBroadcast(elsewhere),
    ];
    for (const viewer of viewers)
      for (const broadcast of broadcasts)
        expect(matches(whereBroadcastVisible(viewer), broadcast)).toBe(
          canSeeBroadcast(viewer, broadcast),
        );
  });
});
