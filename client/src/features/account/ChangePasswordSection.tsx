import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { accountProblem, fieldKey, formMessage, type Problem } from './account-error';
import { NewPasswordFields, passwordsDiffer } from './NewPasswordFields';
import { FormAlert, TextField } from './TextField';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** The current password and a new one twice; the server ends every other session. */
export function ChangePasswordSection({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (next !== repeat) {
      setProblem(passwordsDiffer);
      return;
    }
    setProblem(null);
    const result = await change({ currentPassword: current, newPassword: next });
    if (!result.data?.changePassword) {
      setProblem(accountProblem(result.error, t));
      return;
    }
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone(true);
    onChanged();
  };

  return (
    <section className="card settings-section" aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('account.change.title')}</h2>
      <form onSubmit={onSubmit} className="account-form">
        <TextField
          id="change-current"
          name="currentPassword"
          type="password"
          label={t('account.password.current')}
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={fieldKey(problem, 'currentPassword')}
        />
        <NewPasswordFields
          idPrefix="change"
          name="newPassword"
          password={next}
          repeat={repeat}
          onPassword={setNext}
          onRepeat={setRepeat}
          problem={problem}
        />
        <FormAlert message={formMessage(problem)} />
        {done && (
          <p role="status" className="ok">
            {t('account.change.done')}
          </p>
        )}
        <button type="submit" className="primary" disabled={fetching}>
          {fetching ? t('account.sending') : t('account.change.submit')}
        </button>
      </form>
    </section>
  );
}
