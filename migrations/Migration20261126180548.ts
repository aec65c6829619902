import { Migration } from '@mikro-orm/migrations';

export class Migration20261126180548 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_failure" ("email" varchar(255) not null, "failures" int not null, "last_failure_at" timestamptz not null, constraint "login_failure_pkey" primary key ("email"));`,
    );

    this.addSql(
      `create table "office" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "verification" text check ("verification" in ('UNVERIFIED', 'PENDING', 'VERIFIED')) not null default 'UNVERIFIED', constraint "office_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(255) not null, "name" varchar(255) not null, "role" text check ("role" in ('OFFICE_HEAD', 'CARETAKER', 'CLIENT', 'PLATFORM_ADMIN')) not null, "office_id" uuid null, "password_hash" varchar(255) not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "stored_file" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "uploader_id" uuid not null, "filename" varchar(255) not null, "size" bigint not null, "content_type" varchar(255) not null, "sha256" varchar(64) not null, "storage_key" varchar(255) not null, constraint "stored_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "stored_file_uploader_id_index" on "stored_file" ("uploader_id");`);

    this.addSql(
      `create table "session" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "company" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "name" varchar(255) not null, "nip" varchar(10) not null, "tax_form" text check ("tax_form" in ('FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM')) not null, "vat_payer" boolean not null default false, "email" varchar(255) not null, "caretaker_id" uuid null, "last_message_at" timestamptz null, constraint "company_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "company_caretaker_id_index" on "company" ("caretaker_id");`);
    this.addSql(
      `create index "company_office_last_message_idx" on "company" ("office_id", "last_message_at" desc, "id" desc) where "last_message_at" is not null;`,
    );
    this.addSql(`create index "company_office_id_name_index" on "company" ("office_id", "name");`);
    this.addSql(
      `alter table "company" add constraint "company_office_id_nip_unique" unique ("office_id", "nip");`,
    );

    this.addSql(
      `create table "company_member" ("company_id" uuid not null, "user_id" uuid not null, constraint "company_member_pkey" primary key ("company_id", "user_id"));`,
    );
    this.addSql(`create index "company_member_user_id_index" on "company_member" ("user_id");`);

    this.addSql(
      `create table "client_unread" ("user_id" uuid not null, "company_id" uuid not null, "count" int not null default 0, constraint "client_unread_pkey" primary key ("user_id", "company_id"));`,
    );

    this.addSql(
      `create table "broadcast" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "author_id" uuid not null, "kind" text check ("kind" in ('NOTIFICATION', 'EMAIL', 'QUESTION', 'REPLY')) not null, "subject" varchar(255) null, "body" text not null, "recipient_count" int not null, "queued_count" int not null default 0, "sent_count" int not null default 0, "failed_count" int not null default 0, constraint "broadcast_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "broadcast_office_id_index" on "broadcast" ("office_id");`);

    this.addSql(
      `create table "message" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "company_id" uuid not null, "author_id" uuid not null, "broadcast_id" uuid null, "direction" text check ("direction" in ('OFFICE_TO_CLIENT', 'CLIENT_TO_OFFICE')) not null, "kind" text check ("kind" in ('NOTIFICATION', 'EMAIL', 'QUESTION', 'REPLY')) not null, "subject" varchar(255) null, "body" text not null, "office_read_at" timestamptz null, constraint "message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "message_broadcast_id_index" on "message" ("broadcast_id");`);
    this.addSql(
      `create index "message_unread_from_client_idx" on "message" ("company_id") where "direction" = 'CLIENT_TO_OFFICE' and "office_read_at" is null;`,
    );
    this.addSql(
      `create index "message_thread_idx" on "message" ("company_id", "created_at" desc, "id" desc);`,
    );

    this.addSql(
      `create table "read_receipt" ("message_id" uuid not null, "user_id" uuid not null, "read_at" timestamptz not null default now(), constraint "read_receipt_pkey" primary key ("message_id", "user_id"));`,
    );
    this.addSql(`create index "read_receipt_user_id_index" on "read_receipt" ("user_id");`);

    this.addSql(
      `create table "message_attachment" ("message_id" uuid not null, "file_id" uuid not null, constraint "message_attachment_pkey" primary key ("message_id", "file_id"));`,
    );
    this.addSql(
      `create index "message_attachment_file_id_index" on "message_attachment" ("file_id");`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "stored_file" add constraint "stored_file_uploader_id_foreign" foreign key ("uploader_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "company" add constraint "company_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "company" add constraint "company_caretaker_id_foreign" foreign key ("caretaker_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "company_member" add constraint "company_member_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "company_member" add constraint "company_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "client_unread" add constraint "client_unread_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "client_unread" add constraint "client_unread_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "broadcast" add constraint "broadcast_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "message" add constraint "message_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "message" add constraint "message_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "message" add constraint "message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "message" add constraint "message_broadcast_id_foreign" foreign key ("broadcast_id") references "broadcast" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "read_receipt" add constraint "read_receipt_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "read_receipt" add constraint "read_receipt_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "message_attachment" add constraint "message_attachment_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "message_attachment" add constraint "message_attachment_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_office_id_foreign";`);

    this.addSql(`alter table "company" drop constraint "company_office_id_foreign";`);

    this.addSql(`alter table "broadcast" drop constraint "broadcast_office_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_office_id_foreign";`);

    this.addSql(`alter table "stored_file" drop constraint "stored_file_uploader_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "company" drop constraint "company_caretaker_id_foreign";`);

    this.addSql(`alter table "company_member" drop constraint "company_member_user_id_foreign";`);

    this.addSql(`alter table "client_unread" drop constraint "client_unread_user_id_foreign";`);

    this.addSql(`alter table "broadcast" drop constraint "broadcast_author_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_author_id_foreign";`);

    this.addSql(`alter table "read_receipt" drop constraint "read_receipt_user_id_foreign";`);

    this.addSql(
      `alter table "message_attachment" drop constraint "message_attachment_file_id_foreign";`,
    );

    this.addSql(
      `alter table "company_member" drop constraint "company_member_company_id_foreign";`,
    );

    this.addSql(`alter table "client_unread" drop constraint "client_unread_company_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_company_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_broadcast_id_foreign";`);

    this.addSql(`alter table "read_receipt" drop constraint "read_receipt_message_id_foreign";`);

    this.addSql(
      `alter table "message_attachment" drop constraint "message_attachment_message_id_foreign";`,
    );

    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`drop table if exists "office" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "company_member" cascade;`);

    this.addSql(`drop table if exists "client_unread" cascade;`);

    this.addSql(`drop table if exists "broadcast" cascade;`);

    this.addSql(`drop table if exists "message" cascade;`);

    this.addSql(`drop table if exists "read_receipt" cascade;`);

    this.addSql(`drop table if exists "message_attachment" cascade;`);
  }
}
