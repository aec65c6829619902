import {
  Entity,
  Index,
  ManyToOne,
  OneToOne,
  PrimaryKeyProp,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';
import { Message } from '../message/message.entity.js';

/**
 * A client user's confirmation that a message reached them (acknowledgeMessage), for a message
 * whose broadcast asked for one. One per message: the first confirmation of the company is kept.
 */
@Entity()
export class MessageAcknowledgment {
  [PrimaryKeyProp]?: 'message';

  @OneToOne(() => Message, { primary: true, ref: true, owner: true, deleteRule: 'cascade' })
  message!: Ref<Message>;

  @Index()
  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  acknowledgedAt: Date = new Date();
}
