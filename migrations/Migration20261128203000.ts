import { Migration } from '@mikro-orm/migrations';

/**
 * API tokens: keys an office head gives a third-party app. Only the sha256 of the secret is kept,
 * with its prefix and last four characters for recognition.
 */
export class Migration20261128203000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_token" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "created_by_id" uuid not null, "name" varchar(100) not null, "scopes" text[] not null, "token_hash" varchar(64) not null, "hint" varchar(20) not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "api_token_office_id_created_at_index" on "api_token" ("office_id", "created_at");`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);
  }
}
