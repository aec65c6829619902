import { useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { mutationError } from '../crm/mutationError';

export const InvitationList_invitation = graphql(`
  fragment InvitationList_invitation on Invitation {
    id
    email
    name
    role
    status
    expiresAt
    invitedBy { id name }
    company { id }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) { id status expiresAt }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) { id status }
  }
`);

/** The office's staff invitations, newest first, with "Wyślij ponownie" and "Wycofaj" while open. */
export function InvitationList({
  invitations: refs,
  onChanged,
}: {
  invitations: FragmentType<typeof InvitationList_invitation>[];
  onChanged(): void;
}) {
  const { t, formatDateTime } = useI18n();
  const invitations = useFragment(InvitationList_invitation, refs).filter((i) => !i.company);
  const [resendState, resend] = useMutation(ResendInvitationMutation);
  const [revokeState, revoke] = useMutation(RevokeInvitationMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const busy = resendState.fetching || revokeState.fetching;
  const error = resendState.error ?? revokeState.error;

  const act = async (kind: 'resend' | 'revoke', id: string, email: string) => {
    setNotice(null);
    const result = kind === 'resend' ? await resend({ id }) : await revoke({ id });
    if (result.data) {
      setNotice(
        t(kind === 'resend' ? 'people.invitation.resent' : 'people.invitation.revoked', { email }),
      );
      onChanged();
    }
  };

  return (
    <>
      <h3>{t('people.invitations')}</h3>
      {notice && (
        <p role="status" className="ok" data-testid="invitation-notice">
          {notice}
        </p>
      )}
      {error &&
        (mutationError(error).code === 'PRECONDITION_FAILED' ? (
          <p role="alert" className="error">
            {t('people.error.precondition')}
          </p>
        ) : (
          <ErrorState error={error} />
        ))}
      {invitations.length === 0 ? (
        <p className="hint">{t('people.invitations.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="invitations">
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.role')}</th>
                <th scope="col">{t('people.status')}</th>
                <th scope="col">{t('people.invitation.expires')}</th>
                <th scope="col">{t('people.invitation.invitedBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('people.status')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => {
                const open = inv.status === 'PENDING' || inv.status === 'EXPIRED';
                return (
                  <tr key={inv.id} data-testid="invitation-row" data-status={inv.status}>
                    <td>{inv.name}</td>
                    <td>{inv.email}</td>
                    <td>{t(`enum.Role.${inv.role}`)}</td>
                    <td>
                      <span className="status-chip">
                        {t(`enum.InvitationStatus.${inv.status}`)}
                      </span>
                    </td>
                    <td>{formatDateTime(inv.expiresAt)}</td>
                    <td>{inv.invitedBy?.name ?? '—'}</td>
                    <td className="row-actions">
                      {open && (
                        <>
                          <button
                            type="button"
                            disabled={busy}
                            aria-label={`${t('people.invitation.resend')}: ${inv.email}`}
                            onClick={() => void act('resend', inv.id, inv.email)}
                          >
                            {t('people.invitation.resend')}
                          </button>
                          <button
                            type="button"
                            disabled={busy}
                            aria-label={`${t('people.invitation.revoke')}: ${inv.email}`}
                            onClick={() => void act('revoke', inv.id, inv.email)}
                          >
                            {t('people.invitation.revoke')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
