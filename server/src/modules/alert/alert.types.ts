import { Field, InputType, ObjectType } from 'type-graphql';
import { NewMessagesAlert } from './alert.entity.js';

@ObjectType({ description: 'Which emails a client user gets about the office’s messages.' })
export class NotificationPreferences {
  @Field(() => NewMessagesAlert, {
    description:
      'Email alerts of messages left unread: IMMEDIATE (the default), DAILY_DIGEST, NEVER.',
  })
  newMessages!: NewMessagesAlert;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => NewMessagesAlert)
  newMessages!: NewMessagesAlert;
}

@ObjectType({
  description:
    'What the link in an alert email shows without a login: whose preference it changes, and the preference.',
})
export class NotificationPreferencesLink {
  @Field({ description: 'The address the alerts go to.' })
  email!: string;

  @Field(() => NewMessagesAlert)
  newMessages!: NewMessagesAlert;
}
