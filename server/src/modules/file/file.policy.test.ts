import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from '../../core/actor.builders.js';
import type { Actor } from '../../core/context.js';
import { canAttachFile, canDownloadFile, type FileKey, recordsDownload } from './file.policy.js';

const HOUR = 3_600_000;
const now = new Date('2025-03-01T12:00:00Z');

function buildFile(
  uploader: Actor,
  overrides: {
    attachedTo?: FileKey['attachedTo'];
    generated?: boolean;
    ageHours?: number;
  } = {},
): FileKey {
  return {
    uploaderId: uploader.userId,
    attachedTo: overrides.attachedTo ?? [],
    generated: overrides.generated ?? false,
    createdAt: new Date(now.getTime() - (overrides.ageHours ?? 1) * HOUR),
  };
}

describe('file policy', () => {
  const officeId = randomUUID();
  const head = buildHead(officeId);
  const caretaker = buildCaretaker(officeId);
  const company = buildCompany(officeId, caretaker);
  const otherCompany = buildCompany(officeId);
  const member = buildClient(company);

  describe('canDownloadFile', () => {
    const sent = buildFile(head, { attachedTo: [company] });

    it('lets the uploader download their own upload, attached or not', () => {
      expect(canDownloadFile(head, buildFile(head))).toBe(true);
      expect(canDownloadFile(member, buildFile(member))).toBe(true);
    });

    it("lets the head of the company's office download a file in its thread", () => {
      expect(canDownloadFile(buildHead(officeId), sent)).toBe(true);
    });

    it("lets the company's caretaker download it", () => {
      expect(canDownloadFile(caretaker, sent)).toBe(true);
    });

    it("refuses a caretaker of the office's other companies", () => {
      expect(canDownloadFile(buildCaretaker(officeId), sent)).toBe(false);
    });

    it('lets a client member of the company download it', () => {
      expect(canDownloadFile(member, sent)).toBe(true);
    });

    it('refuses a client member once the message was recalled; staff still download it', () => {
      const recalled = buildFile(head, { attachedTo: [{ ...company, recalled: true }] });
      expect(canDownloadFile(member, recalled)).toBe(false);
      expect(canDownloadFile(caretaker, recalled)).toBe(true);
      // Still attached to another message of theirs that was not recalled: it downloads.
      const both = buildFile(head, { attachedTo: [{ ...company, recalled: true }, company] });
      expect(canDownloadFile(member, both)).toBe(true);
    });

    it('refuses a client of another company, even of the same broadcast office', () => {
      expect(canDownloadFile(buildClient(otherCompany), sent)).toBe(false);
    });

    it('lets a client of one of several companies the file went to download it', () => {
      const toBoth = buildFile(head, { attachedTo: [otherCompany, company] });
      expect(canDownloadFile(member, toBoth)).toBe(true);
    });

    it('refuses anyone but the uploader a file attached nowhere', () => {
      expect(canDownloadFile(buildHead(officeId), buildFile(caretaker))).toBe(false);
    });

    it('refuses the platform admin', () => {
      expect(canDownloadFile(buildAdmin(), sent)).toBe(false);
    });

    it('refuses the head of another office', () => {
      expect(canDownloadFile(buildHead(randomUUID()), sent)).toBe(false);
    });

    it('refuses anyone not logged in', () => {
      expect(canDownloadFile(null, sent)).toBe(false);
    });
  });

  describe('canAttachFile', () => {
    const orphanHours = 24;

    it('lets the uploader attach a fresh upload', () => {
      expect(canAttachFile(caretaker, buildFile(caretaker), orphanHours, now)).toBe(true);
      expect(canAttachFile(member, buildFile(member), orphanHours, now)).toBe(true);
    });

    it('refuses an upload left unattached past the orphan age: the sweep is about to take it', () => {
      const stale = buildFile(caretaker, { ageHours: orphanHours + 1 });
      expect(canAttachFile(caretaker, stale, orphanHours, now)).toBe(false);
    });

    it('lets an old upload already attached elsewhere be attached again', () => {
      const old = buildFile(head, { attachedTo: [company], ageHours: orphanHours * 10 });
      expect(canAttachFile(head, old, orphanHours, now)).toBe(true);
    });

    it('lets a generated printout of any age be attached by the one it was made for', () => {
      const printout = buildFile(head, { generated: true, ageHours: orphanHours * 10 });
      expect(canAttachFile(head, printout, orphanHours, now)).toBe(true);
    });

    it("refuses someone else's upload, even their own office head's or company's", () => {
      const upload = buildFile(caretaker, { attachedTo: [company] });
      expect(canAttachFile(buildHead(officeId), upload, orphanHours, now)).toBe(false);
      expect(canAttachFile(member, upload, orphanHours, now)).toBe(false);
      expect(canAttachFile(buildHead(randomUUID()), upload, orphanHours, now)).toBe(false);
    });

    it('refuses the platform admin and anyone not logged in', () => {
      const upload = buildFile(head);
      expect(canAttachFile(buildAdmin(), upload, orphanHours, now)).toBe(false);
      expect(canAttachFile(null, upload, orphanHours, now)).toBe(false);
    });
  });

  describe('recordsDownload', () => {
    it("records a client's download: the archive's downloaded state", () => {
      expect(recordsDownload(member)).toBe(true);
    });

    it('records no download by staff or the platform admin', () => {
      expect(recordsDownload(head)).toBe(false);
      expect(recordsDownload(caretaker)).toBe(false);
      expect(recordsDownload(buildAdmin())).toBe(false);
    });
  });
});
