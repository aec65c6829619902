import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { demoLogins } from './demo.seed.js';

@ObjectType()
export class DemoLogin {
  @Field()
  email!: string;

  @Field({ description: 'Who this login is, in words.' })
  role!: string;
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
