import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { accountProblem, formMessage, type Problem } from './account-error';
import { FormAlert, TextField } from './TextField';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * Asks for a reset link. The confirmation is the same whether or not the address has an account,
 * so the page never tells who is a user; only a refusal (too many requests) is shown as one.
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, submit] = useMutation(RequestPasswordResetMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await submit({ email });
    if (result.error?.graphQLErrors[0]?.extensions?.code === 'TOO_MANY_REQUESTS') {
      setProblem(accountProblem(result.error, t));
      return;
    }
    setSent(true);
  };

  return (
    <main className="login" id="main">
      <form className="card login-form" onSubmit={onSubmit} aria-labelledby="forgot-title">
        <h1 id="forgot-title">{t('account.forgot.title')}</h1>
        {sent ? (
          <p role="status">{t('account.forgot.done')}</p>
        ) : (
          <>
            <TextField
              id="forgot-email"
              name="email"
              type="email"
              label={t('account.email')}
              autoComplete="username"
              value={email}
              onChange={setEmail}
            />
            <FormAlert message={formMessage(problem)} />
            <button type="submit" className="primary" disabled={fetching}>
              {fetching ? t('account.sending') : t('account.forgot.submit')}
            </button>
          </>
        )}
        <Link to="/login">{t('account.backToLogin')}</Link>
      </form>
    </main>
  );
}
