import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { type Client, CombinedError, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { I18nProvider } from '../../i18n';
import { PeopleSection } from './PeopleSection';

afterEach(cleanup);

const office = {
  __typename: 'Office',
  id: 'o1',
  staff: [
    {
      __typename: 'User',
      id: 'u1',
      name: 'Szef',
      email: 'szef@biuro.pl',
      role: 'OFFICE_HEAD',
      deactivatedAt: null,
    },
    {
      __typename: 'User',
      id: 'u4',
      name: 'Beata Zastępczyni',
      email: 'beata@biuro.pl',
      role: 'OFFICE_HEAD',
      deactivatedAt: null,
    },
    {
      __typename: 'User',
      id: 'u2',
      name: 'Anna Nowak',
      email: 'anna@biuro.pl',
      role: 'CARETAKER',
      deactivatedAt: null,
    },
    {
      __typename: 'User',
      id: 'u3',
      name: 'Jan Stary',
      email: 'jan@biuro.pl',
      role: 'CARETAKER',
      deactivatedAt: '2026-10-01T08:00:00Z',
    },
  ],
  invitations: [
    {
      __typename: 'Invitation',
      id: 'i1',
      email: 'ewa@biuro.pl',
      name: 'Ewa Nowa',
      role: 'OFFICE_HEAD',
      status: 'PENDING',
      expiresAt: '2026-12-01T08:00:00Z',
      invitedBy: { __typename: 'User', id: 'u1', name: 'Szef' },
      company: null,
    },
    {
      __typename: 'Invitation',
      id: 'i2',
      email: 'klient@firma.pl',
      name: 'Klient',
      role: 'CLIENT',
      status: 'PENDING',
      expiresAt: '2026-12-01T08:00:00Z',
      invitedBy: null,
      company: { __typename: 'Company', id: 'c1' },
    },
  ],
};

type Vars = { input?: Record<string, unknown>; id?: string };

const refused = (code: string, field?: string) => ({
  error: new CombinedError({
    graphQLErrors: [{ message: 'refused', extensions: { code, field } }],
  }),
});

function setup(answer: (vars: Vars) => unknown) {
  const executeQuery = vi.fn(() =>
    fromValue({ data: { me: { __typename: 'User', id: 'u1', office } } }),
  );
  const executeMutation = vi.fn((op: { variables: Vars }) => fromValue(answer(op.variables)));
  const client = { executeQuery, executeMutation } as unknown as Client;
  render(
    <I18nProvider initial="pl">
      <Provider value={client}>
        <PeopleSection viewerId="u1" />
      </Provider>
    </I18nProvider>,
  );
  const sent = () =>
    (executeMutation.mock.calls as unknown as Array<[{ variables: Vars }]>).map(
      ([op]) => op.variables,
    );
  return { sent };
}

async function submitInvite(email: string, name: string, role?: string) {
  fireEvent.click(screen.getByTestId('invite-staff'));
  fireEvent.change(screen.getByTestId('invite-staff-email'), { target: { value: email } });
  fireEvent.change(screen.getByTestId('invite-staff-name'), { target: { value: name } });
  if (role) fireEvent.change(screen.getByTestId('invite-staff-role'), { target: { value: role } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('invite-staff-send'));
  });
}

