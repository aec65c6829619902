import type { CombinedError } from 'urql';
import { isMessageKey, type MessageKey, type Translate } from '../i18n';

/** The codes the API documents in `extensions.code`, and the upload endpoint's refusals. */
export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
  'RESYNC',
  'INTERNAL_SERVER_ERROR',
  'PAYLOAD_TOO_LARGE',
  'UPLOAD_QUOTA_EXCEEDED',
  'UNSUPPORTED_FILE_TYPE',
  'SERVICE_UNAVAILABLE',
] as const;

/** The reason codes the API names in `extensions.reasons`. */
export const reasonCodes = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_COMMON',
  'PASSWORD_CONTAINS_EMAIL',
  'ACCEPTED',
  'EXPIRED',
  'REVOKED',
  'ACCOUNT_EXISTS',
  'OTHER_ACCOUNT',
  'LOGIN_REQUIRED',
  'COMPANY_ARCHIVED',
  'OFFICE_NOT_VERIFIED',
  'OFFICE_PENDING',
  'OFFICE_VERIFIED',
  'SMTP_NOT_CONFIGURED',
  'SMTP_LOGIN_REJECTED',
  'NOTHING_TO_RETRY',
  'NOT_FILED',
  'MISSING_PLACEHOLDER_VALUES',
  'UNKNOWN_PLACEHOLDER',
  'TEMPLATE_KIND_MISMATCH',
  'NAME_TAKEN',
  'CONTENT_REQUIRED',
] as const;

export interface ErrorInfo {
  /** One of `errorCodes`, `NETWORK` (no answer) or `UNKNOWN`. */
  code: string;
  reasons: string[];
  retryAfter?: number;
}

/** What an error is, read from its code: never from the server's (English) message. */
export function errorInfo(error: CombinedError | Error | string): ErrorInfo {
  if (typeof error === 'string') return { code: 'UNKNOWN', reasons: [] };
  if ('graphQLErrors' in error) {
    const first = error.graphQLErrors[0];
    if (!first) return { code: error.networkError ? 'NETWORK' : 'UNKNOWN', reasons: [] };
    const extensions = first.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
    const reasons = Array.isArray(extensions.reasons)
      ? extensions.reasons.filter((r): r is string => typeof r === 'string')
      : [];
    const retryAfter = Number(extensions.retryAfter);
    return Number.isFinite(retryAfter) && retryAfter > 0
      ? { code, reasons, retryAfter }
      : { code, reasons };
  }
  return { code: 'UNKNOWN', reasons: [] };
}

/** Whether trying the same again may help (a dead connection, a busy or failing server). */
export function isRetryable(info: ErrorInfo): boolean {
  return [
    'NETWORK',
    'UNKNOWN',
    'INTERNAL_SERVER_ERROR',
    'TOO_MANY_REQUESTS',
    'SERVICE_UNAVAILABLE',
    'RESYNC',
  ].includes(info.code);
}

/** The error in the user's language, its reasons (if any) after a colon. */
export function errorText(t: Translate, info: ErrorInfo): string {
  const codeKey = `error.code.${info.code}`;
  const base =
    info.code === 'TOO_MANY_REQUESTS'
      ? info.retryAfter
        ? t('error.code.TOO_MANY_REQUESTS', { seconds: info.retryAfter })
        : t('error.code.TOO_MANY_REQUESTS.later')
      : t(isMessageKey(codeKey) ? codeKey : 'error.code.UNKNOWN');
  const reasons = info.reasons
    .map((reason) => `error.reason.${reason}`)
    .filter((key): key is MessageKey => isMessageKey(key))
    .map((key) => t(key));
  return reasons.length ? `${base} (${reasons.join('; ')})` : base;
}
