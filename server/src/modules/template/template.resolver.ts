import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CurrentStaff, type StaffContext } from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { MessageTemplate } from './template.entity.js';
import { MessagePreview, MessagePreviewInput, MessageTemplateInput } from './template.types.js';

@Resolver(() => MessageTemplate)
export class TemplateResolver {
  @Query(() => [MessageTemplate], {
    description: "The office's message templates, by name: every staff member uses all of them.",
  })
  messageTemplates(@CurrentStaff() context: StaffContext): Promise<MessageTemplate[]> {
    return context.services.templates.list(context);
  }

  @Mutation(() => MessageTemplate, { description: 'Heads and caretakers create templates.' })
  createMessageTemplate(
    @Arg('input') input: MessageTemplateInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<MessageTemplate> {
    return context.services.templates.create(context, input);
  }

  @Mutation(() => MessageTemplate, {
    description:
      "The head changes any template of the office, a caretaker their own (FORBIDDEN for another's).",
  })
  updateMessageTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: MessageTemplateInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<MessageTemplate> {
    return context.services.templates.update(context, id, input);
  }

  @Mutation(() => Boolean, {
    description:
      "The head deletes any template of the office, a caretaker their own (FORBIDDEN for another's).",
  })
  deleteMessageTemplate(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<boolean> {
    return context.services.templates.delete(context, id);
  }

  @Query(() => MessagePreview, {
    description:
      'The message as the company would get it, placeholders filled, with those it has no value for: for staff who see the company (NOT_FOUND otherwise).',
  })
  previewMessage(
    @Arg('input') input: MessagePreviewInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<MessagePreview> {
    return context.services.templates.preview(context, input);
  }

  @FieldResolver(() => User)
  author(@Root() template: MessageTemplate, @Ctx() { loaders }: Context): Promise<User | null> {
    return loaders.user.load(template.author.id);
  }

  @FieldResolver(() => Date)
  updatedAt(@Root() template: MessageTemplate): Date {
    return template.updatedAt;
  }
}
