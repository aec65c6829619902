import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';

/** An uploaded file or generated printout; exposed as AttachmentLink, downloaded through /files/:id. */
@ObjectType('AttachmentLink')
@Entity()
export class StoredFile extends BaseEntity {
  @Index()
  @ManyToOne(() => User, { ref: true })
  uploader!: Ref<User>;

  @Field()
  @Property()
  filename!: string;

  @Field(() => Int)
  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  /** Sniffed from the content, never taken from the request. */
  @Field()
  @Property()
  contentType!: string;

  @Property({ length: 64 })
  sha256!: string;

  @Property()
  storageKey!: string;
}
