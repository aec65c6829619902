import type { CombinedError } from 'urql';
import { type MessageKey, useI18n } from '../i18n';
import { Link } from '../router';
import { errorInfo, errorText, isRetryable } from './errors';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

/**
 * An error in the user's language, from its code (never the server's English message); a string
 * is a text already in the user's language. Where a page failed to load, not found is a page of
 * its own (`notFoundPage`); "try again" only where trying again may help.
 */
export function ErrorState({
  error,
  onRetry,
  notFoundPage = false,
}: {
  error: CombinedError | Error | string;
  onRetry?: () => void;
  notFoundPage?: boolean;
}) {
  const { t } = useI18n();
  const info = errorInfo(error);
  if (notFoundPage && info.code === 'NOT_FOUND') return <NotFound />;
  return (
    <div role="alert" className="error" data-testid="error-state" data-code={info.code}>
      <p>{typeof error === 'string' ? error : errorText(t, info)}</p>
      {onRetry && isRetryable(info) && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** A proper not-found page: what was not found, why that may be, and the way back. */
export function NotFound({
  title = 'error.notFound.title',
  back = { to: '/', label: 'error.notFound.home' },
}: {
  title?: MessageKey;
  back?: { to: string; label: MessageKey };
}) {
  const { t } = useI18n();
  return (
    <section className="not-found card" data-testid="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t(title)}</h1>
      <p>{t('error.notFound.text')}</p>
      <Link to={back.to} className="button-link" data-testid="not-found-back">
        {t(back.label)}
      </Link>
    </section>
  );
}
