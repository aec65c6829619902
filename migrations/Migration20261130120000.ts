import { Migration } from '@mikro-orm/migrations';

/** Acknowledgment of receipt: a broadcast may ask for it, and the first confirmation per message is kept. */
export class Migration20261130120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "broadcast" add column "require_acknowledgment" boolean not null default false;`,
    );
    this.addSql(
      `create table "message_acknowledgment" ("message_id" uuid not null, "user_id" uuid not null, "acknowledged_at" timestamptz not null default now(), constraint "message_acknowledgment_pkey" primary key ("message_id"));`,
    );
    this.addSql(
      `create index "message_acknowledgment_user_id_index" on "message_acknowledgment" ("user_id");`,
    );
    this.addSql(
      `alter table "message_acknowledgment" add constraint "message_acknowledgment_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "message_acknowledgment" add constraint "message_acknowledgment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "message_acknowledgment" cascade;`);
    this.addSql(`alter table "broadcast" drop column "require_acknowledgment";`);
  }
}
