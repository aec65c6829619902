import type { GraphQLError } from 'graphql';
import type { Translate } from '../../i18n';

/**
 * What the login form says about a refused login: wrong credentials in the user's language, too
 * many attempts with the wait (in seconds, or minutes past one), anything else as the server put it.
 */
export function loginFailure(
  error: Pick<GraphQLError, 'message' | 'extensions'> | undefined,
  t: Translate,
): string {
  const code = error?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return t('auth.failed');
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = Number(error?.extensions?.retryAfter);
    if (!Number.isFinite(seconds) || seconds <= 0) return t('auth.tooMany.later');
    return seconds < 60
      ? t('auth.tooMany.seconds', { seconds })
      : t('auth.tooMany.minutes', { minutes: Math.ceil(seconds / 60) });
  }
  return error?.message ?? t('auth.failed');
}
