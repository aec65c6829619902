import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Scope } from '../../core/context.js';
import { BadUserInputError, ForbiddenError } from '../../core/errors.js';
import type { MemberScope } from '../../core/scope.js';
import type { SecretBox } from '../../core/secret-box.js';
import { User } from '../auth/user.entity.js';
import type { SystemMailService } from '../system-mail/system-mail.service.js';
import { mailLanguage } from '../system-mail/system-mail.templates.js';
import { latestDigestTime } from './alert.digest.js';
import { NewMessagesAlert } from './alert.entity.js';
import { mayChooseAlerts, maySeeAlertsOf } from './alert.policy.js';
import {
  type DueAlert,
  linkUser,
  markDueAlerts,
  preferenceOf,
  upsertPreference,
} from './alert.queries.js';
import type {
  NotificationPreferences,
  NotificationPreferencesInput,
  NotificationPreferencesLink,
} from './alert.types.js';

/** At most one alert per user in this long; messages arriving meanwhile fold into the next. */
export const ALERT_INTERVAL_MS = 10 * 60_000;

/** What a preferences link's signature is for: it passes for nothing else. */
const LINK_PURPOSE = 'alert-preferences';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The web client's page of the one-click link; a POST to it (RFC 8058) turns alerts off. */
export const PREFERENCES_PATH = '/alerts/preferences';

export interface AlertDeps {
  config: Pick<Config, 'alertDelaySeconds' | 'alertDigestHour' | 'publicUrl'>;
  secretBox: SecretBox;
  systemMail: Pick<SystemMailService, 'enqueueMany'>;
  /** The time; tests give their own to reach the 10-minute window and 7:00 without waiting. */
  clock?: () => Date;
}

/**
 * Email alerts of unread office messages for client users: their preference, the signed link that
 * changes it without a login, and the sweep that finds who is due and queues their mail.
 */
export class AlertService {
  constructor(private readonly deps: AlertDeps) {}

  private now(): Date {
    return this.deps.clock ? this.deps.clock() : new Date();
  }

  /** `User.notificationPreferences`: the viewer's own, if a client user; null for anyone else. */
  async preferencesOf({ em, actor }: Scope, user: User): Promise<NotificationPreferences | null> {
    if (!maySeeAlertsOf(actor, user.id)) return null;
    return { newMessages: await preferenceOf(em, user.id) };
  }

  /** The caller's own preference; FORBIDDEN for staff, whom no alerts are sent. */
  async updatePreferences(
    { em, actor }: MemberScope,
    input: NotificationPreferencesInput,
  ): Promise<User> {
    if (!mayChooseAlerts(actor))
      throw new ForbiddenError('Email alerts are for client users; office staff get none.');
    await upsertPreference(em, actor.userId, input.newMessages, this.now());
    return em.findOneOrFail(User, actor.userId);
  }

  /** The token of a user's preferences link: their id and its signature (no expiry, no state). */
  linkToken(userId: string): string {
    return `${userId}.${this.deps.secretBox.sign(LINK_PURPOSE, userId)}`;
  }

  preferencesUrl(userId: string): string {
    return `${this.deps.config.publicUrl}${PREFERENCES_PATH}?token=${encodeURIComponent(this.linkToken(userId))}`;
  }

  /** The user a token was signed for; null for a forged, altered or malformed one. */
  private userOfToken(token: string): string | null {
    const [userId, signature, ...rest] = token.trim().split('.');
    if (!userId || !signature || rest.length || !UUID.test(userId)) return null;
    return this.deps.secretBox.verify(LINK_PURPOSE, userId, signature) ? userId : null;
  }

  /** What a preferences link shows; null when it is not valid (or its user may get no alerts). */
  async linkPreview(em: EntityManager, token: string): Promise<NotificationPreferencesLink | null> {
    const userId = this.userOfToken(token);
    const user = userId ? await linkUser(em, userId) : null;
    return user ? { email: user.email, newMessages: user.new_messages } : null;
  }

  /** Sets the preference of the link's user; BAD_USER_INPUT (nothing changed) for a bad link. */
  async updateByLink(
    em: EntityManager,
    token: string,
    newMessages: NewMessagesAlert,
  ): Promise<NotificationPreferencesLink> {
    const userId = this.userOfToken(token);
    const user = userId ? await linkUser(em, userId) : null;
    if (!userId || !user)
      throw new BadUserInputError(
        'This link is not valid: it may have been altered or cut. Log in to change your email notifications.',
        'token',
      );
    await upsertPreference(em, userId, newMessages, this.now());
    return { email: user.email, newMessages };
  }

  /**
   * One sweep: in one transaction, marks every user due (see `markDueAlerts`) and queues one
   * system mail each. A few statements whatever the number of users. Answers how many were queued.
   */
  async sweep(em: EntityManager): Promise<number> {
    const now = this.now();
    const at = {
      now,
      cutoff: new Date(now.getTime() - this.deps.config.alertDelaySeconds * 1000),
      throttleFrom: new Date(now.getTime() - ALERT_INTERVAL_MS),
      digestAt: latestDigestTime(now, this.deps.config.alertDigestHour),
    };
    return em.fork().transactional(async (tx) => {
      const due = await markDueAlerts(tx, at);
      await this.deps.systemMail.enqueueMany(
        tx,
        due.map((alert) => this.mailOf(alert)),
      );
      return due.length;
    });
  }

  private mailOf(alert: DueAlert) {
    const base = this.deps.config.publicUrl;
    const threads = alert.companies.map((c) => ({
      officeName: c.officeName,
      companyName: c.companyName,
      count: c.count,
      link: `${base}/messages/${c.companyId}`,
    }));
    const [only] = threads;
    return {
      to: alert.email,
      template: 'new-messages' as const,
      language: mailLanguage(alert.language),
      vars: {
        name: alert.name,
        digest: alert.mode === NewMessagesAlert.DAILY_DIGEST,
        companies: threads,
        messagesLink: threads.length === 1 && only ? only.link : `${base}/messages`,
        preferencesLink: this.preferencesUrl(alert.user_id),
      },
    };
  }
}
