import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { ConnectionShape } from '../../core/pagination.js';
import {
  type ActorContext,
  CurrentActor,
  CurrentStaff,
  type StaffContext,
} from '../../core/scope.js';
import { Company } from '../company/company.entity.js';
import { Declaration, LedgerEntry, Upo } from './bookkeeping.entity.js';
import {
  DeclarationInput,
  LedgerEntryConnection,
  LedgerEntryInput,
  UpoInput,
} from './bookkeeping.types.js';

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @Query(() => LedgerEntryConnection, {
    description: "A company's bookkeeping entries of a month (YYYY-MM) or year (YYYY), by date.",
  })
  ledgerEntries(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('period') period: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentActor() context: ActorContext,
  ): Promise<ConnectionShape<LedgerEntry>> {
    return context.services.bookkeeping.ledgerEntries(context, companyId, period, { first, after });
  }

  @Mutation(() => Int, {
    description: 'Adds 1 to 5,000 entries to a company, all or none; returns how many were added.',
  })
  importLedgerEntries(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('entries', () => [LedgerEntryInput]) entries: LedgerEntryInput[],
    @CurrentStaff() context: StaffContext,
  ): Promise<number> {
    return context.services.bookkeeping.importLedgerEntries(context, companyId, entries);
  }
}

@Resolver(() => Declaration)
export class DeclarationResolver {
  @Mutation(() => Declaration, {
    description: 'Creates or updates the declaration of (company, type, period).',
  })
  upsertDeclaration(
    @Arg('input') input: DeclarationInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<Declaration> {
    return context.services.bookkeeping.upsertDeclaration(context, input);
  }

  @Mutation(() => Upo, {
    description: 'Records the UPO of a filed declaration, which becomes ACCEPTED.',
  })
  recordUpo(@Arg('input') input: UpoInput, @CurrentStaff() context: StaffContext): Promise<Upo> {
    return context.services.bookkeeping.recordUpo(context, input);
  }

  @Mutation(() => Declaration, {
    description:
      'Marks the tax of a declaration paid (paidAt), keeping the first time on a repeat; paid: false marks it unpaid again. Staff who see its company; NOT_FOUND otherwise. A paid declaration gets no deadline reminder.',
  })
  markDeclarationPaid(
    @Arg('id', () => ID) id: string,
    @Arg('paid', { defaultValue: true }) paid: boolean,
    @CurrentStaff() context: StaffContext,
  ): Promise<Declaration> {
    return context.services.bookkeeping.markPaid(context, id, paid);
  }

  @FieldResolver(() => Upo, {
    nullable: true,
    description: "The tax authority's receipt, once recorded.",
  })
  upo(@Root() declaration: Declaration, @Ctx() context: Context): Promise<Upo | null> {
    return context.services.bookkeeping.upoOf(context, declaration);
  }
}

@Resolver(() => Company)
export class CompanyBookkeepingResolver {
  @FieldResolver(() => [Declaration], {
    description:
      'Declarations, newest period first; of one month ("YYYY-MM") or of a year ("YYYY": annual and monthly ones) when period is given.',
  })
  declarations(
    @Root() company: Company,
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Ctx() context: Context,
  ): Promise<Declaration[]> {
    return context.services.bookkeeping.declarationsOf(context, company, period);
  }

  @FieldResolver(() => Declaration, {
    nullable: true,
    description:
      'The latest declaration: the newest period (an annual one counting as its December), then the latest filed.',
  })
  latestDeclaration(
    @Root() company: Company,
    @Ctx() context: Context,
  ): Promise<Declaration | null> {
    return context.services.bookkeeping.latestDeclarationOf(context, company);
  }
}

export const bookkeepingResolvers = [
  LedgerEntryResolver,
  DeclarationResolver,
  CompanyBookkeepingResolver,
] as const;
