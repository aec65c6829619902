import type { MessageKey } from '../../i18n';
import { FormField } from '../settings/FormField';

/** A labelled input with its hint and the error on it: the one field every account form uses. */
export function TextField({
  id,
  name,
  label,
  type = 'text',
  value,
  onChange,
  error,
  hint,
  autoComplete,
  required = true,
}: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value: string;
  onChange(value: string): void;
  error?: MessageKey;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <FormField id={id} name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type={type}
          required={required}
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** The form-level alert of an account form. */
export function FormAlert({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="error">
      {message}
    </p>
  ) : null;
}
