import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { I18nProvider } from '../../i18n';
import { RecipientRow, RecipientRow_recipient } from './RecipientRow';

afterEach(cleanup);

const base = {
  company: { id: 'c-1', name: 'Piekarnia Nowak', nip: '5260001246' },
  read: false,
  reads: [],
  emailStatus: null,
  emailError: null,
  attachmentCount: 0,
  downloads: [],
  repliedAt: null,
};

function renderRow(recipient: Record<string, unknown>) {
  const data = makeFragmentData({ ...base, ...recipient } as never, RecipientRow_recipient);
  render(
    <I18nProvider initial="pl">
      <table>
        <tbody>
          <RecipientRow recipient={data} />
        </tbody>
      </table>
    </I18nProvider>,
  );
  return screen.getByTestId('recipient-row');
}

describe('RecipientRow', () => {
  it('shows an unread company with nothing to download and no reply', () => {
    const row = renderRow({});
    expect(row.dataset.read).toBe('false');
    expect(row.textContent).toContain('nie przeczytano');
    expect(row.textContent).toContain('brak załączników');
  });

  it('names who read it, which file they downloaded, the failed email’s reason and the reply', () => {
    const readAt = '2026-11-28T10:15:00.000Z';
    const row = renderRow({
      read: true,
      reads: [{ readAt, user: { id: 'u-1', name: 'Anna Nowak' } }],
      emailStatus: 'FAILED',
      emailError: 'The SMTP server refused the email (550).',
      attachmentCount: 2,
      downloads: [
        {
          downloadedAt: readAt,
          file: { id: 'f-1', filename: 'KPiR-2026-10.pdf' },
          user: { id: 'u-1', name: 'Anna Nowak' },
        },
      ],
      repliedAt: readAt,
    });
    const when = new Intl.DateTimeFormat('pl-PL', {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(readAt));
    expect(screen.getByTestId('recipient-read').textContent).toBe(`Anna Nowak, ${when}`);
    expect(row.textContent).toContain('błąd');
    expect(row.textContent).toContain('The SMTP server refused the email (550).');
    expect(row.textContent).toContain(`KPiR-2026-10.pdf: Anna Nowak, ${when}`);
    expect(row.textContent).toContain(`napisał(a) ${when}`);
  });

  it('says nothing was downloaded when there were attachments', () => {
    expect(renderRow({ attachmentCount: 2 }).textContent).toContain('nie pobrano (2)');
  });
});
