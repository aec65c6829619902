import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentNode } from 'graphql';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Actor, StaffActor } from '../../core/context.js';
import {
  type AppError,
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
} from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { type LiveBus, Topic, topicId } from '../../core/pubsub.js';
import { createRateLimiter, retryAfterSeconds } from '../../core/rate-limit.js';
import type { HeadScope } from '../../core/scope.js';
import { requireList, requireText } from '../../core/validation.js';
import { Role, User } from '../auth/user.entity.js';
import { Office } from '../office/office.entity.js';
import { ApiScope, ApiToken } from './api-token.entity.js';
import { operationRefusal, tokenHasScope, tokenOf } from './api-token.policy.js';
import { findLiveApiToken, recordApiTokenUse } from './api-token.queries.js';
import {
  API_TOKEN_MAX_DAYS,
  API_TOKEN_NAME_MAX,
  type CreateApiTokenInput,
  type CreatedApiToken,
} from './api-token.types.js';

/** Every API token starts so: recognisable in logs and by secret scanners, told from sessions. */
export const API_TOKEN_PREFIX = 'lp_';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 43 base62 characters: about 256 bits. */
const SECRET_LENGTH = 43;
/** 46 characters; a session's token has 43 (32 bytes in base64url), so the two never mix up. */
const TOKEN_LENGTH = API_TOKEN_PREFIX.length + SECRET_LENGTH;

/**
 * The secret is 256 random bits, so a single fast sha256 is enough: there is nothing to guess that
 * a slow password hash (argon2) would protect, and every request can be checked in one lookup.
 */
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

function newSecret(): string {
  // Rejection sampling: bytes from 248 up are dropped, so every character is equally likely.
  let secret = '';
  while (secret.length < SECRET_LENGTH) {
    for (const byte of randomBytes(64)) {
      if (byte < 248 && secret.length < SECRET_LENGTH) secret += BASE62[byte % 62];
    }
  }
  return `${API_TOKEN_PREFIX}${secret}`;
}

export interface ApiTokenLimits {
  /** Requests (HTTP operations, socket operations, downloads) one token may make per minute. */
  requestsPerMinute: number;
}

export class ApiTokenService {
  private readonly rate: RateLimiterAbstract;
  /** Tokens whose use was recorded within the last minute here: no statement for them. */
  private readonly recentlyUsed = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });

  constructor(
    private readonly live: LiveBus,
    limits: ApiTokenLimits,
    redis?: Redis,
  ) {
    this.rate = createRateLimiter(
      { name: 'api-token', points: limits.requestsPerMinute, windowSeconds: 60 },
      redis,
    );
  }

  /** Whether a bearer token is an API token rather than a session's (which may start with `lp_`). */
  static isApiToken(token: string): boolean {
    return token.length === TOKEN_LENGTH && token.startsWith(API_TOKEN_PREFIX);
  }

  /** A new token of the head's office; its secret is in the answer and nowhere else. */
  async create({ em, actor }: HeadScope, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const name = requireText(input.name, 'name', API_TOKEN_NAME_MAX);
    const scopes = requireList(input.scopes, 'scopes', Object.keys(ApiScope).length);
    const expiresAt = input.expiresAt ?? undefined;
    if (expiresAt) {
      if (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now())
        throw new BadUserInputError('expiresAt must be in the future.', 'expiresAt');
      if (expiresAt.getTime() > Date.now() + API_TOKEN_MAX_DAYS * 86_400_000)
        throw new BadUserInputError('expiresAt may be at most two years ahead.', 'expiresAt');
    }
    const token = newSecret();
    const apiToken = em.create(ApiToken, {
      office: em.getReference(Office, actor.officeId),
      createdBy: em.getReference(User, actor.userId),
      name,
      scopes,
      tokenHash: sha256(token),
      hint: `${API_TOKEN_PREFIX}…${token.slice(-4)}`,
      expiresAt,
    });
    await em.flush();
    return { token, apiToken };
  }

  /** The office's tokens, newest first, revoked and expired ones too. */
  list({ em, actor }: HeadScope): Promise<ApiToken[]> {
    return em.find(
      ApiToken,
      { office: actor.officeId },
      { orderBy: { createdAt: 'desc', id: 'desc' } },
    );
  }

  /**
   * Revokes a token of the head's office (another office's: NOT_FOUND); a second call changes
   * nothing. Its sockets, on every instance, are closed at once.
   */
  async revoke({ em, actor }: HeadScope, id: string): Promise<ApiToken> {
    if (!isId(id)) throw new NotFoundError('API token', id);
    const token = await em.findOne(ApiToken, { id, office: actor.officeId });
    if (!token) throw new NotFoundError('API token', id);
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await em.flush();
    }
    this.live.publish([
      { topic: Topic.SessionEnded, id: topicId.sessions, items: [{ sessionId: id }] },
    ]);
    return token;
  }

  /**
   * The actor of an API token: the head who made it, for the office, limited to its scopes; null
   * when the token is unknown, expired or revoked. Its use is recorded once a minute at most.
   */
  async authenticate(em: EntityManager, token: string): Promise<StaffActor | null> {
    const row = await findLiveApiToken(em, sha256(token));
    if (!row) return null;
    if (!this.recentlyUsed.has(row.token_id)) {
      this.recentlyUsed.set(row.token_id, true);
      await recordApiTokenUse(em, row.token_id);
    }
    return {
      role: Role.OFFICE_HEAD,
      userId: row.user_id,
      sessionId: row.token_id,
      officeId: row.office_id,
      token: { id: row.token_id, scopes: row.scopes },
    };
  }

  /**
   * The one check of a token's operation, on HTTP and on the socket: FORBIDDEN when a root field
   * needs a scope the token lacks (or a person), TOO_MANY_REQUESTS past API_TOKEN_REQUESTS_PER_MINUTE.
   * A person's session passes untouched.
   */
  async operationRefusal(
    actor: Actor | null,
    document: DocumentNode,
    operationName: string | null | undefined,
  ): Promise<AppError | undefined> {
    const token = tokenOf(actor);
    if (!token) return undefined;
    return operationRefusal(actor, document, operationName) ?? (await this.spend(token.id));
  }

  /** The same for a route that is not GraphQL (an upload, a download): one of `scopes` needed. */
  async routeRefusal(actor: Actor, scopes: readonly ApiScope[]): Promise<AppError | undefined> {
    const token = tokenOf(actor);
    if (!token) return undefined;
    if (!tokenHasScope(actor, scopes))
      return new ForbiddenError(`This API token needs one of the scopes ${scopes.join(', ')}.`);
    return this.spend(token.id);
  }

  private async spend(tokenId: string): Promise<AppError | undefined> {
    try {
      await this.rate.consume(tokenId);
      return undefined;
    } catch (rejection) {
      const retryAfter = retryAfterSeconds(rejection);
      if (retryAfter === null) throw rejection;
      return new TooManyRequestsError(
        'This API token made too many requests; try again later.',
        retryAfter,
      );
    }
  }
}
