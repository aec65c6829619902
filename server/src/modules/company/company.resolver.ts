import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { ConnectionShape } from '../../core/pagination.js';
import {
  type ActorContext,
  CurrentActor,
  CurrentHead,
  type HeadContext,
} from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { Message } from '../message/message.entity.js';
import { Company } from './company.entity.js';
import { CompanyConnection, CompanyFilter, CreateCompanyInput } from './company.types.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: 'The companies the viewer sees, by name.' })
  companies(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => CompanyFilter, { nullable: true }) filter: CompanyFilter | null,
    @CurrentActor() context: ActorContext,
  ): Promise<ConnectionShape<Company>> {
    return context.services.companies.list(context, { first, after, filter });
  }

  @Query(() => Company, { nullable: true })
  company(
    @Arg('id', () => ID) id: string,
    @CurrentActor() context: ActorContext,
  ): Promise<Company> {
    return context.services.companies.requireVisible(context, id);
  }

  @Mutation(() => Company, {
    description: 'Adds a company to the office (NIP checked, unique in the office).',
  })
  createCompany(
    @Arg('input') input: CreateCompanyInput,
    @CurrentHead() context: HeadContext,
  ): Promise<Company> {
    return context.services.companies.create(context, input);
  }

  @FieldResolver(() => User, { nullable: true })
  caretaker(@Root() company: Company, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return company.caretaker ? loaders.user.load(company.caretaker.id) : null;
  }

  @FieldResolver(() => Message, { nullable: true })
  lastMessage(@Root() company: Company, @Ctx() { loaders }: Context): Promise<Message | null> {
    return loaders.lastMessage.load(company.id);
  }
}
