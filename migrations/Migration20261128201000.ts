import { Migration } from '@mikro-orm/migrations';

/**
 * Offices sign up themselves (their NIP kept, the admin's list paged newest first) and bring in
 * their people by invitation: one row per emailed link, only the token's hash stored.
 */
export class Migration20261128201000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office" add column "nip" varchar(10) null;`);
    this.addSql(
      `create index "office_created_at_id_idx" on "office" ("created_at" desc, "id" desc);`,
    );
    this.addSql(
      `create index "office_verification_created_at_id_idx" on "office" ("verification", "created_at" desc, "id" desc);`,
    );

    this.addSql(
      `create table "invitation" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "company_id" uuid null, "email" varchar(255) not null, "name" varchar(255) not null, "role" text check ("role" in ('OFFICE_HEAD', 'CARETAKER', 'CLIENT', 'PLATFORM_ADMIN')) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz(3) not null, "invited_by_id" uuid null, "accepted_at" timestamptz null, "accepted_by_id" uuid null, "revoked_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "invitation_office_id_created_at_index" on "invitation" ("office_id", "created_at");`,
    );
    this.addSql(`create index "invitation_company_id_index" on "invitation" ("company_id");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop index if exists "office_verification_created_at_id_idx";`);
    this.addSql(`drop index if exists "office_created_at_id_idx";`);
    this.addSql(`alter table "office" drop column if exists "nip";`);
  }
}
