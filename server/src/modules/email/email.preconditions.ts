import { PreconditionFailedError } from '../../core/errors.js';
import { OfficeVerification } from '../office/office.entity.js';

/** Logins refused in a row after which an office's queued emails fail instead of trying. */
export const LOGIN_REJECTIONS_TO_STOP = 2;

/** Why an office cannot send email now: the `reasons` of a PRECONDITION_FAILED error. */
export type SendPrecondition =
  | 'OFFICE_NOT_VERIFIED'
  | 'SMTP_NOT_CONFIGURED'
  | 'SMTP_LOGIN_REJECTED';

/** What an office's SMTP integration tells about it sending (null: it has none). */
interface SmtpState {
  loginRejections: number;
}

/**
 * What the office lacks to send email: VERIFIED, an SMTP integration and, when `loginRefusals`
 * count, settings its server has not refused LOGIN_REJECTIONS_TO_STOP times in a row.
 */
export function unmetSendPreconditions(
  verification: OfficeVerification,
  smtp: SmtpState | null,
  options: { loginRefusals: boolean },
): SendPrecondition[] {
  const unmet: SendPrecondition[] = [];
  if (verification !== OfficeVerification.VERIFIED) unmet.push('OFFICE_NOT_VERIFIED');
  if (!smtp) unmet.push('SMTP_NOT_CONFIGURED');
  else if (options.loginRefusals && smtp.loginRejections >= LOGIN_REJECTIONS_TO_STOP)
    unmet.push('SMTP_LOGIN_REJECTED');
  return unmet;
}

function describe(precondition: SendPrecondition): string {
  switch (precondition) {
    case 'OFFICE_NOT_VERIFIED':
      return 'the office is not VERIFIED';
    case 'SMTP_NOT_CONFIGURED':
      return 'the office has no SMTP integration';
    case 'SMTP_LOGIN_REJECTED':
      return 'the SMTP server rejected the login with the current settings (change or test them first)';
    default: {
      const unknown: never = precondition;
      throw new Error(`No text for the precondition ${String(unknown)}`);
    }
  }
}

/** PRECONDITION_FAILED for `what` (as "Email cannot be sent"), naming each unmet precondition. */
export function preconditionsFailed(
  what: string,
  unmet: readonly SendPrecondition[],
): PreconditionFailedError {
  return new PreconditionFailedError(`${what}: ${unmet.map(describe).join(' and ')}.`, [...unmet]);
}
