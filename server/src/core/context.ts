import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiScope } from '../modules/api-token/api-token.entity.js';
import type { Role } from '../modules/auth/user.entity.js';
import type { Services } from '../services.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { DispatchedBatch } from './pubsub.js';

interface ActorBase {
  userId: string;
  /** The login's session; for an API token, the token's id (its sockets end with it). */
  sessionId: string;
}

/** An API token an office head made: who acts through it is limited to its scopes. */
export interface ApiTokenGrant {
  id: string;
  scopes: readonly ApiScope[];
}

/** An office head or caretaker: always of one office. */
export interface StaffActor extends ActorBase {
  role: Role.OFFICE_HEAD | Role.CARETAKER;
  officeId: string;
  /**
   * Set when a third-party app acts through an API token: the head who made it, for the office,
   * limited to the token's scopes at the boundary (api-token.policy.ts, ROOT_FIELD_SCOPES).
   */
  token?: ApiTokenGrant;
}

/** A client user: sees only the companies it belongs to. */
export interface ClientActor extends ActorBase {
  role: Role.CLIENT;
  companyIds: string[];
}

/** The platform's administrator: verifies offices, sees no office's data. */
export interface AdminActor extends ActorBase {
  role: Role.PLATFORM_ADMIN;
}

/**
 * Who is asking: resolved once per request (or socket) from the bearer token. A union on `role`,
 * so code that needs an office or a client's companies narrows first (see `core/scope.ts`).
 */
export type Actor = StaffActor | ClientActor | AdminActor;

/** What a service call needs: a unit of work, the actor and the request's loaders. */
export interface Scope<A extends Actor | null = Actor | null> {
  em: EntityManager;
  actor: A;
  loaders: Loaders;
}

/** A unit of work and its loaders, for one request or shared by the subscribers of one live batch. */
export interface UnitOfWork {
  em: EntityManager;
  loaders: Loaders;
}

export function createUnitOfWork(rootEm: EntityManager): UnitOfWork {
  const em = rootEm.fork();
  return { em, loaders: createLoaders(em) };
}

export interface Context extends Scope {
  services: Services;
  /** Where the request came from (behind TRUST_PROXY, the client's address the proxy reported). */
  clientAddress: string;
  /** The request's User-Agent header, recorded with a new login (`mySessions`). */
  userAgent?: string;
  /**
   * Resolves the fields of one subscription event with the unit of work of the batch it came in,
   * shared by every subscriber of that batch, instead of one of this context's own.
   */
  joinBatch(batch: DispatchedBatch): void;
  /** Drops the unit of work: a subscription holds none between its events. */
  release(): void;
  /** Runs `work` in a unit of work of its own, dropped afterwards (a live value's recomputation). */
  isolated<T>(work: (scope: Scope) => Promise<T>): Promise<T>;
}

/**
 * One context per HTTP request or per subscription. The unit of work is created on first use, so a
 * subscription that only waits for events holds no ORM fork and no loaders.
 */
export function createContext<A extends Actor | null>(
  rootEm: EntityManager,
  services: Services,
  actor: A,
  clientAddress = 'local',
  userAgent?: string,
): Context & Scope<A> {
  let unit: UnitOfWork | undefined;
  const current = () => (unit ??= createUnitOfWork(rootEm));
  return {
    actor,
    services,
    clientAddress,
    userAgent,
    get em() {
      return current().em;
    },
    get loaders() {
      return current().loaders;
    },
    joinBatch(batch) {
      unit = batch.shared(() => createUnitOfWork(rootEm));
    },
    release() {
      unit = undefined;
    },
    isolated(work) {
      return work({ actor, ...createUnitOfWork(rootEm) });
    },
  };
}
