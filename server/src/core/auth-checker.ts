import type { AuthChecker } from 'type-graphql';
import type { Role } from '../modules/auth/user.entity.js';
import type { Context } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** `@Authorized(...roles)`: a logged-in actor, of one of the roles when any are named. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.actor) throw new UnauthenticatedError();
  if (roles.length && !roles.includes(context.actor.role)) throw new ForbiddenError();
  return true;
};
