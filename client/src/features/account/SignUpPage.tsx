import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { accountProblem, fieldKey, formMessage, type Problem } from './account-error';
import { FormAlert, TextField } from './TextField';
import { apiLanguage } from './useAccountLanguage';

const SignUpOfficeMutation = graphql(`
  mutation SignUpOffice($input: SignUpOfficeInput!) {
    signUpOffice(input: $input) {
      token
      user { id role }
    }
  }
`);

const empty = { officeName: '', nip: '', headName: '', email: '', password: '' };

/** A new office and its first head, logged in at once and taken to the company list. */
export function SignUpPage() {
  const { t, lang } = useI18n();
  const { login } = useSession();
  const [input, setInput] = useState(empty);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, submit] = useMutation(SignUpOfficeMutation);
  const set = (field: keyof typeof empty) => (value: string) =>
    setInput((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const result = await submit({
      input: { ...input, nip: input.nip.replace(/[\s-]/g, ''), language: apiLanguage(lang) },
    });
    const payload = result.data?.signUpOffice;
    if (!payload) {
      setProblem(accountProblem(result.error, t));
      return;
    }
    login(payload.token);
    navigate('/companies', { replace: true });
  };

  return (
    <main className="login" id="main">
      <form className="card login-form" onSubmit={onSubmit} aria-labelledby="signup-title">
        <h1 id="signup-title">{t('account.signup.title')}</h1>
        <TextField
          id="signup-office"
          name="officeName"
          label={t('account.signup.officeName')}
          autoComplete="organization"
          value={input.officeName}
          onChange={set('officeName')}
          error={fieldKey(problem, 'officeName')}
        />
        <TextField
          id="signup-nip"
          name="nip"
          label={t('account.signup.nip')}
          value={input.nip}
          onChange={set('nip')}
          error={fieldKey(problem, 'nip')}
        />
        <TextField
          id="signup-head"
          name="headName"
          label={t('account.signup.headName')}
          autoComplete="name"
          value={input.headName}
          onChange={set('headName')}
          error={fieldKey(problem, 'headName')}
        />
        <TextField
          id="signup-email"
          name="email"
          type="email"
          label={t('account.email')}
          autoComplete="username"
          value={input.email}
          onChange={set('email')}
          error={fieldKey(problem, 'email')}
        />
        <TextField
          id="signup-password"
          name="password"
          type="password"
          label={t('account.password')}
          hint={t('account.password.hint')}
          autoComplete="new-password"
          value={input.password}
          onChange={set('password')}
          error={fieldKey(problem, 'password')}
        />
        <FormAlert message={formMessage(problem)} />
        <button type="submit" className="primary" disabled={fetching}>
          {fetching ? t('account.sending') : t('account.signup.submit')}
        </button>
        <Link to="/login">{t('account.backToLogin')}</Link>
      </form>
    </main>
  );
}
