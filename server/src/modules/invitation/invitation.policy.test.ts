import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from '../../core/actor.builders.js';
import { canManageInvitation } from './invitation.policy.js';

describe('invitation policy', () => {
  const officeId = randomUUID();
  const head = buildHead(officeId);
  const caretaker = buildCaretaker(officeId);
  const theirs = buildCompany(officeId, caretaker);
  const notTheirs = buildCompany(officeId);
  const staffInvitation = { officeId, company: null };
  const toTheirs = { officeId, company: theirs };
  const toNotTheirs = { officeId, company: notTheirs };

  it("lets the office's head manage every invitation of the office", () => {
    for (const invitation of [staffInvitation, toTheirs, toNotTheirs])
      expect(canManageInvitation(head, invitation)).toBe(true);
  });

  it('lets a caretaker manage the client invitations of their own companies only', () => {
    expect(canManageInvitation(caretaker, toTheirs)).toBe(true);
    expect(canManageInvitation(caretaker, toNotTheirs)).toBe(false);
    expect(canManageInvitation(caretaker, staffInvitation)).toBe(false);
  });

  it('refuses the staff of another office, even with the same company key', () => {
    const otherOffice = randomUUID();
    expect(canManageInvitation(buildHead(otherOffice), toTheirs)).toBe(false);
    const impostor = { ...buildCaretaker(otherOffice), userId: caretaker.userId };
    expect(canManageInvitation(impostor, toTheirs)).toBe(false);
  });

  it('refuses clients (of the company too), the platform admin and nobody', () => {
    expect(canManageInvitation(buildClient(theirs), toTheirs)).toBe(false);
    expect(canManageInvitation(buildAdmin(), toTheirs)).toBe(false);
    expect(canManageInvitation(buildAdmin(), staffInvitation)).toBe(false);
    expect(canManageInvitation(null, toTheirs)).toBe(false);
  });
});
