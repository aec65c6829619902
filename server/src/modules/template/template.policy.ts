import type { StaffActor } from '../../core/context.js';
import { Role } from '../auth/user.entity.js';

/** What the rules read of a template. */
export interface TemplateKey {
  officeId: string;
  authorId: string;
}

/** Every staff member of the office sees and uses all of its templates. */
export function canUseTemplate(actor: StaffActor, template: TemplateKey): boolean {
  return template.officeId === actor.officeId;
}

/** The head changes and deletes every template of the office; a caretaker their own. */
export function canEditTemplate(actor: StaffActor, template: TemplateKey): boolean {
  if (!canUseTemplate(actor, template)) return false;
  return actor.role === Role.OFFICE_HEAD || template.authorId === actor.userId;
}

/** The rows of templates the actor sees: the office's. */
export function whereTemplateVisible(actor: StaffActor) {
  return { office: actor.officeId };
}
