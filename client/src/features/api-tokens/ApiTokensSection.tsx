import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { ModalDialog } from '../notify/ModalDialog';
import { CreateApiTokenDialog } from './CreateApiTokenDialog';

const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens { id name scopes hint createdAt lastUsedAt expiresAt revokedAt }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { id revokedAt }
  }
`);

/** Settings › "Tokeny API": the office's tokens (never their secrets), create and revoke. */
export function ApiTokensSection() {
  const { t, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({ query: ApiTokensQuery });
  const [revokeState, revoke] = useMutation(RevokeApiTokenMutation);
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const tokens = result.data?.apiTokens;

  const onRevoke = async () => {
    if (!confirming) return;
    const res = await revoke({ id: confirming.id });
    if (res.data) {
      setNotice(t('apiTokens.revoked', { name: confirming.name }));
      setConfirming(null);
    }
  };

  return (
    <section
      className="card settings-section"
      aria-labelledby="api-tokens-title"
      data-testid="api-tokens"
    >
      <h2 id="api-tokens-title">{t('apiTokens.title')}</h2>
      <p className="hint">{t('apiTokens.intro')}</p>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="api-token-new"
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          {t('apiTokens.create')}
        </button>
      </div>
      {notice && (
        <p role="status" className="ok" data-testid="api-tokens-notice">
          {notice}
        </p>
      )}
      {result.error && !result.data ? (
        <ErrorState error={result.error} onRetry={refresh} />
      ) : !tokens ? (
        <Loading />
      ) : tokens.length === 0 ? (
        <p className="hint">{t('apiTokens.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="api-token-table">
            <thead>
              <tr>
                <th scope="col">{t('apiTokens.name')}</th>
                <th scope="col">{t('apiTokens.scopes')}</th>
                <th scope="col">{t('apiTokens.hint')}</th>
                <th scope="col">{t('apiTokens.created')}</th>
                <th scope="col">{t('apiTokens.lastUsed')}</th>
                <th scope="col">{t('apiTokens.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('apiTokens.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr
                  key={token.id}
                  data-testid="api-token-row"
                  data-revoked={token.revokedAt ? 'true' : undefined}
                >
                  <td>{token.name}</td>
                  <td>{token.scopes.map((s) => t(`enum.ApiScope.${s}`)).join(', ')}</td>
                  <td>
                    <code>{token.hint}</code>
                  </td>
                  <td>{formatDateTime(token.createdAt)}</td>
                  <td>
                    {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('apiTokens.notUsed')}
                  </td>
                  <td>
                    {token.expiresAt ? formatDateTime(token.expiresAt) : t('apiTokens.never')}
                  </td>
                  <td className="row-actions">
                    {token.revokedAt ? (
                      t('apiTokens.revokedAt', { date: formatDateTime(token.revokedAt) })
                    ) : (
                      <button
                        type="button"
                        className="danger"
                        aria-label={`${t('apiTokens.revoke')}: ${token.name}`}
                        onClick={() => setConfirming({ id: token.id, name: token.name })}
                      >
                        {t('apiTokens.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {creating && <CreateApiTokenDialog onClose={() => setCreating(false)} onCreated={refresh} />}
      {confirming && (
        <ModalDialog
          title={t('apiTokens.revoke.title')}
          testId="revoke-api-token"
          onClose={() => setConfirming(null)}
        >
          <p>{t('apiTokens.revoke.confirm', { name: confirming.name })}</p>
          {revokeState.error && <ErrorState error={revokeState.error} />}
          <div className="dialog-actions">
            <button type="button" data-autofocus onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="danger"
              data-testid="revoke-api-token-confirm"
              disabled={revokeState.fetching}
              onClick={() => void onRevoke()}
            >
              {t('apiTokens.revoke')}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
