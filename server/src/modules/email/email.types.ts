import { Field, ID, InputType, Int } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { PrintoutKind } from '../printout/printout.kind.js';
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
export class SendEmailInput {
  @Field(() => [ID], {
    description: `The ticked companies, 1 to ${MAX_EMAIL_COMPANIES}; each gets its own email at its account address.`,
  })
  companyIds!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'One line; required unless the template has one, which it overrides. Placeholders allowed.',
  })
  subject?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "From the rich-text editor; sanitized before it is stored or sent. Overrides the template's. One of body, html or templateId is required.",
  })
  html?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Plain text, sent as paragraphs, when there is neither html nor a template.',
  })
  body?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'An EMAIL template of the office, filled for each company; explicit subject and html take precedence over its own. A placeholder without a value and without a fallback for some companies refuses the send (BAD_USER_INPUT, reasons MISSING_PLACEHOLDER_VALUES).',
  })
  templateId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '"YYYY-MM" or "YYYY": what {{okres}} says, and whose declarations {{deklaracja.*}} read.',
  })
  period?: string | null;

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
