import type { ClientActor } from '../../core/context.js';
import { type CompanyKey, canSeeCompany } from '../company/company.policy.js';

/** What the rule of acknowledging reads of a message. */
export interface AcknowledgeableMessage {
  company: CompanyKey;
  direction: 'OFFICE_TO_CLIENT' | 'CLIENT_TO_OFFICE';
  /** Its broadcast asked for an acknowledgment. */
  required: boolean;
}

/**
 * Whether a client user may confirm receipt of a message: NOT_FOUND for a message of a company
 * they do not see (as if it did not exist), NOT_REQUIRED for one that asks for none (a question,
 * a reply, a plain notification), null when they may. Staff never may: the resolver refuses them
 * by role before this is asked.
 */
export function acknowledgmentRefusal(
  actor: ClientActor,
  message: AcknowledgeableMessage | undefined,
): 'NOT_FOUND' | 'NOT_REQUIRED' | null {
  if (!message || !canSeeCompany(actor, message.company)) return 'NOT_FOUND';
  if (message.direction !== 'OFFICE_TO_CLIENT' || !message.required) return 'NOT_REQUIRED';
  return null;
}
