import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import {
  type Delivered,
  delivered,
  RESYNC_NOTE,
  type ResyncSignal,
} from '../../core/live-stream.js';
import type { ConnectionShape } from '../../core/pagination.js';
import type { CompanyAccessItem } from '../../core/pubsub.js';
import {
  type ActorContext,
  CurrentActor,
  CurrentHead,
  CurrentStaff,
  type HeadContext,
  isClientActor,
  requireStaffScope,
  type StaffContext,
} from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { Message } from '../message/message.entity.js';
import { Company } from './company.entity.js';
import { CompanyImportResult } from './company.import.types.js';
import {
  CompanyAccessChange,
  CompanyConnection,
  CompanyFilter,
  CreateCompanyInput,
  UpdateCompanyInput,
} from './company.types.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Subscription(() => CompanyAccessChange, {
    description: `Staff: companies given to or taken from you as caretaker, so an open company list can follow (heads see every company and hear nothing). ${RESYNC_NOTE}`,
    subscribe: ({ context }: { context: Context }) =>
      context.services.companies.liveAccess(requireStaffScope(context)),
  })
  companyAccessChanged(
    @Root() root: Delivered<CompanyAccessItem> | ResyncSignal,
  ): CompanyAccessChange {
    return delivered(root).item;
  }

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

  @Mutation(() => Company, {
    description: 'Changes the fields given (NIP checked, unique in the office); staff who see it.',
  })
  updateCompany(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCompanyInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<Company> {
    return context.services.companies.update(context, id, input);
  }

  @Mutation(() => Company, {
    description:
      'Takes the company out of the list, the inbox and every send; its history stays. Idempotent.',
  })
  archiveCompany(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Company> {
    return context.services.companies.setArchived(context, id, true);
  }

  @Mutation(() => Company, { description: 'Brings an archived company back. Idempotent.' })
  restoreCompany(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Company> {
    return context.services.companies.setArchived(context, id, false);
  }

  @Mutation(() => Int, {
    description:
      'Gives the companies to a caretaker or head of the office (null: to nobody), all or none; how many changed.',
  })
  assignCaretaker(
    @Arg('companyIds', () => [ID]) companyIds: string[],
    @Arg('caretakerId', () => ID, { nullable: true }) caretakerId: string | null,
    @CurrentHead() context: HeadContext,
  ): Promise<number> {
    return context.services.companies.assignCaretaker(context, companyIds, caretakerId ?? null);
  }

  @Mutation(() => CompanyImportResult, {
    description:
      'Reads a CSV upload of companies (nazwa, NIP, forma opodatkowania, VAT, e-mail, opiekun) by NIP: all rows or none unless skipInvalid; a dry run writes nothing.',
  })
  importCompanies(
    @Arg('uploadId', () => ID) uploadId: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Arg('skipInvalid', () => Boolean, { defaultValue: false }) skipInvalid: boolean,
    @CurrentHead() context: HeadContext,
  ): Promise<CompanyImportResult> {
    return context.services.companyImport.import(context, uploadId, { dryRun, skipInvalid });
  }

  @FieldResolver(() => User, { nullable: true })
  caretaker(@Root() company: Company, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return company.caretaker ? loaders.user.load(company.caretaker.id) : null;
  }

  @FieldResolver(() => [User], {
    description: "The company's client users, by name. Office staff only (FORBIDDEN for clients).",
  })
  users(@Root() company: Company, @CurrentStaff() { loaders }: StaffContext): Promise<User[]> {
    return loaders.companyUsers.load(company.id);
  }

  @FieldResolver(() => Message, {
    nullable: true,
    description: 'The newest message of the thread (for a client, not a recalled one).',
  })
  lastMessage(
    @Root() company: Company,
    @Ctx() { loaders, actor }: Context,
  ): Promise<Message | null> {
    const loader = isClientActor(actor) ? loaders.lastMessageForClient : loaders.lastMessage;
    return loader.load(company.id);
  }

  @FieldResolver(() => Message, {
    nullable: true,
    description:
      'The newest email delivered to the company with printouts: its delivery says when, its attachments which.',
  })
  lastPrintoutEmail(
    @Root() company: Company,
    @Ctx() { loaders }: Context,
  ): Promise<Message | null> {
    return loaders.lastPrintoutMessage.load(company.id);
  }
}
