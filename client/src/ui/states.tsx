import type { CombinedError } from 'urql';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

/** An error in words: the server's message for our error codes, a generic one otherwise. */
export function ErrorState({
  error,
  onRetry,
}: {
  error: CombinedError | Error | string;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  const message =
    typeof error === 'string'
      ? error
      : 'graphQLErrors' in error && error.graphQLErrors[0]
        ? error.graphQLErrors[0].message
        : error.message;
  return (
    <div role="alert" className="error">
      <p>{t('common.error', { message })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