describe('PeopleSection', () => {
  it('lists heads and caretakers with their state and only staff invitations', () => {
    setup(() => ({}));
    const rows = screen.getAllByTestId('staff-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/Szef.*Szef biura.*Aktywny/),
      expect.stringMatching(/Beata Zastępczyni.*Szef biura.*Aktywny/),
      expect.stringMatching(/Anna Nowak.*Opiekun.*Aktywny/),
      expect.stringContaining('Dezaktywowany'),
    ]);
    // Yourself and a deactivated person have no button; another head can be deactivated.
    expect(within(rows[0] as HTMLElement).queryByRole('button')).toBeNull();
    expect(
      within(rows[1] as HTMLElement)
        .getByRole('button')
        .getAttribute('aria-label'),
    ).toBe('Dezaktywuj: Beata Zastępczyni');
    expect(within(rows[3] as HTMLElement).queryByRole('button')).toBeNull();
    const invitations = screen.getAllByTestId('invitation-row');
    expect(invitations.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/Ewa Nowa.*Szef biura.*Oczekuje/),
    ]);
  });

  it('invites staff with the chosen role', async () => {
    const { sent } = setup(() => ({
      data: {
        inviteStaff: {
          __typename: 'Invitation',
          id: 'i9',
          email: 'piotr@biuro.pl',
          name: 'Piotr',
          role: 'OFFICE_HEAD',
          status: 'PENDING',
          expiresAt: '2026-12-01T08:00:00Z',
        },
      },
    }));
    await submitInvite(' piotr@biuro.pl ', 'Piotr', 'OFFICE_HEAD');
    expect(sent()).toEqual([
      { input: { email: 'piotr@biuro.pl', name: 'Piotr', role: 'OFFICE_HEAD' } },
    ]);
    expect(screen.getByTestId('invite-staff-sent').textContent).toContain('piotr@biuro.pl');
  });

  it('checks the form before sending', async () => {
    const { sent } = setup(() => ({}));
    await submitInvite('nie-email', '');
    expect(sent()).toEqual([]);
    const dialog = screen.getByTestId('invite-staff-dialog');
    expect(dialog.textContent).toContain('Podaj poprawny adres e-mail.');
    expect(dialog.textContent).toContain('Podaj imię i nazwisko.');
  });

  it('shows CONFLICT and BAD_USER_INPUT in Polish at their field', async () => {
    setup(() => refused('CONFLICT'));
    await submitInvite('anna@biuro.pl', 'Anna');
    const email = screen.getByTestId('invite-staff-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('invite-staff-dialog').textContent).toContain(
      'ma już konto albo otwarte zaproszenie',
    );
    expect(screen.getByTestId('invite-staff-dialog').textContent).not.toContain('refused');
    cleanup();
    setup(() => refused('BAD_USER_INPUT', 'name'));
    await submitInvite('x@biuro.pl', 'X');
    expect(screen.getByTestId('invite-staff-name').getAttribute('aria-invalid')).toBe('true');
  });

  it('resends and revokes an open invitation', async () => {
    const { sent } = setup((vars) => ({
      data: {
        resendInvitation: {
          __typename: 'Invitation',
          id: vars.id,
          status: 'PENDING',
          expiresAt: '2026-12-05T08:00:00Z',
        },
      },
    }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Wyślij ponownie: ewa@biuro.pl' }));
    });
    expect(sent()).toEqual([{ id: 'i1' }]);
    expect(screen.getByTestId('invitation-notice').textContent).toContain('ewa@biuro.pl');
  });

  it('says in Polish when an invitation can no longer be revoked', async () => {
    setup(() => refused('PRECONDITION_FAILED'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Wycofaj: ewa@biuro.pl' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('nie można już zmienić');
  });

  it('deactivates a person only after confirming, never the viewer', async () => {
    const { sent } = setup(() => ({
      data: {
        deactivateUser: { __typename: 'User', id: 'u2', deactivatedAt: '2026-11-28T10:00:00Z' },
      },
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Dezaktywuj: Anna Nowak' }));
    expect(sent()).toEqual([]);
    const dialog = screen.getByTestId('deactivate-dialog');
    expect(dialog.textContent).toContain('anna@biuro.pl');
    await act(async () => {
      fireEvent.click(within(dialog).getByTestId('deactivate-confirm'));
    });
    expect(sent()).toEqual([{ id: 'u2' }]);
    expect(screen.queryByTestId('deactivate-dialog')).toBeNull();
    expect(screen.getByTestId('people-notice').textContent).toContain('Anna Nowak');
    cleanup();
    render(
      <I18nProvider initial="pl">
        <Provider
          value={
            {
              executeQuery: () =>
                fromValue({ data: { me: { __typename: 'User', id: 'u2', office } } }),
            } as unknown as Client
          }
        >
          <PeopleSection viewerId="u2" />
        </Provider>
      </I18nProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Dezaktywuj: Anna Nowak' })).toBeNull();
  });
});
