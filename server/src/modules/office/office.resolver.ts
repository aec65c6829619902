import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { isId } from '../../core/pagination.js';
import { Role, User } from '../auth/user.entity.js';
import { SMTP_CHANGES_SHOWN } from '../email/email.loader.js';
import { SmtpIntegrationInput } from '../email/email.types.js';
import { SmtpChange } from '../email/smtp-change.entity.js';
import { SmtpIntegration } from '../email/smtp-integration.entity.js';
import { Office, OfficeVerification } from './office.entity.js';

@Resolver(() => Office)
export class OfficeResolver {
  @Authorized(Role.PLATFORM_ADMIN)
  @Query(() => [Office], { description: 'Every office, by name (platform admins).' })
  offices(@Ctx() { em }: Context): Promise<Office[]> {
    return em.find(Office, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  @Authorized(Role.PLATFORM_ADMIN)
  @Mutation(() => Office)
  async setOfficeVerification(
    @Arg('officeId', () => ID) officeId: string,
    @Arg('status', () => OfficeVerification) status: OfficeVerification,
    @Ctx() { em, services }: Context,
  ): Promise<Office> {
    const office = isId(officeId) ? await em.findOne(Office, officeId) : null;
    if (!office) throw new NotFoundError('Office', officeId);
    office.verification = status;
    await em.flush();
    services.logger.info('office verification set', { officeId, status });
    return office;
  }

  @Authorized(Role.OFFICE_HEAD)
  @Mutation(() => SmtpIntegration, {
    description: "The office's own SMTP server; the password is kept encrypted and never returned.",
  })
  updateSmtpIntegration(
    @Arg('input') input: SmtpIntegrationInput,
    @Ctx() context: Context,
  ): Promise<SmtpIntegration> {
    return context.services.smtp.update(context, input);
  }

  @Authorized(Role.OFFICE_HEAD)
  @Mutation(() => Boolean, {
    description:
      'Connects and authenticates, sends nothing; on false, smtpIntegration.lastTestError says only: could not connect, refused the login, or TLS failed. TOO_MANY_REQUESTS past SMTP_TESTS_PER_HOUR per office.',
  })
  testSmtpIntegration(@Ctx() context: Context): Promise<boolean> {
    return context.services.smtp.test(context);
  }

  @FieldResolver(() => Boolean)
  async smtpConfigured(@Root() office: Office, @Ctx() { loaders }: Context): Promise<boolean> {
    return (await loaders.smtpIntegration.load(office.id)) !== null;
  }

  @FieldResolver(() => Boolean, {
    description: 'VERIFIED and SMTP configured: the MESSAGES (email) action is available.',
  })
  async canSendEmail(@Root() office: Office, @Ctx() { loaders }: Context): Promise<boolean> {
    return (
      office.verification === OfficeVerification.VERIFIED &&
      (await loaders.smtpIntegration.load(office.id)) !== null
    );
  }

  @FieldResolver(() => [User], {
    description:
      "The office's caretakers, by name, for its head (the company list's caretaker filter); empty for everyone else.",
  })
  caretakers(@Root() office: Office, @Ctx() { actor, em }: Context): Promise<User[]> | User[] {
    if (actor?.role !== Role.OFFICE_HEAD || actor.officeId !== office.id) return [];
    return em.find(
      User,
      { office: office.id, role: Role.CARETAKER },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
  }

  @FieldResolver(() => SmtpIntegration, {
    nullable: true,
    description: "The office's SMTP settings, for its head only.",
  })
  smtpIntegration(
    @Root() office: Office,
    @Ctx() { actor, loaders }: Context,
  ): Promise<SmtpIntegration | null> | null {
    if (actor?.role !== Role.OFFICE_HEAD || actor.officeId !== office.id) return null;
    return loaders.smtpIntegration.load(office.id);
  }

  @FieldResolver(() => [SmtpChange], {
    description: `Where the office's email has gone: each new SMTP host, port or username (and the first settings), newest first, the latest ${SMTP_CHANGES_SHOWN}. Platform admins only; empty for everyone else.`,
  })
  smtpChanges(
    @Root() office: Office,
    @Ctx() { actor, loaders }: Context,
  ): Promise<SmtpChange[]> | SmtpChange[] {
    if (actor?.role !== Role.PLATFORM_ADMIN) return [];
    return loaders.smtpChanges.load(office.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the SMTP host, port or username last changed while the office was VERIFIED (see smtpChanges): a server the admin has not verified the office with. Platform admins only.',
  })
  smtpChangedAt(
    @Root() office: Office,
    @Ctx() { actor, loaders }: Context,
  ): Promise<Date | null> | null {
    if (actor?.role !== Role.PLATFORM_ADMIN) return null;
    return loaders.smtpChangedWhileVerifiedAt.load(office.id);
  }
}

@Resolver(() => SmtpChange)
export class SmtpChangeResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'The office head who saved the settings.',
  })
  changedBy(@Root() change: SmtpChange, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return change.changedBy ? loaders.user.load(change.changedBy.id) : null;
  }
}
