import { Entity, Enum, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Office } from '../office/office.entity.js';

export enum SmtpSecurity {
  NONE = 'NONE',
  STARTTLS = 'STARTTLS',
  TLS = 'TLS',
}
registerEnumType(SmtpSecurity, {
  name: 'SmtpSecurity',
  description:
    'NONE: plain; STARTTLS: upgrade a plain connection (port 587); TLS: TLS from the start (port 465).',
});

/** The office's own SMTP server, through which its emails go. */
@ObjectType()
@Entity()
export class SmtpIntegration extends BaseEntity<'loginRejections'> {
  @OneToOne(() => Office, { owner: true, ref: true, unique: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @Field()
  @Property()
  host!: string;

  @Field(() => Int)
  @Property()
  port!: number;

  @Field(() => SmtpSecurity)
  @Enum({ items: () => SmtpSecurity })
  security!: SmtpSecurity;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  username?: string;

  /** AES-256-GCM under SECRET_KEY (see core/secret-box.ts); never exposed, never logged. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordEncrypted?: string;

  @Field()
  @Property()
  fromAddress!: string;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  fromName?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastTestedAt?: Date;

  @Field(() => Boolean, { nullable: true })
  @Property({ nullable: true })
  lastTestOk?: boolean;

  @Field(() => String, { nullable: true, description: 'Why the last test failed, in words.' })
  @Property({ type: 'text', nullable: true })
  lastTestError?: string;

  /**
   * Logins the server refused in a row with these settings. The second stops the office's queued
   * emails (FAILED with the reason) instead of trying once per company; new settings or a test
   * that logs in start again from 0.
   */
  @Property({ default: 0 })
  loginRejections: number = 0;

  @Property({ type: 'text', nullable: true })
  loginRejectedError?: string;
}
