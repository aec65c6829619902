import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Language, Role } from '../auth/user.entity.js';

@InputType()
export class InviteStaffInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role, { description: 'CARETAKER or OFFICE_HEAD.' })
  role!: Role;

  @Field(() => Language, {
    nullable: true,
    description:
      "The email's language (and the new account's): by default the existing account's, else PL.",
  })
  language?: Language | null;
}

@InputType()
export class InviteClientInput {
  @Field(() => ID)
  companyId!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Language, {
    nullable: true,
    description:
      "The email's language (and the new account's): by default the existing account's, else PL.",
  })
  language?: Language | null;
}

@ObjectType({ description: 'Who invites to what, as the link shows it before it is accepted.' })
export class InvitationPreview {
  @Field()
  officeName!: string;

  @Field(() => String, { nullable: true, description: "A client's company; null for staff." })
  companyName!: string | null;

  @Field(() => Role)
  role!: Role;

  @Field()
  email!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Language, { description: 'The language the invitation was written in.' })
  language!: Language;
}

/** Newest first, at most this many, in Office.invitations. */
export const INVITATIONS_SHOWN = 500;
