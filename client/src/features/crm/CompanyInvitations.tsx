import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';

const PendingInvitationsQuery = graphql(`
  query PendingClientInvitations {
    me {
      id
      office {
        id
        invitations(status: PENDING) { id email name expiresAt company { id } }
      }
    }
  }
`);

/** The company's client invitations still waiting to be accepted. */
export function CompanyInvitations({
  companyId,
  invitedCount,
}: {
  companyId: string;
  /** Invitations sent from this page: each one asks the server again. */
  invitedCount: number;
}) {
  const { t, lang } = useI18n();
  const [result, refetch] = useQuery({ query: PendingInvitationsQuery });
  useEffect(() => {
    if (invitedCount > 0) refetch({ requestPolicy: 'network-only' });
  }, [invitedCount, refetch]);
  const pending = (result.data?.me?.office?.invitations ?? []).filter(
    (invitation) => invitation.company?.id === companyId,
  );
  if (pending.length === 0) return null;
  return (
    <section className="crm-invitations" aria-labelledby="crm-invitations-title">
      <h2 id="crm-invitations-title">{t('crm.invitations')}</h2>
      <ul data-testid="company-invitations">
        {pending.map((invitation) => (
          <li key={invitation.id}>
            {invitation.name} &lt;{invitation.email}&gt;{' '}
            <span className="muted">
              {t('crm.invitations.expires', {
                date: new Date(invitation.expiresAt).toLocaleDateString(lang),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
