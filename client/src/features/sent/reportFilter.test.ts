import { describe, expect, it } from 'vitest';
import { csvPath, filtersFor, parseReportFilter, recipientFilter } from './reportFilter';

describe('report filters', () => {
  it('ask the API for what their names say', () => {
    expect(recipientFilter('all')).toEqual({});
    expect(recipientFilter('unread')).toEqual({ read: false });
    expect(recipientFilter('read')).toEqual({ read: true });
    expect(recipientFilter('failed')).toEqual({ emailStatus: 'FAILED' });
    expect(recipientFilter('downloaded')).toEqual({ downloaded: true });
    expect(recipientFilter('replied')).toEqual({ replied: true });
    expect(recipientFilter('acknowledged')).toEqual({ acknowledged: true });
    expect(recipientFilter('unacknowledged')).toEqual({ acknowledged: false });
  });

  it('offer the confirmations of receipt only for a send that asked for them', () => {
    expect(filtersFor('NOTIFICATION')).not.toContain('acknowledged');
    expect(filtersFor('NOTIFICATION', true)).toEqual(
      expect.arrayContaining(['acknowledged', 'unacknowledged']),
    );
    expect(filtersFor('EMAIL', true)).toContain('failed');
    expect(csvPath('b-1', 'unacknowledged', 'pl')).toBe(
      '/broadcasts/b-1/recipients.csv?acknowledged=false&lang=pl',
    );
  });

  it('offer "email failed" for emails only', () => {
    expect(filtersFor('NOTIFICATION')).not.toContain('failed');
    expect(filtersFor('EMAIL')).toContain('failed');
  });

  it('read from the address fall back to all for anything unknown', () => {
    expect(parseReportFilter('unread')).toBe('unread');
    expect(parseReportFilter('constructor')).toBe('all');
    expect(parseReportFilter(null)).toBe('all');
  });

  it('export the same rows as CSV in the viewer’s language', () => {
    expect(csvPath('b-1', 'unread', 'pl')).toBe(
      '/broadcasts/b-1/recipients.csv?read=false&lang=pl',
    );
    expect(csvPath('b-1', 'failed', 'en')).toBe(
      '/broadcasts/b-1/recipients.csv?emailStatus=FAILED&lang=en',
    );
    expect(csvPath('a/../b', 'all', 'pl')).toBe('/broadcasts/a%2F..%2Fb/recipients.csv?lang=pl');
  });
});
