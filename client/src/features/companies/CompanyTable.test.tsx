import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { CompanyRow_CompanyFragment } from '../../gql/graphql';
import { I18nProvider } from '../../i18n';
import { CompanyRow_company } from './CompanyRow';
import { CompanyTable } from './CompanyTable';
import { type View, viewColumns, viewFields, views } from './views';

afterEach(cleanup);

const base: CompanyRow_CompanyFragment = {
  id: 'c1',
  name: 'Piekarnia Złoty Kłos sp. z o.o.',
  nip: '5260250274',
  email: 'biuro@piekarnia.test',
  taxForm: 'FULL_ACCOUNTING',
  vatPayer: true,
  unreadFromClientCount: 2,
  caretaker: null,
  lastMessage: {
    id: 'm1',
    createdAt: '2026-11-20T09:30:00.000Z',
    kind: 'QUESTION',
    direction: 'CLIENT_TO_OFFICE',
  },
  lastPrintoutEmail: {
    id: 'm2',
    delivery: { id: 'd1', sentAt: '2026-11-05T10:00:00.000Z' },
    attachments: [
      { id: 'f1', printout: 'LEDGER', period: '2026-10' },
      { id: 'f2', printout: null, period: null },
    ],
  },
  users: [
    { id: 'u1', name: 'Anna Kłos', email: 'anna@piekarnia.test' },
    { id: 'u2', name: 'Jan Kłos', email: 'jan@piekarnia.test' },
  ],
  latestDeclaration: {
    id: 'd1',
    type: 'JPK_V7M',
    period: '2026-10',
    status: 'FILED',
    filedAt: '2026-11-24T08:00:00.000Z',
    upo: null,
  },
};

function show(view: View, company: Partial<CompanyRow_CompanyFragment> = {}) {
  const row = makeFragmentData({ ...base, ...company }, CompanyRow_company);
  render(
    <I18nProvider initial="pl">
      <CompanyTable
        view={view}
        rows={[{ id: 'c1', ...row }]}
        busy={false}
        selectedIds={new Set()}
        pageState="none"
        onToggle={() => {}}
        onTogglePage={() => {}}
      />
    </I18nProvider>,
  );
  const cell = (column: string) =>
    screen.getByTestId('company-row').querySelector(`td[data-column="${column}"]`)?.textContent;
  return { cell };
}

describe('company table', () => {
  it('gives every view columns of its own and fetches each view’s fields with that view only', () => {
    const sets = views.map((view) => viewColumns[view].join('|'));
    expect(new Set(sets).size).toBe(views.length);
    for (const view of views) {
      const fields = viewFields(view);
      expect(Object.values(fields).filter(Boolean)).toHaveLength(1);
    }
    expect(viewColumns.companies).toEqual(['nip', 'caretaker', 'unread', 'lastMessageAt']);
  });

  it('shows unread from client as a link to the thread, and the last message’s date', () => {
    const { cell } = show('companies');
    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      '',
      'Nazwa',
      'NIP',
      'Opiekun',
      'Nieprzeczytane od klienta',
      'Ostatnia wiadomość',
    ]);
    const unread = screen.getByTestId('company-unread');
    expect(unread.getAttribute('href')).toBe('/inbox/c1');
    expect(unread.textContent).toBe('2');
    expect(cell('lastMessageAt')).toMatch(/^20\.11\.2026.*Pytanie klienta$/);
    expect(cell('nip')).toBe('526-025-02-74');
    expect(cell('caretaker')).toBe('Bez opiekuna');
  });

  it('shows the printouts last delivered, and says when none were', () => {
    expect(show('accounting').cell('lastPrintout')).toMatch(
      /^0?5\.11\.2026.*Księga handlowa 10\.2026$/,
    );
    cleanup();
    expect(
      show('accounting', {
        lastPrintoutEmail: { ...base.lastPrintoutEmail!, delivery: null },
      }).cell('lastPrintout'),
    ).toBe('Nie wysłano wydruków');
  });

  it('names the contact people and their email', () => {
    const { cell } = show('hr');
    expect(cell('contact')).toBe('Anna Kłos (+1)');
    expect(cell('contactEmail')).toBe('anna@piekarnia.test');
    cleanup();
    const none = show('hr', { users: [] });
    expect(none.cell('contact')).toBe('Brak użytkowników');
    expect(none.cell('contactEmail')).toBe('biuro@piekarnia.test');
  });

  it('shows the latest declaration and where its UPO is', () => {
    const filed = show('taxes');
    expect(filed.cell('declaration')).toBe('JPK_V7M 10.2026');
    expect(screen.getByTestId('company-upo').dataset.status).toBe('FILED');
    expect(filed.cell('upo')).toBe('Złożona, czeka na UPO');
    cleanup();
    const received = show('taxes', {
      latestDeclaration: {
        ...base.latestDeclaration!,
        status: 'ACCEPTED',
        upo: { id: 'p1', receivedAt: '2026-11-24T08:30:00.000Z', referenceNumber: 'ABC' },
      },
    });
    expect(screen.getByTestId('company-upo').dataset.status).toBe('RECEIVED');
    expect(received.cell('upo')).toMatch(/^Odebrane 24\.11\.2026/);
    cleanup();
    expect(show('taxes', { latestDeclaration: null }).cell('declaration')).toBe('Brak deklaracji');
  });
});
