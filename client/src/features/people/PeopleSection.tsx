import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { ModalDialog } from '../notify/ModalDialog';
import { InvitationList } from './InvitationList';
import { InviteStaffDialog } from './InviteStaffDialog';

const OfficePeopleQuery = graphql(`
  query OfficePeople {
    me {
      id
      office {
        id
        staff { id name email role deactivatedAt }
        invitations { id ...InvitationList_invitation }
      }
    }
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) { id deactivatedAt }
  }
`);

interface Person {
  id: string;
  name: string;
  email: string;
}

/** Settings › "Zespół": everyone in the office (heads and caretakers) and staff invitations. */
export function PeopleSection({ viewerId }: { viewerId: string }) {
  const { t, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({ query: OfficePeopleQuery });
  const [deactivateState, deactivate] = useMutation(DeactivateUserMutation);
  const [inviting, setInviting] = useState(false);
  const [confirming, setConfirming] = useState<Person | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const office = result.data?.me?.office;

  const onDeactivate = async () => {
    if (!confirming) return;
    const res = await deactivate({ id: confirming.id });
    if (res.data) {
      setNotice(t('people.deactivate.done', { name: confirming.name }));
      setConfirming(null);
      refresh();
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="people-title" data-testid="people">
      <h2 id="people-title">{t('people.title')}</h2>
      <p className="hint">{t('people.intro')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="invite-staff"
          onClick={() => setInviting(true)}
        >
          {t('people.invite')}
        </button>
      </div>
      {notice && (
        <p role="status" className="ok" data-testid="people-notice">
          {notice}
        </p>
      )}
      {result.error && !result.data ? (
        <ErrorState error={result.error} onRetry={refresh} />
      ) : !office ? (
        <Loading />
      ) : (
        <>
          <h3>{t('people.staff')}</h3>
          {office.staff.length === 0 ? (
            <p className="hint">{t('people.staff.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table data-testid="staff">
                <thead>
                  <tr>
                    <th scope="col">{t('people.name')}</th>
                    <th scope="col">{t('people.email')}</th>
                    <th scope="col">{t('people.role')}</th>
                    <th scope="col">{t('people.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('people.deactivate')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {office.staff.map((user) => (
                    <tr key={user.id} data-testid="staff-row" data-user={user.id}>
                      <td>{user.name}</td>
                      <td>{user.email}</td>
                      <td>{t(`enum.Role.${user.role}`)}</td>
                      <td>
                        {user.deactivatedAt
                          ? t('people.deactivated', { date: formatDateTime(user.deactivatedAt) })
                          : t('people.active')}
                      </td>
                      <td className="row-actions">
                        {!user.deactivatedAt && user.id !== viewerId && (
                          <button
                            type="button"
                            className="danger"
                            aria-label={`${t('people.deactivate')}: ${user.name}`}
                            onClick={() => setConfirming(user)}
                          >
                            {t('people.deactivate')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <InvitationList invitations={office.invitations} onChanged={refresh} />
        </>
      )}
      {inviting && <InviteStaffDialog onClose={() => setInviting(false)} onInvited={refresh} />}
      {confirming && (
        <ModalDialog
          title={t('people.deactivate.title')}
          testId="deactivate-dialog"
          onClose={() => setConfirming(null)}
        >
          <p>
            {t('people.deactivate.confirm', { name: confirming.name, email: confirming.email })}
          </p>
          {deactivateState.error && <ErrorState error={deactivateState.error} />}
          <div className="dialog-actions">
            <button type="button" data-autofocus onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="danger"
              data-testid="deactivate-confirm"
              disabled={deactivateState.fetching}
              onClick={() => void onDeactivate()}
            >
              {t('people.deactivate')}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
