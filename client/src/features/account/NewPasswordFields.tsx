import { useI18n } from '../../i18n';
import { fieldKey, type Problem } from './account-error';
import { TextField } from './TextField';

/**
 * A new password and its repetition, as the reset page and "Moje konto" ask for them. `name` is
 * the field the server names in its errors; a mismatch is reported on `repeat`.
 */
export function NewPasswordFields({
  idPrefix,
  name,
  password,
  repeat,
  onPassword,
  onRepeat,
  problem,
}: {
  idPrefix: string;
  name: string;
  password: string;
  repeat: string;
  onPassword(value: string): void;
  onRepeat(value: string): void;
  problem: Problem | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={`${idPrefix}-${name}`}
        name={name}
        type="password"
        label={t('account.password.new')}
        hint={t('account.password.hint')}
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
        error={fieldKey(problem, name)}
      />
      <TextField
        id={`${idPrefix}-repeat`}
        name="repeat"
        type="password"
        label={t('account.password.repeat')}
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeat}
        error={fieldKey(problem, 'repeat')}
      />
    </>
  );
}

/** The passwords differ: reported on the repetition before anything is sent. */
export const passwordsDiffer: Problem = { field: 'repeat', key: 'account.error.mismatch' };
