import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Role } from '../auth/user.entity.js';
import { demoLogins } from './demo.seed.js';

@ObjectType()
export class DemoLogin {
  @Field()
  email!: string;

  @Field({ description: 'Who this login is, in (English) words.' })
  role!: string;

  @Field(() => Role, { description: 'Its role, for a client to put in its own words.' })
  userRole!: Role;

  @Field(() => String, { nullable: true, description: 'The office it belongs to.' })
  office?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last of a numbered series of such logins (klient1 … klient40).',
  })
  lastEmail?: string;
}

@ObjectType({
  description:
    'The demo logins, listed on the login page; exists only while demo data is enabled (never in production).',
})
export class DemoAccounts {
  @Field({ description: 'The shared password of every demo login (DEMO_PASSWORD).' })
  password!: string;

  @Field(() => [DemoLogin])
  logins!: DemoLogin[];
}

@Resolver()
export class DemoResolver {
  @Query(() => DemoAccounts, { nullable: true })
  demoAccounts(@Ctx() { services }: Context): DemoAccounts | null {
    const { config } = services;
    if (!config.demoData || config.env === 'production') return null;
    return { password: config.demoPassword, logins: demoLogins };
  }
}
