import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { I18nProvider } from '../../i18n';
import { SessionProvider } from '../../session';
import { AssignCaretakerDialog } from './AssignCaretakerDialog';
import { CompanyImportDialog } from './CompanyImportDialog';

/** A stand-in XMLHttpRequest that stores every upload as "u1" at once. */
class FakeXhr {
  upload = { onprogress: null };
  status = 0;
  responseText = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open() {}
  setRequestHeader() {}
  abort() {}
  send() {
    this.status = 201;
    this.responseText = JSON.stringify({
      id: 'u1',
      filename: 'firmy.csv',
      size: 10,
      contentType: 'text/csv',
    });
    queueMicrotask(() => this.onload?.());
  }
}

beforeEach(() => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  localStorage.setItem('ledgerpost.token', 'secret-token');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

function mount(ui: React.ReactNode, mutation: (variables: never) => unknown, query?: unknown) {
  const executeMutation = vi.fn((op: { variables: never }) => fromValue(mutation(op.variables)));
  const executeQuery = vi.fn(() => fromValue(query ?? { data: undefined }));
  const client = { executeMutation, executeQuery } as unknown as Client;
  render(
    <I18nProvider initial="pl">
      <SessionProvider>
        <Provider value={client}>{ui}</Provider>
      </SessionProvider>
    </I18nProvider>,
  );
  const sent = () =>
    (executeMutation.mock.calls as unknown as Array<[{ variables: unknown }]>).map(
      ([op]) => op.variables,
    );
  return { sent };
}

const rows = [
  { line: 2, status: 'CREATED', column: null, error: null, nip: '5260250274', name: 'Alfa' },
  { line: 3, status: 'UPDATED', column: null, error: null, nip: '7740001454', name: 'Beta' },
  { line: 4, status: 'UNCHANGED', column: null, error: null, nip: '1234563218', name: 'Gamma' },
  {
    line: 5,
    status: 'ERROR',
    column: 'NIP',
    error: 'Nieprawidłowy NIP',
    nip: '123',
    name: 'Delta',
  },
];

const answer = (vars: { dryRun: boolean; skipInvalid: boolean }) => ({
  data: {
    importCompanies: {
      __typename: 'CompanyImportResult',
      applied: !vars.dryRun && vars.skipInvalid,
      created: 1,
      updated: 1,
      unchanged: 1,
      failed: 1,
      rows: rows.map((row) => ({ __typename: 'CompanyImportRow', ...row })),
    },
  },
});

describe('CompanyImportDialog', () => {
  it('uploads, previews each row, then imports skipping invalid rows', async () => {
    const onImported = vi.fn();
    const { sent } = mount(
      <CompanyImportDialog onClose={() => {}} onImported={onImported} />,
      answer as never,
    );
    fireEvent.change(screen.getByLabelText('Plik CSV'), {
      target: { files: [new File(['a'], 'firmy.csv', { type: 'text/csv' })] },
    });
    const table = await screen.findByTestId('import-rows');
    expect(sent()).toEqual([{ uploadId: 'u1', dryRun: true, skipInvalid: false }]);
    const statuses = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[1]?.textContent);
    expect(statuses).toEqual(['Nowa firma', 'Zmieniona', 'Bez zmian', 'Błąd']);
    expect(within(table).getByText('NIP: Nieprawidłowy NIP')).toBeTruthy();
    expect(screen.getByTestId('import-totals').textContent).toBe(
      'Podgląd: nowe 1, zmienione 1, bez zmian 1, błędne 1.',
    );

    const submit = screen.getByTestId('import-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Pomiń błędne wiersze'));
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    await waitFor(() => expect(onImported).toHaveBeenCalled());
    expect(sent()[1]).toEqual({ uploadId: 'u1', dryRun: false, skipInvalid: true });
    expect(screen.getByTestId('import-totals').textContent).toMatch(/^Zaimportowano: nowe 1/);
  });
});

describe('AssignCaretakerDialog', () => {
  const caretakers = {
    data: {
      me: {
        __typename: 'User',
        id: 'h1',
        office: {
          __typename: 'Office',
          id: 'o1',
          staff: [
            {
              __typename: 'User',
              id: 'u7',
              name: 'Anna Nowak',
              role: 'CARETAKER',
              deactivatedAt: null,
            },
            {
              __typename: 'User',
              id: 'h1',
              name: 'Ewa Szef',
              role: 'OFFICE_HEAD',
              deactivatedAt: null,
            },
            {
              __typename: 'User',
              id: 'u8',
              name: 'Jan Stary',
              role: 'CARETAKER',
              deactivatedAt: '2026-10-01T08:00:00Z',
            },
          ],
        },
      },
    },
  };

  it('sends the ticked companies and the chosen caretaker, then says how many changed', async () => {
    const onAssigned = vi.fn();
    const { sent } = mount(
      <AssignCaretakerDialog
        companyIds={['c1', 'c2']}
        onClose={() => {}}
        onAssigned={onAssigned}
      />,
      () => ({ data: { assignCaretaker: 2 } }),
      caretakers,
    );
    fireEvent.change(screen.getByLabelText('Opiekun'), { target: { value: 'u7' } });
    fireEvent.click(screen.getByTestId('assign-submit'));
    expect((await screen.findByTestId('assign-result')).textContent).toBe(
      'Zmieniono opiekuna 2 firm.',
    );
    expect(sent()).toEqual([{ companyIds: ['c1', 'c2'], caretakerId: 'u7' }]);
    expect(onAssigned).toHaveBeenCalled();
  });

  it('"Bez opiekuna" sends null', async () => {
    const { sent } = mount(
      <AssignCaretakerDialog companyIds={['c1']} onClose={() => {}} onAssigned={() => {}} />,
      () => ({ data: { assignCaretaker: 1 } }),
      caretakers,
    );
    // Heads can look after companies too; a deactivated caretaker is not offered.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Bez opiekuna',
      'Anna Nowak',
      'Ewa Szef (szef biura)',
    ]);
    fireEvent.click(screen.getByTestId('assign-submit'));
    await screen.findByTestId('assign-result');
    expect(sent()).toEqual([{ companyIds: ['c1'], caretakerId: null }]);
  });
});
