import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Company } from '../company/company.entity.js';
import { PrintoutKind } from '../printout/printout.kind.js';

/** An uploaded file or generated printout; exposed as AttachmentLink, downloaded through /files/:id. */
@ObjectType('AttachmentLink')
@Entity()
// The orphan sweep reads uploads by age; printouts (with a company) are never swept.
@Index({
  name: 'stored_file_upload_created_at_idx',
  expression:
    'create index "stored_file_upload_created_at_idx" on "stored_file" ("created_at") where "company_id" is null and "printout" is null',
})
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

  /** For a generated printout: what it is, for which period and company. */
  @Field(() => PrintoutKind, { nullable: true })
  @Enum({ items: () => PrintoutKind, nullable: true })
  printout?: PrintoutKind;

  @Field(() => String, { nullable: true })
  @Property({ length: 7, nullable: true })
  period?: string;

  @Index()
  @ManyToOne(() => Company, { ref: true, nullable: true, deleteRule: 'cascade' })
  company?: Ref<Company>;
}

/**
 * Storage keys whose row is gone (a swept orphan) and whose bytes are still to be removed: written
 * in the statement that deletes the rows, removed once the bytes are, so no crash leaves bytes behind.
 */
@Entity()
export class FileRemoval {
  @PrimaryKey()
  storageKey!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  queuedAt: Date = new Date();
}

/** The first download of a file by each user: the archive's "downloaded" state. */
@Entity()
export class FileDownload {
  [PrimaryKeyProp]?: ['file', 'user'];

  @ManyToOne(() => StoredFile, { primary: true, ref: true, deleteRule: 'cascade' })
  file!: Ref<StoredFile>;

  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  downloadedAt: Date = new Date();
}

/**
 * The bytes of a stored file under STORAGE=postgres: one row per file, its content in chunks
 * (file_chunk), so no statement carries or returns a whole file. `complete` is set once every chunk
 * is in; an incomplete blob whose `updatedAt` stopped moving was left by a process that died.
 */
@Entity()
export class FileBlob {
  @PrimaryKey({ type: 'uuid' })
  key!: string;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  size: number = 0;

  @Property({ type: 'int', default: 0 })
  chunkCount: number = 0;

  @Property({ default: false })
  complete: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** One piece of a blob, in order by `seq`; removed with its blob. */
@Entity()
export class FileChunk {
  [PrimaryKeyProp]?: ['blob', 'seq'];

  @ManyToOne(() => FileBlob, { primary: true, ref: true, deleteRule: 'cascade' })
  blob!: Ref<FileBlob>;

  @PrimaryKey({ type: 'int' })
  seq!: number;

  @Property({ type: 'blob' })
  data!: Buffer;
}
