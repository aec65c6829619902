import { createParameterDecorator } from 'type-graphql';
import { Role } from '../modules/auth/user.entity.js';
import type { Actor, AdminActor, ClientActor, Context, Scope, StaffActor } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/**
 * The actor narrowed once, at the resolver's boundary. Services take the scope they need, so a
 * staff-only service called with a client's scope does not compile.
 */
export type ActorScope = Scope<Actor>;
export type StaffScope = Scope<StaffActor>;
export type ClientScope = Scope<ClientActor>;
export type AdminScope = Scope<AdminActor>;

export function isStaffActor(actor: Actor | null): actor is StaffActor {
  return actor?.role === Role.OFFICE_HEAD || actor?.role === Role.CARETAKER;
}

export function isClientActor(actor: Actor | null): actor is ClientActor {
  return actor?.role === Role.CLIENT;
}

export function isAdminActor(actor: Actor | null): actor is AdminActor {
  return actor?.role === Role.PLATFORM_ADMIN;
}

export function isActorScope<S extends Scope>(scope: S): scope is S & ActorScope {
  return scope.actor !== null;
}

export function isStaffScope<S extends Scope>(scope: S): scope is S & StaffScope {
  return isStaffActor(scope.actor);
}

export function isClientScope<S extends Scope>(scope: S): scope is S & ClientScope {
  return isClientActor(scope.actor);
}

export function isAdminScope<S extends Scope>(scope: S): scope is S & AdminScope {
  return isAdminActor(scope.actor);
}

/** Any logged-in actor; UNAUTHENTICATED otherwise. */
export function requireActorScope<S extends Scope>(scope: S): S & ActorScope {
  if (!isActorScope(scope)) throw new UnauthenticatedError();
  return scope;
}

/** An office head or caretaker; UNAUTHENTICATED without a session, FORBIDDEN for other roles. */
export function requireStaffScope<S extends Scope>(scope: S): S & StaffScope {
  requireActorScope(scope);
  if (!isStaffScope(scope)) throw new ForbiddenError();
  return scope;
}

/** A client user; UNAUTHENTICATED without a session, FORBIDDEN for other roles. */
export function requireClientScope<S extends Scope>(scope: S): S & ClientScope {
  requireActorScope(scope);
  if (!isClientScope(scope)) throw new ForbiddenError();
  return scope;
}

/** The platform admin; UNAUTHENTICATED without a session, FORBIDDEN for other roles. */
export function requireAdminScope<S extends Scope>(scope: S): S & AdminScope {
  requireActorScope(scope);
  if (!isAdminScope(scope)) throw new ForbiddenError();
  return scope;
}

/**
 * Parameter decorators in the style of type-graphql's `@CurrentUser()`: the resolver receives the
 * request's context narrowed to the scope, or the request fails with UNAUTHENTICATED / FORBIDDEN
 * before the resolver runs.
 */
export const CurrentActor = () =>
  createParameterDecorator<Context>(({ context }) => requireActorScope(context));
export const CurrentStaff = () =>
  createParameterDecorator<Context>(({ context }) => requireStaffScope(context));
export const CurrentClient = () =>
  createParameterDecorator<Context>(({ context }) => requireClientScope(context));
export const CurrentAdmin = () =>
  createParameterDecorator<Context>(({ context }) => requireAdminScope(context));
