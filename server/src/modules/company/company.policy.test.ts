import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from '../../core/actor.builders.js';
import { canSeeCompany } from './company.policy.js';

describe('canSeeCompany', () => {
  const officeId = randomUUID();
  const caretaker = buildCaretaker(officeId);
  const company = buildCompany(officeId, caretaker);

  it('lets the head of its office see it', () => {
    expect(canSeeCompany(buildHead(officeId), company)).toBe(true);
  });

  it('lets its caretaker see it', () => {
    expect(canSeeCompany(caretaker, company)).toBe(true);
  });

  it("hides it from a caretaker of the office's other companies", () => {
    expect(canSeeCompany(buildCaretaker(officeId), company)).toBe(false);
  });

  it('hides a company without a caretaker from every caretaker', () => {
    expect(canSeeCompany(caretaker, buildCompany(officeId))).toBe(false);
  });

  it('lets a client member see it', () => {
    expect(canSeeCompany(buildClient(company), company)).toBe(true);
  });

  it('hides it from a client of another company', () => {
    expect(canSeeCompany(buildClient(buildCompany(officeId)), company)).toBe(false);
  });

  it('hides it from the platform admin', () => {
    expect(canSeeCompany(buildAdmin(), company)).toBe(false);
  });

  it('hides it from anyone not logged in', () => {
    expect(canSeeCompany(null, company)).toBe(false);
  });

  it('hides it from the head and caretakers of another office', () => {
    const otherOffice = randomUUID();
    expect(canSeeCompany(buildHead(otherOffice), company)).toBe(false);
    // A caretaker id alone does not carry across offices.
    expect(canSeeCompany({ ...caretaker, officeId: otherOffice }, company)).toBe(false);
  });
});
