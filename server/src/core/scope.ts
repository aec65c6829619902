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
/** Someone with threads to read and write in: office staff or a client user (not the admin). */
export type MemberActor = StaffActor | ClientActor;
export type MemberScope = Scope<MemberActor>;
export type AdminScope = Scope<AdminActor>;

/** An office head: staff who may also add companies and change the office's own settings. */
export type HeadActor = StaffActor & { role: Role.OFFICE_HEAD };
export type HeadScope = Scope<HeadActor>;

/** The request's context narrowed, as the parameter decorators below hand it to a resolver. */
export type ActorContext = Context & ActorScope;
export type StaffContext = Context & StaffScope;
export type HeadContext = Context & HeadScope;
export type MemberContext = Context & MemberScope;
export type ClientContext = Context & ClientScope;
export type AdminContext = Context & AdminScope;

/** Whatever carries the request's actor: a scope, the context. */
interface Acting {
  actor: Actor | null;
}

export function isStaffActor(actor: Actor | null): actor is StaffActor {
  return actor?.role === Role.OFFICE_HEAD || actor?.role === Role.CARETAKER;
}

export function isHeadActor(actor: Actor | null): actor is HeadActor {
  return actor?.role === Role.OFFICE_HEAD;
}

export function isClientActor(actor: Actor | null): actor is ClientActor {
  return actor?.role === Role.CLIENT;
}

export function isAdminActor(actor: Actor | null): actor is AdminActor {
  return actor?.role === Role.PLATFORM_ADMIN;
}

export function isActorScope<S extends Acting>(scope: S): scope is S & { actor: Actor } {
  return scope.actor !== null;
}

export function isStaffScope<S extends Acting>(scope: S): scope is S & { actor: StaffActor } {
  return isStaffActor(scope.actor);
}

export function isHeadScope<S extends Acting>(scope: S): scope is S & { actor: HeadActor } {
  return isHeadActor(scope.actor);
}

export function isClientScope<S extends Acting>(scope: S): scope is S & { actor: ClientActor } {
  return isClientActor(scope.actor);
}

export function isAdminScope<S extends Acting>(scope: S): scope is S & { actor: AdminActor } {
  return isAdminActor(scope.actor);
}

/** Any logged-in actor; UNAUTHENTICATED otherwise. */
export function requireActorScope<S extends Acting>(scope: S): S & { actor: Actor } {
  if (!isActorScope(scope)) throw new UnauthenticatedError();
  return scope;
}

/** An office head or caretaker; UNAUTHENTICATED without a session, FORBIDDEN for other roles. */
export function requireStaffScope<S extends Acting>(scope: S): S & { actor: StaffActor } {
  requireActorScope(scope);
  if (!isStaffScope(scope)) throw new ForbiddenError();
  return scope;
}

/** An office head; UNAUTHENTICATED without a session, FORBIDDEN for other roles (caretakers too). */
export function requireHeadScope<S extends Acting>(scope: S): S & { actor: HeadActor } {
  requireActorScope(scope);
  if (!isHeadScope(scope)) throw new ForbiddenError();
  return scope;
}

/** Staff or a client user; UNAUTHENTICATED without a session, FORBIDDEN for the platform admin. */
export function requireMemberScope<S extends Acting>(scope: S): S & { actor: MemberActor } {
  requireActorScope(scope);
  if (!isStaffScope(scope) && !isClientScope(scope)) throw new ForbiddenError();
  return scope;
}

/** A client user; UNAUTHENTICATED without a session, FORBIDDEN for other roles. */
export function requireClientScope<S extends Acting>(scope: S): S & { actor: ClientActor } {
  requireActorScope(scope);
  if (!isClientScope(scope)) throw new ForbiddenError();
  return scope;
}

/** The platform admin; UNAUTHENTICATED without a session, FORBIDDEN for other roles. */
export function requireAdminScope<S extends Acting>(scope: S): S & { actor: AdminActor } {
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
export const CurrentHead = () =>
  createParameterDecorator<Context>(({ context }) => requireHeadScope(context));
export const CurrentMember = () =>
  createParameterDecorator<Context>(({ context }) => requireMemberScope(context));
export const CurrentClient = () =>
  createParameterDecorator<Context>(({ context }) => requireClientScope(context));
export const CurrentAdmin = () =>
  createParameterDecorator<Context>(({ context }) => requireAdminScope(context));
