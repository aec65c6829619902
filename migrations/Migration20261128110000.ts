import { Migration } from '@mikro-orm/migrations';

/** File bytes in the database (STORAGE=postgres), so several machines serve the same files. */
export class Migration20261128110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "file_blob" ("key" uuid not null, "size" bigint not null default 0, "chunk_count" int not null default 0, "complete" boolean not null default false, "updated_at" timestamptz not null default now(), constraint "file_blob_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "file_chunk" ("blob_key" uuid not null, "seq" int not null, "data" bytea not null, constraint "file_chunk_pkey" primary key ("blob_key", "seq"));`,
    );
    this.addSql(
      `alter table "file_chunk" add constraint "file_chunk_blob_key_foreign" foreign key ("blob_key") references "file_blob" ("key") on update cascade on delete cascade;`,
    );
    // Uploads are mostly compressed already (PDF, images, ZIP-based office files): store the
    // chunks out of line without trying to compress them again.
    this.addSql(`alter table "file_chunk" alter column "data" set storage external;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "file_chunk";`);
    this.addSql(`drop table "file_blob";`);
  }
}
