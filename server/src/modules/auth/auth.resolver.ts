import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { type ActorContext, CurrentActor } from '../../core/scope.js';
import { Company } from '../company/company.entity.js';
import { canSeeCompany, companyKey } from '../company/company.policy.js';
import { Office } from '../office/office.entity.js';
import { User } from './user.entity.js';

@ObjectType()
export class AuthPayload {
  @Field({
    description:
      'Send as `Authorization: Bearer <token>`, or in graphql-ws connectionParams.authorization.',
  })
  token!: string;

  @Field(() => User)
  user!: User;
}

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, {
    nullable: true,
    description: 'The logged-in user; null when not logged in.',
  })
  me(@Ctx() { actor, loaders }: Context): Promise<User | null> | null {
    return actor ? loaders.user.load(actor.userId) : null;
  }

  @Mutation(() => AuthPayload)
  async login(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    const payload = await context.services.auth.login(
      context.em,
      email,
      password,
      context.clientAddress,
      context.userAgent,
    );
    // The rest of this response is read as the user who just logged in (their own companies).
    context.actor = await context.services.auth.authenticate(context.em, payload.token);
    return payload;
  }

  @Mutation(() => Boolean, { description: 'Revokes the token of this request.' })
  logout(@CurrentActor() context: ActorContext): Promise<boolean> {
    return context.services.auth.logout(context);
  }

  @FieldResolver(() => Office, { nullable: true })
  office(@Root() user: User, @Ctx() { loaders }: Context): Promise<Office | null> | null {
    return user.office ? loaders.office.load(user.office.id) : null;
  }

  @FieldResolver(() => [Company], {
    description: "A client's own companies (those the viewer may see).",
  })
  async companies(@Root() user: User, @Ctx() { actor, loaders }: Context): Promise<Company[]> {
    const companies = await loaders.companiesOfUser.load(user.id);
    return companies.filter((company) => canSeeCompany(actor, companyKey(company)));
  }
}
