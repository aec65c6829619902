import { Field, ID, InputType, Int } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { SEND_AT_DESCRIPTION } from '../broadcast/broadcast.timing.js';
import { PrintoutKind } from '../printout/printout.kind.js';
import { MessageTextInput } from '../template/template.types.js';
import { EmailDelivery } from './email-delivery.entity.js';
import { SmtpSecurity } from './smtp-integration.entity.js';

export const MAX_EMAIL_COMPANIES = 10_000;
export const MAX_HTML_LENGTH = 200_000;

@InputType()
export class PrintoutRequest {
  @Field(() => PrintoutKind)
  kind!: PrintoutKind;

  @Field({ description: '"YYYY-MM", or "YYYY" for a whole year (annual declarations).' })
  period!: string;
}

@InputType()
export class SendEmailInput extends MessageTextInput {
  @Field(() => [ID], {
    description: `The ticked companies, 1 to ${MAX_EMAIL_COMPANIES}; each gets its own email at its account address.`,
  })
  companyIds!: string[];

  @Field(() => [PrintoutRequest], {
    nullable: true,
    description: 'Each company gets only those that apply to it, as links.',
  })
  printouts?: PrintoutRequest[];

  @Field(() => String, {
    nullable: true,
    description:
      'A retried call with the same key returns the first broadcast instead of sending again.',
  })
  idempotencyKey?: string;

  @Field(() => Date, { nullable: true, description: SEND_AT_DESCRIPTION })
  sendAt?: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Asks each company's client users to confirm receipt of the archived message (acknowledgeMessage).",
  })
  requireAcknowledgment?: boolean | null;
}

@InputType()
export class SmtpIntegrationInput {
  @Field()
  host!: string;

  @Field(() => Int)
  port!: number;

  @Field(() => SmtpSecurity)
  security!: SmtpSecurity;

  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Omitted: keep the stored one. Empty: remove it.',
  })
  password?: string | null;

  @Field()
  fromAddress!: string;

  @Field(() => String, { nullable: true })
  fromName?: string | null;
}

export const EmailDeliveryConnection = Connection(EmailDelivery, 'EmailDelivery');
