import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InvitationPage } from './InvitationPage';
import { refusal, renderPage } from './test-utils';

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const preview = {
  data: {
    invitation: {
      officeName: 'Biuro Kowalscy',
      companyName: 'Piekarnia Bułka',
      email: 'jan@bulka.pl',
      role: 'CLIENT',
      expiresAt: '2026-12-01T10:00:00Z',
      language: 'PL',
    },
  },
};
const accepted = {
  data: { acceptInvitation: { token: 'tok-3', user: { id: 'u3', role: 'CLIENT' } } },
};

describe('InvitationPage', () => {
  it('shows who invites to what and creates the account with name and password', async () => {
    window.history.replaceState(null, '', '/invitation?token=inv-1');
    const { sent, executeQuery } = renderPage(<InvitationPage />, {
      query: preview,
      mutation: [accepted],
    });
    expect(screen.getByTestId('invitation-preview').textContent).toBe(
      'Biuro Kowalscy zaprasza Cię do firmy Piekarnia Bułka.',
    );
    expect(
      (executeQuery.mock.calls as unknown as Array<[{ variables: unknown }]>)[0]![0].variables,
    ).toEqual({ token: 'inv-1' });
    fireEvent.change(screen.getByLabelText('Imię i nazwisko'), {
      target: { value: ' Jan Nowak ' },
    });
    fireEvent.change(screen.getByLabelText('Hasło'), { target: { value: 'haslo do bulki 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Przyjmij zaproszenie' }));
    await waitFor(() => expect(window.location.pathname).toBe('/messages'));
    expect(sent()).toEqual([
      { token: 'inv-1', name: 'Jan Nowak', password: 'haslo do bulki 1', language: 'PL' },
    ]);
    expect(localStorage.getItem('ledgerpost.token')).toBe('tok-3');
  });

  it("speaks the invitation's language, and the account takes the one its reader ends on", async () => {
    window.history.replaceState(null, '', '/invitation?token=inv-en');
    const english = { data: { invitation: { ...preview.data.invitation, language: 'EN' } } };
    const { sent } = renderPage(<InvitationPage />, { query: english, mutation: [accepted] });
    expect(await screen.findByTestId('invitation-preview')).toHaveProperty(
      'textContent',
      'Biuro Kowalscy invites you to the company Piekarnia Bułka.',
    );
    fireEvent.change(screen.getByLabelText('Full name'), { target: { value: 'Jan' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'haslo do bulki 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({ token: 'inv-en', language: 'EN' });
  });

  it('says "link nieważny" for an unusable link, with no form', () => {
    window.history.replaceState(null, '', '/invitation?token=stale');
    renderPage(<InvitationPage />, { query: { data: { invitation: null } } });
    expect(screen.getByRole('alert').textContent).toMatch(/^Link nieważny/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('sends an existing account to log in first, then back to the link', async () => {
    window.history.replaceState(null, '', '/invitation?token=inv-1');
    renderPage(<InvitationPage />, {
      query: preview,
      mutation: [
        refusal('An account with jan@bulka.pl already exists.', {
          code: 'UNAUTHENTICATED',
          reasons: ['LOGIN_REQUIRED'],
        }),
      ],
    });
    fireEvent.change(screen.getByLabelText('Hasło'), { target: { value: 'haslo do bulki 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Przyjmij zaproszenie' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Masz już konto/);
    expect(screen.getByRole('link', { name: 'Zaloguj się' }).getAttribute('href')).toBe(
      `/login?next=${encodeURIComponent('/invitation?token=inv-1')}`,
    );
  });

  it('logged in: accepts for the current account without a password', async () => {
    localStorage.setItem('ledgerpost.token', 'tok-old');
    window.history.replaceState(null, '', '/invitation?token=inv-1');
    const { sent } = renderPage(<InvitationPage />, { query: preview, mutation: [accepted] });
    expect(screen.queryByLabelText('Hasło')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Przyjmij na obecnym koncie' }));
    await waitFor(() => expect(localStorage.getItem('ledgerpost.token')).toBe('tok-3'));
    expect(sent()).toEqual([{ token: 'inv-1' }]);
  });

  it('shows a weak password on its field', async () => {
    window.history.replaceState(null, '', '/invitation?token=inv-1');
    renderPage(<InvitationPage />, {
      query: preview,
      mutation: [
        refusal('The password must not contain your email address.', {
          code: 'BAD_USER_INPUT',
          field: 'password',
          reasons: ['PASSWORD_CONTAINS_EMAIL'],
        }),
      ],
    });
    fireEvent.change(screen.getByLabelText('Hasło'), { target: { value: 'jan@bulka.pl1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Przyjmij zaproszenie' }));
    await waitFor(() =>
      expect(document.getElementById('invitation-password-error')?.textContent).toBe(
        'Hasło nie może zawierać adresu e-mail.',
      ),
    );
  });

  it.each([
    ['ACCOUNT_EXISTS', /^Ten adres e-mail ma już konto, które nie może przyjąć/],
    ['OTHER_ACCOUNT', /^To zaproszenie jest dla innego adresu e-mail/],
  ])("explains the refusal %s in Polish, not in the server's words", async (reason, text) => {
    localStorage.setItem('ledgerpost.token', 'tok-old');
    window.history.replaceState(null, '', '/invitation?token=inv-1');
    renderPage(<InvitationPage />, {
      query: preview,
      mutation: [
        refusal('This invitation cannot be accepted here.', {
          code: 'PRECONDITION_FAILED',
          reasons: [reason],
        }),
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Przyjmij na obecnym koncie' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(text);
    expect(alert.textContent).not.toMatch(/invitation/);
  });
});
