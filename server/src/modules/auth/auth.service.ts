import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Actor, Scope } from '../../core/context.js';
import { UnauthenticatedError } from '../../core/errors.js';
import { Topic, topicId, type LiveBus } from '../../core/pubsub.js';
import { normalizeEmail } from '../../core/validation.js';
import { Session } from './session.entity.js';
import { Role, User } from './user.entity.js';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Same message for an unknown email and a wrong password: the answer reveals no accounts. */
const wrongCredentials = () => new UnauthenticatedError('Wrong email or password.');

export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    private readonly config: Config,
    private readonly live: LiveBus,
  ) {}

  async login(em: EntityManager, emailInput: string, password: string): Promise<{ token: string; user: User }> {
    const email = normalizeEmail(emailInput);
    // No account has an address the database cannot even store: fail as for an unknown one.
    if (email.length > 254 || email.includes('\u0000')) {
      await argon2.verify(await this.decoyHash, password).catch(() => false);
      throw wrongCredentials();
    }
    const retryAfter = await this.lockedFor(em, email);
    if (retryAfter > 0) {
      throw new UnauthenticatedError(`Too many failed logins. Try again in ${retryAfter} s.`, { retryAfter });
    }
    const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
    const valid = user
      ? await argon2.verify(user.passwordHash, password).catch(() => false)
      : await argon2.verify(await this.decoyHash, password).then(() => false);
    if (!user || !valid) {
      await this.recordFailure(em, email);
      throw wrongCredentials();
    }
    await em.execute('delete from login_failure where email = ?', [email]);
    return { token: await this.createSession(em, user), user };
  }

  /** A new bearer token for the user, valid for SESSION_TTL_HOURS. */
  async createSession(em: EntityManager, user: User): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    em.create(Session, {
      user,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3_600_000),
    });
    await em.flush();
    return token;
  }

  /**
   * After LOGIN_MAX_FAILURES failures in a row an email must wait before the next attempt:
   * 1 s, then twice as long after each further failure, at most 15 minutes.
   */
  private async lockedFor(em: EntityManager, email: string): Promise<number> {
    const [row] = await em.execute<Array<{ failures: number; last_failure_at: Date }>>(
      'select failures, last_failure_at from login_failure where email = ?',
      [email],
    );
    if (!row || row.failures < this.config.loginMaxFailures) return 0;
    const waitMs = Math.min(1000 * 2 ** (row.failures - this.config.loginMaxFailures), 15 * 60_000);
    const remaining = new Date(row.last_failure_at).getTime() + waitMs - Date.now();
    return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
  }

  private async recordFailure(em: EntityManager, email: string): Promise<void> {
    await em.execute(
      `insert into login_failure (email, failures, last_failure_at) values (?, 1, now())
       on conflict (email) do update set failures = login_failure.failures + 1, last_failure_at = now()`,
      [email],
    );
  }

  /** The actor behind a bearer token, in one statement; null when unknown, expired or revoked. */
  async authenticate(em: EntityManager, token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    const [row] = await em.execute<Array<{ session_id: string; user_id: string; role: Role; office_id: string | null; company_ids: string[] }>>(
      `select s.id as session_id, u.id as user_id, u.role, u.office_id,
              array(select cm.company_id from company_member cm where cm.user_id = u.id) as company_ids
         from session s join app_user u on u.id = s.user_id
        where s.token_hash = ? and s.revoked_at is null and s.expires_at > now()`,
      [sha256(token)],
    );
    if (!row) return null;
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      role: row.role,
      officeId: row.office_id,
      companyIds: row.role === Role.CLIENT ? row.company_ids : [],
    };
  }

  async logout({ em, actor }: Scope): Promise<boolean> {
    if (!actor) return false;
    await em.execute('update session set revoked_at = now() where id = ? and revoked_at is null', [actor.sessionId]);
    // Sockets opened with this token, on any instance, are closed too.
    this.live.publish([{ topic: Topic.SessionEnded, id: topicId.sessions, items: [{ sessionId: actor.sessionId }] }]);
    return true;
  }
}

/** The token of `Authorization: Bearer <token>` (header or graphql-ws connectionParams). */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
