import type { CombinedError } from 'urql';
import type { MessageKey, Translate } from '../../i18n';

/** What went wrong with an account form: on one field (shown under it), or on the whole form. */
export type Problem = { field: string; key: MessageKey } | { field: null; message: string };

/** The message of each password rule, by the code the server names in `extensions.reasons`. */
const passwordRules: Record<string, MessageKey> = {
  PASSWORD_TOO_SHORT: 'account.error.password.short',
  PASSWORD_TOO_LONG: 'account.error.password.long',
  PASSWORD_COMMON: 'account.error.password.common',
  PASSWORD_CONTAINS_EMAIL: 'account.error.password.email',
};

/** Why an invitation cannot be accepted, by its reason code (LOGIN_REQUIRED is its own view). */
const invitationRefusals: Record<string, MessageKey> = {
  ACCOUNT_EXISTS: 'account.error.invitation.accountExists',
  OTHER_ACCOUNT: 'account.error.invitation.otherAccount',
};

/** The first of the error's `extensions.reasons` that `table` knows. */
function knownReason(reasons: unknown, table: Record<string, MessageKey>): MessageKey | undefined {
  if (!Array.isArray(reasons)) return undefined;
  for (const reason of reasons) {
    const key = typeof reason === 'string' ? table[reason] : undefined;
    if (key) return key;
  }
  return undefined;
}

/**
 * A refused account mutation in the user's language: BAD_USER_INPUT on its `extensions.field`
 * (a password by the rule code in `extensions.reasons`), CONFLICT as "email taken" on the email
 * field, an invitation's ACCOUNT_EXISTS / OTHER_ACCOUNT on the form, TOO_MANY_REQUESTS with the
 * wait, anything else on the form as the server put it.
 */
export function accountProblem(error: CombinedError | undefined, t: Translate): Problem {
  const first = error?.graphQLErrors[0];
  const code = first?.extensions?.code;
  const field = first?.extensions?.field;
  const reasons = first?.extensions?.reasons;
  if (code === 'CONFLICT') return { field: 'email', key: 'account.error.emailTaken' };
  if (code === 'BAD_USER_INPUT' && typeof field === 'string') {
    if (field === 'password' || field === 'newPassword') {
      // A rule this client does not know yet: the server's words on the form.
      const key = knownReason(reasons, passwordRules);
      if (key) return { field, key };
    } else if (field === 'currentPassword') return { field, key: 'account.error.currentPassword' };
    else if (field === 'nip') return { field, key: 'account.error.nip' };
    else if (field === 'email') return { field, key: 'account.error.email' };
    else if (field !== 'token') return { field, key: 'account.error.required' };
  }
  if (code === 'PRECONDITION_FAILED') {
    const key = knownReason(reasons, invitationRefusals);
    if (key) return { field: null, message: t(key) };
  }
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = Math.max(1, Number(first?.extensions?.retryAfter) || 60);
    return {
      field: null,
      message:
        seconds < 60
          ? t('account.error.tooMany.seconds', { seconds })
          : t('account.error.tooMany.minutes', { minutes: Math.ceil(seconds / 60) }),
    };
  }
  const message = first?.message ?? error?.message ?? '';
  return { field: null, message: t('account.error.other', { message }) };
}

/** The field's message key, when the problem is on it. */
export function fieldKey(problem: Problem | null, field: string): MessageKey | undefined {
  return problem?.field === field ? problem.key : undefined;
}

/** The form-level alert text, when the problem is not on a field. */
export function formMessage(problem: Problem | null): string | null {
  return problem && problem.field === null ? problem.message : null;
}
