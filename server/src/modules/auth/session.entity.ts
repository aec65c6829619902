import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/** A login. Only the sha256 of the bearer token is stored, so a database leak gives no usable tokens. */
@Entity()
export class Session extends BaseEntity {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ unique: true, length: 64 })
  tokenHash!: string;

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;

  /** The User-Agent the login came with, cut to 512 characters. */
  @Property({ length: 512, nullable: true })
  userAgent?: string;

  /** When the session was last used, recorded at most once a minute (auth.queries.ts). */
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date;
}
