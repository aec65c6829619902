import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { ConnectionShape } from '../../core/pagination.js';
import {
  type AdminContext,
  CurrentAdmin,
  CurrentHead,
  type HeadContext,
} from '../../core/scope.js';
import { AuthPayload } from '../auth/auth.resolver.js';
import { User } from '../auth/user.entity.js';
import { SMTP_CHANGES_SHOWN } from '../email/email.loader.js';
import { SmtpIntegrationInput } from '../email/email.types.js';
import { SmtpChange } from '../email/smtp-change.entity.js';
import { SmtpIntegration } from '../email/smtp-integration.entity.js';
import { StoredFile } from '../file/file.entity.js';
import { Office, OfficeVerification } from './office.entity.js';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE } from './office.logo.js';
import { OfficeConnection, SignUpOfficeInput } from './office.types.js';

@Resolver(() => Office)
export class OfficeResolver {
  @Query(() => OfficeConnection, {
    description:
      'Offices newest first, of one verification status (PENDING: the queue to decide) or all (platform admins).',
  })
  offices(
    @Arg('status', () => OfficeVerification, { nullable: true }) status: OfficeVerification | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentAdmin() context: AdminContext,
  ): Promise<ConnectionShape<Office>> {
    return context.services.offices.list(context, { status, first, after });
  }

  @Mutation(() => AuthPayload, {
    description:
      'A new office (UNVERIFIED) and its first head, logged in. BAD_USER_INPUT (with field) for a bad NIP, email, name or a weak password; CONFLICT when the email has an account; TOO_MANY_REQUESTS past SIGNUP_MAX_PER_HOUR from one source.',
  })
  async signUpOffice(
    @Arg('input') input: SignUpOfficeInput,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    const { em, services } = context;
    const user = await services.offices.signUp(em, input, context.clientAddress);
    const token = await services.auth.createSession(em, user, context.userAgent);
    // The rest of this response is read as the new head.
    context.actor = await services.auth.authenticate(em, token);
    return { token, user };
  }

  @Mutation(() => Office, {
    description:
      'The head asks the platform admin to verify the office: UNVERIFIED → PENDING; PRECONDITION_FAILED when it is PENDING or VERIFIED already.',
  })
  requestOfficeVerification(@CurrentHead() context: HeadContext): Promise<Office> {
    return context.services.offices.requestVerification(context);
  }

  @Mutation(() => Office)
  setOfficeVerification(
    @Arg('officeId', () => ID) officeId: string,
    @Arg('status', () => OfficeVerification) status: OfficeVerification,
    @CurrentAdmin() context: AdminContext,
  ): Promise<Office> {
    return context.services.offices.setVerification(context, officeId, status);
  }

  @Mutation(() => SmtpIntegration, {
    description: "The office's own SMTP server; the password is kept encrypted and never returned.",
  })
  updateSmtpIntegration(
    @Arg('input') input: SmtpIntegrationInput,
    @CurrentHead() context: HeadContext,
  ): Promise<SmtpIntegration> {
    return context.services.smtp.update(context, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Connects and authenticates, sends nothing; on false, smtpIntegration.lastTestError says only: could not connect, refused the login, or TLS failed. TOO_MANY_REQUESTS past SMTP_TESTS_PER_HOUR per office.',
  })
  testSmtpIntegration(@CurrentHead() context: HeadContext): Promise<boolean> {
    return context.services.smtp.test(context);
  }

  @Mutation(() => Office, {
    description: `The logo in the office's emails: an upload (POST /uploads) of this head, a PNG or JPEG of at most ${LOGO_MAX_BYTES / 1024} KB and ${LOGO_MAX_SIDE} px a side (BAD_USER_INPUT otherwise, reasons LOGO_NOT_IMAGE or LOGO_TOO_LARGE; SVG is refused); anyone else's upload is NOT_FOUND. Null removes it.`,
  })
  setOfficeLogo(
    @Arg('uploadId', () => ID, { nullable: true }) uploadId: string | null,
    @CurrentHead() context: HeadContext,
  ): Promise<Office> {
    return context.services.offices.setLogo(context, uploadId);
  }

  @FieldResolver(() => StoredFile, {
    nullable: true,
    description: "The logo the office's emails carry, for its head only.",
  })
  logo(@Root() office: Office, @Ctx() context: Context): Promise<StoredFile | null> {
    return context.services.offices.logo(context, office);
  }

  @FieldResolver(() => Boolean)
  smtpConfigured(@Root() office: Office, @Ctx() context: Context): Promise<boolean> {
    return context.services.offices.smtpConfigured(context, office);
  }

  @FieldResolver(() => Boolean, {
    description: 'VERIFIED and SMTP configured: the MESSAGES (email) action is available.',
  })
  canSendEmail(@Root() office: Office, @Ctx() context: Context): Promise<boolean> {
    return context.services.offices.canSendEmail(context, office);
  }

  @FieldResolver(() => [User], {
    description:
      "The office's caretakers, by name, for its head (the company list's caretaker filter); empty for everyone else.",
  })
  caretakers(@Root() office: Office, @Ctx() context: Context): Promise<User[]> {
    return context.services.offices.caretakers(context, office);
  }

  @FieldResolver(() => [User], {
    description:
      'Everyone who works in the office, heads and caretakers (the active first, then by name; `deactivatedAt` set for those deactivated), for its head; empty for everyone else. Any active one of them can be assigned companies.',
  })
  staff(@Root() office: Office, @Ctx() context: Context): Promise<User[]> {
    return context.services.offices.staff(context, office);
  }

  @FieldResolver(() => SmtpIntegration, {
    nullable: true,
    description: "The office's SMTP settings, for its head only.",
  })
  smtpIntegration(
    @Root() office: Office,
    @Ctx() context: Context,
  ): Promise<SmtpIntegration | null> {
    return context.services.offices.smtpIntegration(context, office);
  }

  @FieldResolver(() => [SmtpChange], {
    description: `Where the office's email has gone: each new SMTP host, port or username (and the first settings), newest first, the latest ${SMTP_CHANGES_SHOWN}. Platform admins only; empty for everyone else.`,
  })
  smtpChanges(@Root() office: Office, @Ctx() context: Context): Promise<SmtpChange[]> {
    return context.services.offices.smtpChanges(context, office);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the SMTP host, port or username last changed while the office was VERIFIED (see smtpChanges): a server the admin has not verified the office with. Platform admins only.',
  })
  smtpChangedAt(@Root() office: Office, @Ctx() context: Context): Promise<Date | null> {
    return context.services.offices.smtpChangedAt(context, office);
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
