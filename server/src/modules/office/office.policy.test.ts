import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from '../../core/actor.builders.js';
import { OfficeVerification } from './office.entity.js';
import { canAuditOffice, canManageOffice, canRequestVerification } from './office.policy.js';

describe('office policy', () => {
  const officeId = randomUUID();
  const caretaker = buildCaretaker(officeId);
  const member = buildClient(buildCompany(officeId, caretaker));

  describe('canManageOffice', () => {
    it("lets the office's head see and change its settings", () => {
      expect(canManageOffice(buildHead(officeId), officeId)).toBe(true);
    });

    it("refuses the office's caretakers", () => {
      expect(canManageOffice(caretaker, officeId)).toBe(false);
    });

    it("refuses the office's clients", () => {
      expect(canManageOffice(member, officeId)).toBe(false);
    });

    it('refuses the head and caretakers of another office', () => {
      expect(canManageOffice(buildHead(randomUUID()), officeId)).toBe(false);
      expect(canManageOffice(buildCaretaker(randomUUID()), officeId)).toBe(false);
    });

    it('refuses the platform admin', () => {
      expect(canManageOffice(buildAdmin(), officeId)).toBe(false);
    });

    it('refuses anyone not logged in', () => {
      expect(canManageOffice(null, officeId)).toBe(false);
    });
  });

  describe('canAuditOffice', () => {
    it('lets the platform admin see where an office sends its mail', () => {
      expect(canAuditOffice(buildAdmin())).toBe(true);
    });

    it("refuses the office's own head and caretakers", () => {
      expect(canAuditOffice(buildHead(officeId))).toBe(false);
      expect(canAuditOffice(caretaker)).toBe(false);
    });

    it('refuses clients and anyone not logged in', () => {
      expect(canAuditOffice(member)).toBe(false);
      expect(canAuditOffice(null)).toBe(false);
    });
  });

  describe('canRequestVerification', () => {
    it('lets an UNVERIFIED office ask, and not one that waits or is verified', () => {
      expect(canRequestVerification(OfficeVerification.UNVERIFIED)).toBe(true);
      expect(canRequestVerification(OfficeVerification.PENDING)).toBe(false);
      expect(canRequestVerification(OfficeVerification.VERIFIED)).toBe(false);
    });
  });
});
