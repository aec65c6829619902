import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildClient, buildCompany } from '../../core/actor.builders.js';
import { acknowledgmentRefusal } from './acknowledgment.policy.js';

describe('acknowledgmentRefusal', () => {
  const office = randomUUID();
  const own = buildCompany(office);
  const other = buildCompany(office);
  const client = buildClient(own);

  it('lets a client user of the company confirm an office message that asks for it', () => {
    expect(
      acknowledgmentRefusal(client, {
        company: own,
        direction: 'OFFICE_TO_CLIENT',
        required: true,
      }),
    ).toBeNull();
  });

  it('answers NOT_FOUND for a message of another company or none, whatever it asks', () => {
    expect(
      acknowledgmentRefusal(client, {
        company: other,
        direction: 'OFFICE_TO_CLIENT',
        required: true,
      }),
    ).toBe('NOT_FOUND');
    expect(
      acknowledgmentRefusal(client, {
        company: other,
        direction: 'OFFICE_TO_CLIENT',
        required: false,
      }),
    ).toBe('NOT_FOUND');
    expect(acknowledgmentRefusal(client, undefined)).toBe('NOT_FOUND');
  });

  it('answers NOT_REQUIRED for a message that asks for nothing, or the client’s own question', () => {
    expect(
      acknowledgmentRefusal(client, {
        company: own,
        direction: 'OFFICE_TO_CLIENT',
        required: false,
      }),
    ).toBe('NOT_REQUIRED');
    expect(
      acknowledgmentRefusal(client, {
        company: own,
        direction: 'CLIENT_TO_OFFICE',
        required: true,
      }),
    ).toBe('NOT_REQUIRED');
  });
});
