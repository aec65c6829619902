import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CurrentHead, type HeadContext } from '../../core/scope.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { Office } from '../office/office.entity.js';
import { BroadcastOrigin, DeadlineReminderRule } from './deadline.entity.js';
import {
  DeadlineReminderRuleInput,
  MAX_PLANNED,
  PlannedDeadlineReminder,
} from './deadline.types.js';

@Resolver(() => DeadlineReminderRule)
export class DeadlineReminderRuleResolver {
  @Mutation(() => DeadlineReminderRule, {
    description:
      'Saves the office’s deadline reminder rule (office heads). BAD_USER_INPUT (with field) for daysBefore outside 0-30 or hour outside 0-23; NOT_FOUND for a template that is not one of the office’s NOTIFICATION templates.',
  })
  updateDeadlineReminderRule(
    @Arg('input') input: DeadlineReminderRuleInput,
    @CurrentHead() context: HeadContext,
  ): Promise<DeadlineReminderRule> {
    return context.services.deadlines.updateRule(context, input);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Null: the built-in text.' })
  templateId(@Root() rule: DeadlineReminderRule): string | null {
    return rule.template?.id ?? null;
  }

  @FieldResolver(() => Date, { description: 'When the rule was last saved.' })
  updatedAt(@Root() rule: DeadlineReminderRule): Date {
    return rule.updatedAt;
  }

  @FieldResolver(() => [PlannedDeadlineReminder], {
    description: `The next reminders it will send, soonest first (at most ${MAX_PLANNED}); empty while it is off.`,
  })
  planned(
    @Root() rule: DeadlineReminderRule,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() context: Context,
  ): Promise<PlannedDeadlineReminder[]> {
    return context.services.deadlines.planned(context, rule, first);
  }
}

@Resolver(() => Office)
export class OfficeDeadlineResolver {
  @FieldResolver(() => DeadlineReminderRule, {
    nullable: true,
    description:
      'The deadline reminder rule, for the office’s heads; null while none was saved (reminders off) and for everyone else.',
  })
  deadlineReminderRule(
    @Root() office: Office,
    @Ctx() context: Context,
  ): Promise<DeadlineReminderRule | null> {
    return context.services.deadlines.rule(context, office);
  }
}

@Resolver(() => Broadcast)
export class BroadcastOriginResolver {
  @FieldResolver(() => BroadcastOrigin, {
    description: 'Sent by staff, or by the office’s deadline reminder rule.',
  })
  async origin(@Root() broadcast: Broadcast, @Ctx() context: Context): Promise<BroadcastOrigin> {
    return (await context.services.deadlines.isReminder(context, broadcast.id))
      ? BroadcastOrigin.DEADLINE_REMINDER
      : BroadcastOrigin.MANUAL;
  }
}

export const deadlineResolvers = [
  DeadlineReminderRuleResolver,
  OfficeDeadlineResolver,
  BroadcastOriginResolver,
] as const;
