import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import {
  CurrentHead,
  CurrentStaff,
  type HeadContext,
  type StaffContext,
} from '../../core/scope.js';
import { AuthPayload } from '../auth/auth.resolver.js';
import { Language, User } from '../auth/user.entity.js';
import { Company } from '../company/company.entity.js';
import { Office } from '../office/office.entity.js';
import { Invitation, InvitationStatus, invitationStatus } from './invitation.entity.js';
import {
  INVITATIONS_SHOWN,
  InvitationPreview,
  InviteClientInput,
  InviteStaffInput,
} from './invitation.types.js';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Mutation(() => Invitation, {
    description:
      'Head only: emails a single-use link (INVITATION_TTL_HOURS) making a CARETAKER or OFFICE_HEAD of the office. CONFLICT when the email has an account or an open invitation.',
  })
  inviteStaff(
    @Arg('input') input: InviteStaffInput,
    @CurrentHead() context: HeadContext,
  ): Promise<Invitation> {
    return context.services.invitations.inviteStaff(context, input);
  }

  @Mutation(() => Invitation, {
    description:
      'Staff who see the company: emails a single-use link making the person a client user of it (an existing client account is attached after its owner logs in). NOT_FOUND for a company the viewer does not see.',
  })
  inviteClient(
    @Arg('input') input: InviteClientInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<Invitation> {
    return context.services.invitations.inviteClient(context, input);
  }

  @Mutation(() => Invitation, {
    description:
      'A new link and validity, mailed again; the previous link stops working. PRECONDITION_FAILED once accepted or revoked.',
  })
  resendInvitation(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Invitation> {
    return context.services.invitations.resend(context, id);
  }

  @Mutation(() => Invitation, {
    description: 'The link stops working. PRECONDITION_FAILED once accepted.',
  })
  revokeInvitation(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Invitation> {
    return context.services.invitations.revoke(context, id);
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description:
      'Anyone with the link: who invites to what. Null when the link is not valid, used, expired or revoked.',
  })
  invitation(
    @Arg('token') token: string,
    @Ctx() context: Context,
  ): Promise<InvitationPreview | null> {
    return context.services.invitations.preview(context.em, token);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Uses the link once and logs in. A new account needs a password (the password rules) and takes name or the invited name; an email that has a client account is attached to the company only while logged in as it (UNAUTHENTICATED otherwise). Used, expired and revoked links: PRECONDITION_FAILED; an unknown or replaced link: BAD_USER_INPUT.',
  })
  async acceptInvitation(
    @Arg('token') token: string,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('language', () => Language, {
      nullable: true,
      description: "A new account's language; the invitation's when not given.",
    })
    language: Language | null,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    const { em, services } = context;
    const user = await services.invitations.accept(em, context.actor?.userId ?? null, {
      token,
      password,
      name,
      language,
    });
    const sessionToken = await services.auth.createSession(em, user, context.userAgent);
    // The rest of this response is read as the user, with the companies just joined.
    context.actor = await services.auth.authenticate(em, sessionToken);
    return { token: sessionToken, user };
  }

  @FieldResolver(() => InvitationStatus)
  status(@Root() invitation: Invitation): InvitationStatus {
    return invitationStatus(invitation);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who sent it (null once removed).' })
  invitedBy(
    @Root() invitation: Invitation,
    @Ctx() { loaders }: Context,
  ): Promise<User | null> | null {
    return invitation.invitedBy ? loaders.user.load(invitation.invitedBy.id) : null;
  }

  @FieldResolver(() => Office)
  async office(@Root() invitation: Invitation, @Ctx() { loaders }: Context): Promise<Office> {
    const office = await loaders.office.load(invitation.office.id);
    if (!office) throw new Error('an invitation without its office');
    return office;
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: "A client's company; null for staff.",
  })
  company(
    @Root() invitation: Invitation,
    @Ctx() { loaders }: Context,
  ): Promise<Company | null> | null {
    return invitation.company ? loaders.company.load(invitation.company.id) : null;
  }
}

@Resolver(() => Office)
export class OfficeInvitationsResolver {
  @FieldResolver(() => [Invitation], {
    description: `The office's invitations, newest first, the latest ${INVITATIONS_SHOWN}: every one for its head, a caretaker's companies' client invitations for the caretaker; empty for everyone else.`,
  })
  invitations(
    @Root() office: Office,
    @Arg('status', () => InvitationStatus, { nullable: true }) status: InvitationStatus | null,
    @Ctx() context: Context,
  ): Promise<Invitation[]> {
    return context.services.invitations.list(context, office, status);
  }
}
