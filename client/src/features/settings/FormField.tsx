import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../../i18n';

/** What a field's control gets: its id and name, and how it is described when wrong. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A labelled form control with its hint and its error, tied to it for screen readers. */
export function FormField({
  id,
  name,
  label,
  hint,
  error,
  children,
}: {
  /** The control's id; the hint's and error's ids derive from it. */
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  children(props: ControlProps): ReactNode;
}) {
  const { t } = useI18n();
  const described =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="form-field" data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described,
      })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}
