import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

export const MAX_DAYS_BEFORE = 30;
/** Planned reminders listed at most. */
export const MAX_PLANNED = 50;

@InputType({
  description:
    'The office’s deadline reminder rule: on the day `daysBefore` days before a declaration’s due date, at or after `hour` (Europe/Warsaw), each company gets its own notification from the template, once per declaration.',
})
export class DeadlineReminderRuleInput {
  @Field()
  enabled!: boolean;

  @Field(() => Int, { description: `0 (on the due date) to ${MAX_DAYS_BEFORE}.` })
  daysBefore!: number;

  @Field(() => Int, { description: '0 to 23, Europe/Warsaw.' })
  hour!: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'A NOTIFICATION message template of the office; null: the built-in text naming the declaration, amount and due date.',
  })
  templateId?: string | null;
}

@ObjectType({ description: 'A reminder the office’s rule is going to send.' })
export class PlannedDeadlineReminder {
  @Field(() => ID)
  declarationId!: string;

  @Field(() => ID)
  companyId!: string;

  @Field()
  companyName!: string;

  @Field()
  declarationType!: string;

  @Field()
  period!: string;

  @Field()
  taxDue!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field({ description: 'The day it goes out (YYYY-MM-DD, Europe/Warsaw), from the rule’s hour.' })
  remindOn!: string;
}

/** What one run of the reminders did. */
export interface ReminderRun {
  /** Broadcasts sent, one per office (and per round when a company has several due). */
  broadcasts: number;
  messages: number;
  /** Declarations claimed but given no message (reason in the ledger). */
  skipped: number;
  /** Offices with reminders due but no active head to send them. */
  officesWithoutHead: number;
}
