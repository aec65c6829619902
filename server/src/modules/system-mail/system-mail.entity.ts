import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';

export enum SystemMailStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * One email of the platform's own (an invitation, a password reset, a security notice), queued in
 * the transaction that called for it and sent by the system mail worker. Not in the API.
 */
@Entity()
@Index({ properties: ['toAddress', 'createdAt'] })
export class SystemMail extends BaseEntity<'status' | 'attempts'> {
  @Property({ length: 320 })
  toAddress!: string;

  @Property({ length: 64 })
  template!: string;

  @Property({ length: 2 })
  language!: string;

  /** The template's values that are no secret (names, dates). */
  @Property({ type: 'jsonb' })
  vars!: Record<string, unknown>;

  /** The values the template marks secret (links carrying a token), sealed with SECRET_KEY. */
  @Property({ type: 'text', nullable: true })
  sealedVars?: string;

  @Enum({ items: () => SystemMailStatus, default: SystemMailStatus.QUEUED })
  status: SystemMailStatus = SystemMailStatus.QUEUED;

  /** SMTP attempts made. */
  @Property({ default: 0 })
  attempts: number = 0;

  /** Why the last attempt failed: the SMTP server's code and words, never the message. */
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;
}
