import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildCaretaker,
  buildClient,
  buildCompany,
  buildHead,
} from '../../core/actor.builders.js';
import { mayChooseAlerts, maySeeAlertsOf } from './alert.policy.js';

const officeId = randomUUID();
const client = () => buildClient(buildCompany(officeId));

describe('alert policy', () => {
  it('lets client users choose their alerts, nobody else', () => {
    expect(mayChooseAlerts(client())).toBe(true);
    expect(mayChooseAlerts(buildHead(officeId))).toBe(false);
    expect(mayChooseAlerts(buildCaretaker(officeId))).toBe(false);
    expect(mayChooseAlerts(buildAdmin())).toBe(false);
    expect(mayChooseAlerts(null)).toBe(false);
  });

  it('shows a preference to its own user only', () => {
    const me = client();
    expect(maySeeAlertsOf(me, me.userId)).toBe(true);
    expect(maySeeAlertsOf(me, client().userId)).toBe(false);
    const head = buildHead(officeId);
    expect(maySeeAlertsOf(head, head.userId)).toBe(false);
    expect(maySeeAlertsOf(null, me.userId)).toBe(false);
  });
});
