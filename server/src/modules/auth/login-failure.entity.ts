import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed logins per email, shared by every API instance, to slow down password guessing. */
@Entity()
export class LoginFailure {
  @PrimaryKey()
  email!: string;

  @Property()
  failures!: number;

  @Property({ type: 'timestamptz' })
  lastFailureAt!: Date;
}
