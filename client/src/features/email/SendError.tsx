import type { CombinedError } from 'urql';
import { isMessageKey, useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';

export type Field = 'subject' | 'html' | 'printouts';

/** The field a BAD_USER_INPUT error is about, and a PRECONDITION_FAILED error's reasons. */
export function errorDetails(error: CombinedError): {
  field?: Field;
  code?: string;
  reasons: string[];
} {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  const field = first?.extensions?.field as string | undefined;
  const reasons = Array.isArray(first?.extensions?.reasons)
    ? (first.extensions.reasons as string[])
    : [];
  const mapped: Field | undefined =
    field === 'subject'
      ? 'subject'
      : field === 'html'
        ? 'html'
        : field && ['printouts', 'kind', 'period'].includes(field)
          ? 'printouts'
          : undefined;
  return { field: code === 'BAD_USER_INPUT' ? mapped : undefined, code, reasons };
}

/** A refused send not about one field: the preconditions the office misses, or the error as is. */
export function SendError({
  error,
  details,
}: {
  error: CombinedError;
  details: ReturnType<typeof errorDetails>;
}) {
  const { t } = useI18n();
  // A reason this client has no text for shows as its code.
  const reasonText = (reason: string) => {
    const key = `email.reason.${reason}`;
    return isMessageKey(key) ? t(key) : key;
  };
  if (details.code !== 'PRECONDITION_FAILED') return <ErrorState error={error} />;
  return (
    <div role="alert" className="error">
      <p>{t('email.error.precondition')}</p>
      {details.reasons.length > 0 && (
        <ul>
          {details.reasons.map((reason) => (
            <li key={reason}>{reasonText(reason)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
