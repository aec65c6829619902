import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from '../../core/actor.builders.js';
import { topicId } from '../../core/pubsub.js';
import { staffTopicIds, threadTopicIds, unreadTopicIds, viewerTopicIds } from './company.topics.js';

const officeId = randomUUID();
const head = buildHead(officeId);
const caretaker = buildCaretaker(officeId);
const company = buildCompany(officeId, caretaker);
const other = buildCompany(officeId);
const client = buildClient(company, other);

describe('staffTopicIds', () => {
  it("routes a company's events to its office and its caretaker", () => {
    expect(staffTopicIds(company)).toEqual([
      topicId.office(officeId),
      topicId.user(caretaker.userId),
    ]);
  });

  it('routes those of a company without a caretaker to its office only', () => {
    expect(staffTopicIds(other)).toEqual([topicId.office(officeId)]);
  });

  it("never names another office's topics", () => {
    const elsewhere = buildCompany(randomUUID(), buildCaretaker(randomUUID()));
    expect(staffTopicIds(elsewhere)).not.toContain(topicId.office(officeId));
  });
});

describe('viewerTopicIds', () => {
  it("has the head listen on the office's topic", () => {
    expect(viewerTopicIds(head)).toEqual([topicId.office(officeId)]);
  });

  it('has a caretaker listen on their own topic only, not the office', () => {
    expect(viewerTopicIds(caretaker)).toEqual([topicId.user(caretaker.userId)]);
  });

  it("has a client listen on each of their companies' topics", () => {
    expect(viewerTopicIds(client)).toEqual([
      topicId.company(company.id),
      topicId.company(other.id),
    ]);
  });

  it('has the platform admin listen nowhere', () => {
    expect(viewerTopicIds(buildAdmin())).toEqual([]);
  });

  it("has the head of another office listen on that office's topic only", () => {
    const elsewhere = randomUUID();
    expect(viewerTopicIds(buildHead(elsewhere))).toEqual([topicId.office(elsewhere)]);
  });
});

describe('threadTopicIds', () => {
  it("has a client listen on the company's topic", () => {
    expect(threadTopicIds(client, company.id)).toEqual([topicId.company(company.id)]);
  });

  it('has staff listen on their own topics, where the writer routed the company', () => {
    expect(threadTopicIds(head, company.id)).toEqual([topicId.office(officeId)]);
    expect(threadTopicIds(caretaker, company.id)).toEqual([topicId.user(caretaker.userId)]);
  });

  it('meets the routing: the topics a viewer listens on include one the events go to', () => {
    const routed = [topicId.company(company.id), ...staffTopicIds(company)];
    for (const viewer of [head, caretaker, client])
      expect(threadTopicIds(viewer, company.id).some((id) => routed.includes(id))).toBe(true);
  });

  it("keeps a caretaker of the office's other companies, and other offices, off the routing", () => {
    const routed = [topicId.company(company.id), ...staffTopicIds(company)];
    const outsiders = [buildCaretaker(officeId), buildHead(randomUUID()), buildAdmin()];
    for (const viewer of outsiders)
      expect(threadTopicIds(viewer, company.id).some((id) => routed.includes(id))).toBe(false);
  });
});

describe('unreadTopicIds', () => {
  it('has a client listen on their own user topic (their counters are per user)', () => {
    expect(unreadTopicIds(client)).toEqual([topicId.user(client.userId)]);
  });

  it("has staff listen where the company's counter changes are routed", () => {
    expect(unreadTopicIds(head)).toEqual([topicId.office(officeId)]);
    expect(unreadTopicIds(caretaker)).toEqual([topicId.user(caretaker.userId)]);
  });

  it('has the platform admin listen nowhere', () => {
    expect(unreadTopicIds(buildAdmin())).toEqual([]);
  });
});
