import { Migration } from '@mikro-orm/migrations';

/**
 * System mail (invitations, password resets, security notices) and what passwords and sessions
 * need: single-use reset tokens (their sha256 only), each session's user agent and last use, and
 * deactivated users.
 */
export class Migration20261128200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "system_mail" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "to_address" varchar(320) not null, "template" varchar(64) not null, "language" varchar(2) not null, "vars" jsonb not null, "sealed_vars" text null, "status" text check ("status" in ('QUEUED', 'SENT', 'FAILED')) not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "sent_at" timestamptz null, constraint "system_mail_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "system_mail_to_address_created_at_index" on "system_mail" ("to_address", "created_at");`,
    );
    this.addSql(
      `create table "password_reset" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "session" add column "user_agent" varchar(512) null, add column "last_used_at" timestamptz null;`,
    );
    this.addSql(`alter table "app_user" add column "deactivated_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column if exists "deactivated_at";`);
    this.addSql(
      `alter table "session" drop column if exists "user_agent", drop column if exists "last_used_at";`,
    );
    this.addSql(`drop table if exists "password_reset" cascade;`);
    this.addSql(`drop table if exists "system_mail" cascade;`);
  }
}
