import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../modules/auth/user.entity.js';
import type { Services } from '../services.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Who is asking: resolved once per request (or socket) from the bearer token. */
export interface Actor {
  userId: string;
  role: Role;
  /** The office of staff; null for clients and platform admins. */
  officeId: string | null;
  /** The companies a client belongs to; empty for everyone else. */
  companyIds: string[];
  sessionId: string;
}

/** What a service call needs: a unit of work, the actor and the request's loaders. */
export interface Scope {
  em: EntityManager;
  actor: Actor | null;
  loaders: Loaders;
}

export interface Context extends Scope {
  services: Services;
  /** A fresh unit of work and loaders, so each subscription event reads current rows. */
  renew(): void;
}

export function createContext(rootEm: EntityManager, services: Services, actor: Actor | null): Context {
  const context = {
    actor,
    services,
    renew() {
      context.em = rootEm.fork();
      context.loaders = createLoaders(context.em);
    },
  } as Context;
  context.renew();
  return context;
}
