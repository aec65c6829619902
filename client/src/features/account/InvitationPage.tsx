import { type FormEvent, useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { loginPath, useSession } from '../../session';
import { Loading } from '../../ui/states';
import { accountProblem, fieldKey, formMessage, type Problem } from './account-error';
import { homeOf } from './ResetPasswordPage';
import { FormAlert, TextField } from './TextField';
import { apiLanguage } from './useAccountLanguage';

const InvitationQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) { officeName companyName email role expiresAt language }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation(
    $token: String!
    $name: String
    $password: String
    $language: Language
  ) {
    acceptInvitation(token: $token, name: $name, password: $password, language: $language) {
      token
      user { id role }
    }
  }
`);

function loginRequired(error: { graphQLErrors: { extensions?: Record<string, unknown> }[] }) {
  const reasons = error.graphQLErrors[0]?.extensions?.reasons;
  return Array.isArray(reasons) && reasons.includes('LOGIN_REQUIRED');
}

/**
 * An invitation link: who invites to what, then a new account (name and password) or, logged in,
 * the current account takes it. An email that already has an account is told to log in first and
 * comes back here after.
 */
export function InvitationPage() {
  const { t, lang, setLang } = useI18n();
  const { token: session, login } = useSession();
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token') ?? '';
  const [preview] = useQuery({ query: InvitationQuery, variables: { token }, pause: !token });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [mustLogin, setMustLogin] = useState(false);
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const invitation = preview.data?.invitation;
  // The page speaks the invitation's language until its reader picks another.
  const invitationLang = invitation?.language;
  useEffect(() => {
    if (invitationLang) setLang(invitationLang === 'EN' ? 'en' : 'pl');
  }, [invitationLang, setLang]);

  if (token && preview.fetching && !preview.data) return <Loading />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await accept(
      session
        ? { token }
        : { token, name: name.trim() || null, password, language: apiLanguage(lang) },
    );
    const payload = result.data?.acceptInvitation;
    if (!payload) {
      if (result.error && loginRequired(result.error)) setMustLogin(true);
      else setProblem(accountProblem(result.error, t));
      return;
    }
    login(payload.token);
    navigate(homeOf(payload.user.role), { replace: true });
  };

  return (
    <main className="login" id="main">
      <form className="card login-form" onSubmit={onSubmit} aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t('account.invitation.title')}</h1>
        {!invitation ? (
          <p role="alert" className="error">
            {t('account.invitation.invalid')}
          </p>
        ) : (
          <>
            <p data-testid="invitation-preview">
              {invitation.companyName
                ? t('account.invitation.client', {
                    office: invitation.officeName,
                    company: invitation.companyName,
                  })
                : t('account.invitation.staff', {
                    office: invitation.officeName,
                    role: t(`enum.Role.${invitation.role}`),
                  })}
            </p>
            <p className="hint">
              {t('account.invitation.for', {
                email: invitation.email,
                date: new Date(invitation.expiresAt).toLocaleString(lang),
              })}
            </p>
            {mustLogin ? (
              <p role="alert">
                {t('account.invitation.loginRequired')}{' '}
                <Link to={loginPath()}>{t('account.invitation.login')}</Link>
              </p>
            ) : session ? (
              <>
                <FormAlert message={formMessage(problem)} />
                <button type="submit" className="primary" disabled={fetching}>
                  {t('account.invitation.acceptHere')}
                </button>
              </>
            ) : (
              <>
                <TextField
                  id="invitation-name"
                  name="name"
                  label={t('account.name')}
                  autoComplete="name"
                  required={false}
                  value={name}
                  onChange={setName}
                  error={fieldKey(problem, 'name')}
                />
                <TextField
                  id="invitation-password"
                  name="password"
                  type="password"
                  label={t('account.password')}
                  hint={t('account.password.hint')}
                  autoComplete="new-password"
                  value={password}
                  onChange={setPassword}
                  error={fieldKey(problem, 'password')}
                />
                <FormAlert message={formMessage(problem)} />
                <button type="submit" className="primary" disabled={fetching}>
                  {fetching ? t('account.sending') : t('account.invitation.accept')}
                </button>
              </>
            )}
          </>
        )}
      </form>
    </main>
  );
}
