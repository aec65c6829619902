import { cleanup, render, screen } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { afterEach, expect, it, vi } from 'vitest';
import { fromValue } from 'wonka';
import { I18nProvider } from '../../i18n';
import { CompanyInvitations } from './CompanyInvitations';

afterEach(cleanup);

const invitation = (id: string, companyId: string | null) => ({
  __typename: 'Invitation',
  id,
  email: `${id}@example.com`,
  name: `Osoba ${id}`,
  expiresAt: '2026-12-01T12:00:00Z',
  company: companyId ? { __typename: 'Company', id: companyId } : null,
});

it("lists only this company's pending invitations, asking for PENDING ones", () => {
  const executeQuery = vi.fn(() =>
    fromValue({
      data: {
        me: {
          __typename: 'User',
          id: 'h1',
          office: {
            __typename: 'Office',
            id: 'o1',
            invitations: [invitation('a', 'c1'), invitation('b', 'c2'), invitation('s', null)],
          },
        },
      },
    }),
  );
  render(
    <I18nProvider initial="pl">
      <Provider value={{ executeQuery } as unknown as Client}>
        <CompanyInvitations companyId="c1" invitedCount={0} />
      </Provider>
    </I18nProvider>,
  );
  const items = screen.getByTestId('company-invitations').querySelectorAll('li');
  expect([...items].map((li) => li.textContent)).toEqual([
    `Osoba a <a@example.com> ważne do ${new Date('2026-12-01T12:00:00Z').toLocaleDateString('pl')}`,
  ]);
  expect(screen.getByRole('heading', { name: 'Oczekujące zaproszenia klientów' })).toBeTruthy();
});
