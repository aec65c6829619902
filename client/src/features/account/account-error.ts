import type { CombinedError } from 'urql';
import type { MessageKey, Translate } from '../../i18n';

/** What went wrong with an account form: on one field (shown under it), or on the whole form. */
export type Problem = { field: string; key: MessageKey } | { field: null; message: string };

/** The password rule a BAD_USER_INPUT on a password breaks, from the server's wording. */
function passwordRule(message: string): MessageKey {
  if (/at least/i.test(message)) return 'account.error.password.short';
  if (/at most/i.test(message)) return 'account.error.password.long';
  if (/common/i.test(message)) return 'account.error.password.common';
  return 'account.error.password.email';
}

/**
 * A refused account mutation in the user's language: BAD_USER_INPUT on its `extensions.field`,
 * CONFLICT as "email taken" on the email field, TOO_MANY_REQUESTS with the wait, anything else
 * on the form as the server put it.
 */
export function accountProblem(error: CombinedError | undefined, t: Translate): Problem {
  const first = error?.graphQLErrors[0];
  const code = first?.extensions?.code;
  const field = first?.extensions?.field;
  if (code === 'CONFLICT') return { field: 'email', key: 'account.error.emailTaken' };
  if (code === 'BAD_USER_INPUT' && typeof field === 'string') {
    if (field === 'password' || field === 'newPassword')
      return { field, key: passwordRule(first?.message ?? '') };
    if (field === 'currentPassword') return { field, key: 'account.error.currentPassword' };
    if (field === 'nip') return { field, key: 'account.error.nip' };
    if (field === 'email') return { field, key: 'account.error.email' };
    if (field !== 'token') return { field, key: 'account.error.required' };
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
