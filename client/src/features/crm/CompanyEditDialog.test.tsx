import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type Client, CombinedError, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { I18nProvider } from '../../i18n';
import { CompanyEditDialog, changedFields } from './CompanyEditDialog';
import { CompanyManage } from './CompanyManage';
import { InviteClientDialog } from './InviteClientDialog';

afterEach(cleanup);

const initial = {
  name: 'Alfa',
  nip: '5260250274',
  taxForm: 'TAX_BOOK' as const,
  vatPayer: false,
  email: 'alfa@example.com',
};

function mount(ui: React.ReactNode, answer: () => unknown) {
  const executeMutation = vi.fn(() => fromValue(answer()));
  const client = { executeMutation } as unknown as Client;
  render(
    <I18nProvider initial="pl">
      <Provider value={client}>{ui}</Provider>
    </I18nProvider>,
  );
  const sent = () =>
    (executeMutation.mock.calls as unknown as Array<[{ variables: unknown }]>).map(
      ([op]) => op.variables,
    );
  return { executeMutation, sent };
}

const refused = (code: string, field?: string) => ({
  error: new CombinedError({
    graphQLErrors: [{ message: 'refused', extensions: { code, field } }],
  }),
});

describe('changedFields', () => {
  it('keeps only what differs, trimmed', () => {
    expect(changedFields(initial, { ...initial, name: ' Beta ', vatPayer: true })).toEqual({
      name: 'Beta',
      vatPayer: true,
    });
    expect(changedFields(initial, { ...initial, email: 'alfa@example.com ' })).toEqual({});
  });
});

describe('CompanyEditDialog', () => {
  it('sends only the changed fields and closes', async () => {
    const onClose = vi.fn();
    const { sent } = mount(
      <CompanyEditDialog companyId="c1" initial={initial} onClose={onClose} />,
      () => ({ data: { updateCompany: { __typename: 'Company', id: 'c1', ...initial } } }),
    );
    const save = screen.getByTestId('company-edit-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Nazwa'), { target: { value: 'Alfa sp. z o.o.' } });
    fireEvent.change(screen.getByLabelText('Forma opodatkowania'), {
      target: { value: 'LUMP_SUM' },
    });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent()).toEqual([{ id: 'c1', input: { name: 'Alfa sp. z o.o.', taxForm: 'LUMP_SUM' } }]);
  });

  it('shows a taken NIP (CONFLICT) and a bad email under their fields', async () => {
    let answer = refused('CONFLICT');
    mount(<CompanyEditDialog companyId="c1" initial={initial} onClose={() => {}} />, () => answer);
    const nip = screen.getByLabelText('NIP');
    fireEvent.change(nip, { target: { value: '7740001454' } });
    fireEvent.click(screen.getByTestId('company-edit-save'));
    expect(await screen.findByText('Firma z tym NIP-em jest już w biurze.')).toBeTruthy();
    expect(nip.getAttribute('aria-invalid')).toBe('true');

    answer = refused('BAD_USER_INPUT', 'email');
    fireEvent.change(screen.getByLabelText('E-mail konta'), { target: { value: 'x@' } });
    fireEvent.click(screen.getByTestId('company-edit-save'));
    expect(await screen.findByText('Nieprawidłowy adres e-mail.')).toBeTruthy();
  });

  it('refuses an empty name without asking the server', () => {
    const { executeMutation } = mount(
      <CompanyEditDialog companyId="c1" initial={initial} onClose={() => {}} />,
      () => ({}),
    );
    fireEvent.change(screen.getByLabelText('Nazwa'), { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('company-edit-save'));
    expect(screen.getByText('Podaj nazwę firmy.')).toBeTruthy();
    expect(executeMutation).not.toHaveBeenCalled();
  });
});

describe('CompanyManage', () => {
  it('archives after confirmation', async () => {
    const { sent } = mount(
      <CompanyManage companyId="c1" fields={initial} archived={false} />,
      () => ({ data: { archiveCompany: { __typename: 'Company', id: 'c1', archivedAt: 'x' } } }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Archiwizuj' }));
    expect(screen.getByText(/Firma Alfa zniknie z listy firm/)).toBeTruthy();
    expect(sent()).toEqual([]);
    fireEvent.click(screen.getByTestId('company-archive-confirm'));
    await waitFor(() => expect(screen.queryByTestId('company-archive-dialog')).toBeNull());
    expect(sent()).toEqual([{ id: 'c1' }]);
  });

  it('offers "Przywróć" for an archived company', () => {
    mount(<CompanyManage companyId="c1" fields={initial} archived />, () => ({}));
    expect(screen.getByRole('button', { name: 'Przywróć' })).toBeTruthy();
  });
});

describe('InviteClientDialog', () => {
  it('validates, then sends the email and name for the company', async () => {
    const onInvited = vi.fn();
    const { sent, executeMutation } = mount(
      <InviteClientDialog companyId="c1" onClose={() => {}} onInvited={onInvited} />,
      () => ({
        data: {
          inviteClient: {
            __typename: 'Invitation',
            id: 'i1',
            email: 'jan@example.com',
            name: 'Jan',
            expiresAt: '2026-12-01T00:00:00Z',
          },
        },
      }),
    );
    fireEvent.click(screen.getByTestId('invite-client-send'));
    expect(screen.getByText('Podaj prawidłowy adres e-mail.')).toBeTruthy();
    expect(screen.getByText('Podaj imię i nazwisko.')).toBeTruthy();
    expect(executeMutation).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: ' jan@example.com' } });
    fireEvent.change(screen.getByLabelText('Imię i nazwisko'), { target: { value: 'Jan' } });
    fireEvent.click(screen.getByTestId('invite-client-send'));
    expect(await screen.findByText('Zaproszenie wysłane na adres jan@example.com.')).toBeTruthy();
    expect(sent()).toEqual([{ input: { companyId: 'c1', email: 'jan@example.com', name: 'Jan' } }]);
    expect(onInvited).toHaveBeenCalledTimes(1);
  });

  it('shows CONFLICT under the email', async () => {
    mount(<InviteClientDialog companyId="c1" onClose={() => {}} />, () => refused('CONFLICT'));
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'jan@example.com' } });
    fireEvent.change(screen.getByLabelText('Imię i nazwisko'), { target: { value: 'Jan' } });
    fireEvent.click(screen.getByTestId('invite-client-send'));
    expect(await screen.findByText('Ten adres ma już otwarte zaproszenie.')).toBeTruthy();
  });
});
