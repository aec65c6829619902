import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type PgBoss from 'pg-boss';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  ErrorCode,
  NotFoundError,
  TooManyRequestsError,
} from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { type LiveBus, Topic, topicId } from '../../core/pubsub.js';
import { createRateLimiter, retryAfterSeconds } from '../../core/rate-limit.js';
import type { ActorScope, HeadScope } from '../../core/scope.js';
import { normalizeEmail, requireText } from '../../core/validation.js';
import { liveApiTokenIdsOf } from '../api-token/api-token.queries.js';
import { NAME_MAX } from '../office/office.types.js';
import type { SystemMailService } from '../system-mail/system-mail.service.js';
import {
  type AccountRow,
  accountById,
  activeAccountByEmail,
  consumePasswordResets,
  deactivationTarget,
  dropPasswordResets,
  findPasswordReset,
  insertPasswordReset,
  liveSessionsOfUser,
  markDeactivated,
  revokeOwnSession,
  revokeSessionsOfUser,
  setPasswordHash,
} from './account.queries.js';
import { SessionInfo, type UpdateMyAccountInput } from './account.types.js';
import type { AuthService } from './auth.service.js';
import { sourceOf } from './login-throttle.js';
import { hashPassword } from './password-hasher.js';
import { requireStrongPassword } from './password-rules.js';
import { User } from './user.entity.js';

/** A reset link works this long, once. */
export const PASSWORD_RESET_VALID_MINUTES = 60;

/** A job asks for a reset link for an email, whether or not it has an account. */
export interface PasswordResetJob {
  email: string;
}

export function passwordResetQueue(config: Pick<Config, 'emailQueue'>): string {
  return `${config.emailQueue}-password-reset`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Passwords and sessions of one's own account (reset, change, sessions) and the head's
 * deactivation of the office's people. Every way out of a session (reset, change, revoke,
 * deactivation) publishes SessionEnded, which closes its sockets on every instance.
 */
export class AccountService {
  private readonly resetsBySource: RateLimiterAbstract;
  private readonly resetsByEmail: RateLimiterAbstract;

  constructor(
    private readonly config: Config,
    private readonly live: LiveBus,
    private readonly auth: AuthService,
    private readonly systemMail: SystemMailService,
    private readonly boss: () => PgBoss,
    redis?: Redis,
  ) {
    this.resetsBySource = createRateLimiter(
      { name: 'reset-source', points: config.passwordResetMaxPerSource, windowSeconds: 3600 },
      redis,
    );
    this.resetsByEmail = createRateLimiter(
      { name: 'reset-email', points: config.passwordResetMaxPerEmail, windowSeconds: 3600 },
      redis,
    );
  }

  /**
   * Always true, and the same work for any email: the request only counts against the limits and
   * queues a job; the job looks the account up and mails the link (`sendPasswordReset`). So neither
   * the answer, nor its statements, nor its time tell whether the email has an account.
   */
  async requestPasswordReset(emailInput: string, clientAddress: string): Promise<true> {
    const email = normalizeEmail(emailInput);
    await spend(
      this.resetsBySource,
      sourceOf(clientAddress),
      'Too many password reset requests from this address.',
    );
    await spend(
      this.resetsByEmail,
      sha256(email).slice(0, 32),
      'Too many password reset requests for this email.',
    );
    // No account has an address longer than a valid one.
    if (email.length <= 254)
      await this.boss().send(passwordResetQueue(this.config), { email } satisfies PasswordResetJob);
    return true;
  }

