import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { accountProblem, formMessage, type Problem } from './account-error';
import { NewPasswordFields, passwordsDiffer } from './NewPasswordFields';
import { FormAlert } from './TextField';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      token
      user { id role }
    }
  }
`);

/** The start page of a role that just logged in. */
export function homeOf(role: string): string {
  return role === 'CLIENT' ? '/messages' : role === 'PLATFORM_ADMIN' ? '/graphiql' : '/companies';
}

/** A new password from a reset link, typed twice; it logs in, ending every other session. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, submit] = useMutation(ResetPasswordMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) {
      setProblem(passwordsDiffer);
      return;
    }
    setProblem(null);
    const result = await submit({ token, password });
    const payload = result.data?.resetPassword;
    if (!payload) {
      const refusal = accountProblem(result.error, t);
      const onToken = result.error?.graphQLErrors[0]?.extensions?.field === 'token';
      setProblem(onToken ? { field: null, message: t('account.reset.invalid') } : refusal);
      return;
    }
    login(payload.token);
    navigate(homeOf(payload.user.role), { replace: true });
  };

  return (
    <main className="login" id="main">
      <form className="card login-form" onSubmit={onSubmit} aria-labelledby="reset-title">
        <h1 id="reset-title">{t('account.reset.title')}</h1>
        {token ? (
          <>
            <NewPasswordFields
              idPrefix="reset"
              name="password"
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              problem={problem}
            />
            <FormAlert message={formMessage(problem)} />
            <button type="submit" className="primary" disabled={fetching}>
              {fetching ? t('account.sending') : t('account.reset.submit')}
            </button>
          </>
        ) : (
          <p role="alert" className="error">
            {t('account.reset.invalid')}
          </p>
        )}
        <Link to="/forgot-password">{t('account.forgot.link')}</Link>
      </form>
    </main>
  );
}
