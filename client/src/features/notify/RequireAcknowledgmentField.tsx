import { useId } from 'react';
import { useI18n } from '../../i18n';

/** "Wymagaj potwierdzenia odbioru": the send asks each company's clients to confirm receipt. */
export function RequireAcknowledgmentField({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="acknowledgment-field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          data-testid="require-acknowledgment"
          aria-describedby={`${id}-hint`}
        />{' '}
        {t('notify.requireAcknowledgment')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('notify.requireAcknowledgment.hint')}
      </p>
    </div>
  );
}
