import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { NewMessagesAlert } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link, useLocation } from '../../router';
import { ErrorState, Loading } from '../../ui/states';

const PreferencesLinkQuery = graphql(`
  query AlertsPreferencesLink($token: String!) {
    notificationPreferencesLink(token: $token) { email newMessages }
  }
`);

const ChooseByLinkMutation = graphql(`
  mutation AlertsChooseByLink($token: String!, $newMessages: NewMessagesAlert!) {
    updateNotificationPreferencesByLink(token: $token, input: { newMessages: $newMessages }) {
      email
      newMessages
    }
  }
`);

/** What the page offers: fewer emails, or none (the account page has every choice). */
const offered: NewMessagesAlert[] = ['DAILY_DIGEST', 'NEVER'];

/**
 * The page of the link in every alert email (`/alerts/preferences?token=…`): no login needed.
 * Opening it changes nothing (mail scanners open links); a button does.
 */
export function AlertPreferencesPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token') ?? '';
  const [preview] = useQuery({
    query: PreferencesLinkQuery,
    variables: { token },
    pause: !token,
    requestPolicy: 'network-only',
  });
  const [chosen, choose] = useMutation(ChooseByLinkMutation);
  const link = preview.data?.notificationPreferencesLink;
  const current = chosen.data?.updateNotificationPreferencesByLink.newMessages ?? link?.newMessages;

  let body = null;
  if (token && preview.fetching && !preview.data) body = <Loading />;
  else if (preview.error && !preview.data) body = <ErrorState error={preview.error} />;
  else if (!link || !current)
    body = (
      <>
        <p role="alert" className="error">
          {t('alerts.link.invalid')}
        </p>
        <Link to="/login">{t('alerts.link.login')}</Link>
      </>
    );
  else
    body = (
      <>
        <p data-testid="alerts-link-for">
          {t('alerts.link.for', { email: link.email, choice: t(`alerts.choice.${current}`) })}
        </p>
        <p>{t('alerts.link.ask')}</p>
        <div className="actions">
          {offered.map((choice) => (
            <button
              key={choice}
              type="button"
              className={choice === 'NEVER' ? 'secondary' : 'primary'}
              aria-pressed={current === choice}
              disabled={chosen.fetching}
              onClick={() => choose({ token, newMessages: choice })}
            >
              {t(`enum.NewMessagesAlert.${choice}`)}
            </button>
          ))}
        </div>
        {chosen.error ? <ErrorState error={chosen.error} /> : null}
        <p role="status">
          {chosen.data ? t('alerts.link.done', { choice: t(`alerts.choice.${current}`) }) : ''}
        </p>
      </>
    );

  return (
    <main className="login" id="main">
      <section className="card login-form" aria-labelledby="alerts-link-title">
        <h1 id="alerts-link-title">{t('alerts.link.title')}</h1>
        {body}
      </section>
    </main>
  );
}
