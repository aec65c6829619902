import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Actor } from '../../core/context.js';
import { UnauthenticatedError } from '../../core/errors.js';
import { type LiveBus, Topic, topicId } from '../../core/pubsub.js';
import type { ActorScope } from '../../core/scope.js';
import { normalizeEmail } from '../../core/validation.js';
import { ApiTokenService } from '../api-token/api-token.service.js';
import { findLiveSession, revokeSession } from './auth.queries.js';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword, PasswordHasher } from './password-hasher.js';
import { Session } from './session.entity.js';
import { Role, User } from './user.entity.js';

export { hashPassword } from './password-hasher.js';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Same message for an unknown email and a wrong password: the answer reveals no accounts. */
const wrongCredentials = () => new UnauthenticatedError('Wrong email or password.');

export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));
  private readonly passwords: PasswordHasher;
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly config: Config,
    private readonly live: LiveBus,
    private readonly apiTokens: ApiTokenService,
  ) {
    this.passwords = new PasswordHasher(config.passwordHashConcurrency, config.passwordHashQueue);
    this.throttle = new LoginThrottle(
      {
        perEmailAndSource: config.loginMaxFailures,
        perSource: config.loginMaxFailuresPerSource,
        windowSeconds: config.loginWindowSeconds,
      },
      live.redis,
    );
  }

  /**
   * The attempt is counted (per source, and per email from that source) before anything else, and
   * refused with TOO_MANY_REQUESTS past either limit. A wrong password and an unknown email take
   * the same path, one lookup and one hash, and write nothing.
   */
  async login(
    em: EntityManager,
    emailInput: string,
    password: string,
    clientAddress: string,
    userAgent?: string,
  ): Promise<{ token: string; user: User }> {
    const email = normalizeEmail(emailInput);
    const attempt = await this.throttle.attempt(email, clientAddress);
    let user: User | null = null;
    const passwordHash = async () => {
      // No account has an address longer than a valid one: no need to look for it.
      user =
        email.length <= 254
          ? await em.findOne(User, { email }, { populate: ['passwordHash'] })
          : null;
      return user ? user.passwordHash : this.decoyHash;
    };
    let valid: boolean;
    try {
      valid = await this.passwords.verify(passwordHash, password);
    } catch (error) {
      // A wrong password is `false`, never an error: this attempt was refused or failed unchecked.
      await attempt.withdraw();
      throw error;
    }
    if (!user || !valid) throw wrongCredentials();
    await attempt.succeeded();
    // Told only to whoever knows the password: the head deactivated this account.
    if ((user as User).deactivatedAt)
      throw new UnauthenticatedError('This account has been deactivated by its office.');
    return { token: await this.createSession(em, user, userAgent), user };
  }

  /**
   * Whether `password` is the account's own, counted like a login attempt (per source, and per
   * email from it) and hashed within the same bounded slots: a stolen session cannot guess the
   * password faster than a login could.
   */
  async checkPassword(
    em: EntityManager,
    account: { id: string; email: string },
    password: string,
    clientAddress: string,
  ): Promise<boolean> {
    const attempt = await this.throttle.attempt(account.email, clientAddress);
    let valid: boolean;
    try {
      valid = await this.passwords.verify(
        async () =>
          (await em.findOneOrFail(User, account.id, { populate: ['passwordHash'] })).passwordHash,
        password,
      );
    } catch (error) {
      await attempt.withdraw();
      throw error;
    }
    if (valid) await attempt.succeeded();
    return valid;
  }

  /**
   * A new bearer token for the user, valid for SESSION_TTL_HOURS, with the User-Agent it came with
   * (`mySessions`).
   */
  async createSession(em: EntityManager, user: User, userAgent?: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const session = em.create(Session, {
      user,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3_600_000),
      userAgent: userAgent ? [...userAgent].slice(0, 512).join('') : undefined,
    });
    // Used as it is made: its first minute of requests records nothing more.
    session.lastUsedAt = session.createdAt;
    await em.flush();
    return token;
  }

  /**
   * The actor behind a bearer token (a session's or an API token's, `lp_…`), in one statement;
   * null when unknown, expired or revoked.
   */
  async authenticate(em: EntityManager, token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    if (ApiTokenService.isApiToken(token)) return this.apiTokens.authenticate(em, token);
    const row = await findLiveSession(em, sha256(token));
    if (!row) return null;
    const base = { sessionId: row.session_id, userId: row.user_id };
    switch (row.role) {
      case Role.OFFICE_HEAD:
      case Role.CARETAKER:
        // Staff without an office cannot exist by the schema's check; treated as no session.
        return row.office_id ? { ...base, role: row.role, officeId: row.office_id } : null;
      case Role.CLIENT:
        return { ...base, role: row.role, companyIds: row.company_ids };
      case Role.PLATFORM_ADMIN:
        return { ...base, role: row.role };
    }
  }

  async logout({ em, actor }: ActorScope): Promise<boolean> {
    await revokeSession(em, actor.sessionId);
    // Sockets opened with this token, on any instance, are closed too.
    this.live.publish([
      { topic: Topic.SessionEnded, id: topicId.sessions, items: [{ sessionId: actor.sessionId }] },
    ]);
    return true;
  }
}

/** The token of `Authorization: Bearer <token>` (header or graphql-ws connectionParams). */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
