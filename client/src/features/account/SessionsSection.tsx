import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';

const MySessionsQuery = graphql(`
  query MySessions {
    mySessions { id createdAt lastUsedAt userAgent current }
  }
`);

const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

/** Your live sessions, most recently used first; any but this one can be logged out. */
export function SessionsSection({ version }: { version: number }) {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: MySessionsQuery });
  // A password change ends the other sessions: `version` changing reads the list anew.
  useEffect(() => {
    if (version) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const [revoking, revoke] = useMutation(RevokeSessionMutation);
  const when = (iso: string) => new Date(iso).toLocaleString(lang);

  let body = null;
  if (result.error && !result.data) body = <ErrorState error={result.error} />;
  else if (!result.data) body = <Loading />;
  else
    body = (
      <section
        className="table-wrap"
        aria-labelledby="sessions-title"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the table scrolls sideways; keyboards scroll what has focus
        tabIndex={0}
      >
        <table data-testid="sessions">
          <thead>
            <tr>
              <th scope="col">{t('account.sessions.device')}</th>
              <th scope="col">{t('account.sessions.created')}</th>
              <th scope="col">{t('account.sessions.lastUsed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('account.sessions.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.data.mySessions.map((session) => {
              const device = session.userAgent || t('account.sessions.unknown');
              return (
                <tr key={session.id} data-current={session.current}>
                  <td>{device}</td>
                  <td>{when(session.createdAt)}</td>
                  <td>{when(session.lastUsedAt)}</td>
                  <td>
                    {session.current ? (
                      <strong>{t('account.sessions.current')}</strong>
                    ) : (
                      <button
                        type="button"
                        disabled={revoking.fetching}
                        aria-label={t('account.sessions.revokeLabel', { device })}
                        onClick={async () => {
                          const done = await revoke({ id: session.id });
                          if (done.data?.revokeSession)
                            reexecute({ requestPolicy: 'network-only' });
                        }}
                      >
                        {t('account.sessions.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    );
  return (
    <section className="card settings-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions.title')}</h2>
      {body}
    </section>
  );
}
