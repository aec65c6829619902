import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MessageTemplateKind } from './template.entity.js';

export const MAX_TEMPLATE_NAME = 100;
export const MAX_SUBJECT_LENGTH = 200;
/** Companies named in a refused send's `extensions.missing`; `missingCount` gives them all. */
export const MAX_MISSING_LISTED = 20;

const PLACEHOLDER_HELP =
  'Placeholders: {{firma}} {{nip}} {{opiekun}} {{okres}} {{biuro}} {{deklaracja.typ}} {{deklaracja.kwota}} {{deklaracja.termin}} (or {{company}} {{nip}} {{caretaker}} {{period}} {{office}} {{declaration.type}} {{declaration.amount}} {{declaration.dueDate}}), with a fallback as {{deklaracja.kwota|brak danych}}.';

@InputType()
export class MessageTemplateInput {
  @Field({ description: `1..${MAX_TEMPLATE_NAME} characters, unique in the office (any case).` })
  name!: string;

  @Field(() => MessageTemplateKind)
  kind!: MessageTemplateKind;

  @Field(() => String, {
    nullable: true,
    description: `One line of at most ${MAX_SUBJECT_LENGTH} characters; required for EMAIL templates. ${PLACEHOLDER_HELP}`,
  })
  subject?: string | null;

  @Field({
    description: `From the rich-text editor; sanitized as an email's. An unknown placeholder is refused (BAD_USER_INPUT, extensions.placeholders). ${PLACEHOLDER_HELP}`,
  })
  html!: string;
}

@InputType({
  description:
    "A message rendered for one company, as a send would render it: explicit subject and html take precedence over the template's.",
})
export class MessagePreviewInput {
  @Field(() => ID)
  companyId!: string;

  @Field(() => String, { nullable: true })
  subject?: string | null;

  @Field(() => String, { nullable: true })
  html?: string | null;

  @Field(() => String, { nullable: true, description: 'Plain text, when there is no html.' })
  body?: string | null;

  @Field(() => ID, { nullable: true })
  templateId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '"YYYY-MM" or "YYYY": what {{okres}} says and whose declarations are read.',
  })
  period?: string | null;
}

@ObjectType({ description: 'A message as one company would get it.' })
export class MessagePreview {
  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'Sanitized; null for plain text.' })
  html!: string | null;

  @Field()
  body!: string;

  @Field(() => [String], {
    description:
      'Placeholders (Polish names, e.g. "deklaracja.kwota") without a value for this company and without a fallback: a send to it would be refused.',
  })
  missing!: string[];
}