  /** The job of a request: a single-use link, valid an hour, mailed to an active account only. */
  async sendPasswordReset(em: EntityManager, email: string): Promise<void> {
    await em.transactional(async (tx: EntityManager) => {
      const account = await activeAccountByEmail(tx, email);
      if (!account) return;
      const token = randomBytes(32).toString('base64url');
      await insertPasswordReset(tx, account.id, sha256(token), PASSWORD_RESET_VALID_MINUTES);
      await this.systemMail.enqueue(tx, {
        to: account.email,
        template: 'password-reset',
        language: account.language,
        vars: {
          name: account.name,
          email: account.email,
          officeName: account.office_name,
          link: `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
          validMinutes: PASSWORD_RESET_VALID_MINUTES,
        },
      });
    });
  }

  /**
   * Sets the password of a reset link's account and logs in: the link and every other unused one
   * of the account are used up, and every other session ends. The password rules are checked
   * before the link is used, so a refused password leaves it usable.
   */
  async resetPassword(
    em: EntityManager,
    token: string,
    password: string,
    userAgent: string | undefined,
  ): Promise<{ token: string; user: User }> {
    const reset = token.length <= 200 ? await findPasswordReset(em, sha256(token)) : null;
    if (!reset || reset.deactivated)
      throw new AppError(
        ErrorCode.NotFound,
        'This password reset link is not valid; ask for a new one.',
        { field: 'token' },
      );
    if (reset.used)
      throw new BadUserInputError(
        'This password reset link was already used; ask for a new one.',
        'token',
      );
    if (reset.expired)
      throw new BadUserInputError(
        'This password reset link has expired; ask for a new one.',
        'token',
      );
    const account = (await accountById(em, reset.user_id))!;
    requireStrongPassword(password, account.email);
    const passwordHash = await hashPassword(password);
    const ended = await em.transactional(async (tx: EntityManager) => {
      if (!(await consumePasswordResets(tx, reset.id, account.id)))
        throw new BadUserInputError(
          'This password reset link was already used; ask for a new one.',
          'token',
        );
      await setPasswordHash(tx, account.id, passwordHash);
      const ended = await revokeSessionsOfUser(tx, account.id, null);
      await this.noticePasswordChanged(tx, account);
      return ended;
    });
    this.sessionsEnded(ended);
    const user = await em.findOneOrFail(User, account.id);
    return { token: await this.auth.createSession(em, user, userAgent), user };
  }

  /**
   * The logged-in user's new password, after the current one: every other session of theirs ends,
   * and they get the "password changed" notice. A wrong current password counts as a failed login.
   */
  async changePassword(
    { em, actor }: ActorScope,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
  ): Promise<true> {
    const account = await accountById(em, actor.userId);
    if (!account) throw new NotFoundError('User');
    if (!(await this.auth.checkPassword(em, account, currentPassword, clientAddress)))
      throw new BadUserInputError('The current password is wrong.', 'currentPassword');
    try {
      requireStrongPassword(newPassword, account.email);
    } catch (error) {
      if (error instanceof BadUserInputError)
        throw new BadUserInputError(error.message, 'newPassword');
      throw error;
    }
    if (newPassword === currentPassword)
      throw new BadUserInputError(
        'The new password must differ from the current one.',
        'newPassword',
      );
    const passwordHash = await hashPassword(newPassword);
    const ended = await em.transactional(async (tx: EntityManager) => {
      await setPasswordHash(tx, account.id, passwordHash);
      await dropPasswordResets(tx, account.id);
      const ended = await revokeSessionsOfUser(tx, account.id, actor.sessionId);
      await this.noticePasswordChanged(tx, account);
      return ended;
    });
    this.sessionsEnded(ended);
    return true;
  }

  /** Your name and language; fields left out stay as they are. */
  async updateMyAccount({ em, actor }: ActorScope, input: UpdateMyAccountInput): Promise<User> {
    const user = await em.findOneOrFail(User, actor.userId);
    if (input.name != null) user.name = requireText(input.name, 'name', NAME_MAX);
    if (input.language != null) user.language = input.language;
    await em.flush();
    return user;
  }

  async mySessions({ em, actor }: ActorScope): Promise<SessionInfo[]> {
    const rows = await liveSessionsOfUser(em, actor.userId);
    return rows.map((row) =>
      Object.assign(new SessionInfo(), {
        id: row.id,
        createdAt: new Date(row.created_at),
        lastUsedAt: new Date(row.last_used_at),
        userAgent: row.user_agent,
        current: row.id === actor.sessionId,
      }),
    );
  }

  /** Ends one of the caller's own sessions (the current one too); another user's is NOT_FOUND. */
  async revokeSession({ em, actor }: ActorScope, sessionId: string): Promise<true> {
    const outcome = isId(sessionId) ? await revokeOwnSession(em, actor.userId, sessionId) : 'none';
    if (outcome === 'none') throw new NotFoundError('Session', sessionId);
    if (outcome === 'revoked') this.sessionsEnded([sessionId]);
    return true;
  }

  /**
   * A head deactivates a person of their office: they cannot log in any more, every session and
   * socket of theirs ends at once, unused reset links die; what they wrote stays. A client who
   * belongs to companies of another office too is CONFLICT: that office still serves them.
   */
  async deactivateUser({ em, actor }: HeadScope, userId: string): Promise<User> {
    if (userId === actor.userId)
      throw new BadUserInputError('You cannot deactivate yourself.', 'id');
    const target = isId(userId) ? await deactivationTarget(em, actor.officeId, userId) : null;
    if (!target) throw new NotFoundError('User', userId);
    if (target.other_offices)
      throw new ConflictError(
        'This client also belongs to companies of another office; remove them from your companies instead.',
      );
    const ended = await em.transactional(async (tx: EntityManager) => {
      await markDeactivated(tx, userId);
      await dropPasswordResets(tx, userId);
      // A head's API tokens stop authenticating with them; their open sockets close now too.
      const tokens = await liveApiTokenIdsOf(tx, userId);
      return [...(await revokeSessionsOfUser(tx, userId, null)), ...tokens];
    });
    this.sessionsEnded(ended);
    return em.findOneOrFail(User, userId, { refresh: true });
  }

  private async noticePasswordChanged(tx: EntityManager, account: AccountRow): Promise<void> {
    await this.systemMail.enqueue(tx, {
      to: account.email,
      template: 'password-changed',
      language: account.language,
      vars: {
        name: account.name,
        email: account.email,
        officeName: account.office_name,
        changedAt: new Date().toISOString(),
      },
    });
  }

  /** Sockets of these sessions, on every instance, close. */
  private sessionsEnded(sessionIds: string[]): void {
    if (!sessionIds.length) return;
    this.live.publish([
      {
        topic: Topic.SessionEnded,
        id: topicId.sessions,
        items: sessionIds.map((sessionId) => ({ sessionId })),
      },
    ]);
  }
}

async function spend(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    const retryAfter = retryAfterSeconds(rejection);
    if (retryAfter === null) throw rejection;
    throw new TooManyRequestsError(message, retryAfter);
  }
}
