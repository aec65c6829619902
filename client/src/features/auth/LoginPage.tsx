import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { type Translate, useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { loginFailure } from './login-error';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user { id role }
    }
  }
`);

const DemoAccounts = graphql(`
  query DemoAccounts {
    demoAccounts { password logins { email userRole office lastEmail } }
  }
`);

/** Safe targets only: a path of this site, never another origin. */
function nextPath(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** Who a demo login is, in words: its role, its office, and the series it starts. */
export function demoLoginWho(
  t: Translate,
  login: { email: string; userRole: Role; office?: string | null; lastEmail?: string | null },
): string {
  const role = t(`enum.Role.${login.userRole}`);
  if (!login.office) return role;
  if (login.lastEmail)
    return t('auth.demo.series', {
      role,
      office: login.office,
      first: login.email,
      last: login.lastEmail,
    });
  return t('auth.demo.who', { role, office: login.office });
}

export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const [{ fetching }, submit] = useMutation(LoginMutation);
  const [demo] = useQuery({ query: DemoAccounts });
  const accounts = demo.data?.demoAccounts;
  const next = nextPath(search);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const result = await submit({ email, password });
    const payload = result.data?.login;
    if (!payload) {
      setFailed(loginFailure(result.error?.graphQLErrors[0], t));
      return;
    }
    login(payload.token);
    navigate(next ?? (payload.user.role === 'CLIENT' ? '/messages' : '/companies'), {
      replace: true,
    });
  };

  return (
    <main className="login" id="main">
      <form className="card login-form" onSubmit={onSubmit} aria-labelledby="login-title">
        <h1 id="login-title">{t('auth.title')}</h1>
        {next && <p className="hint">{t('auth.continue')}</p>}
        <label>
          {t('auth.email')}
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('auth.password')}
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {failed && (
          <p role="alert" className="error">
            {failed}
          </p>
        )}
        <button type="submit" className="primary" disabled={fetching}>
          {fetching ? t('auth.submitting') : t('auth.submit')}
        </button>
        <p className="login-links">
          <Link to="/forgot-password">{t('account.forgot.link')}</Link>
          <Link to="/signup">{t('account.signup.link')}</Link>
        </p>
      </form>
      {accounts ? (
        <section className="card demo-logins" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('auth.demo', { password: accounts.password })}</h2>
          <ul>
            {accounts.logins.map((d) => (
              <li key={d.email}>
                <code>{d.email}</code>{' '}
                <span className="muted" data-testid="demo-login-who">
                  {demoLoginWho(t, d)}
                </span>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setEmail(d.email);
                    setPassword(accounts.password);
                  }}
                >
                  {t('auth.demo.use')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
