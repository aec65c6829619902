import { Migration } from '@mikro-orm/migrations';

export class Migration20261126181454 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "smtp_integration" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "host" varchar(255) not null, "port" int not null, "security" text check ("security" in ('NONE', 'STARTTLS', 'TLS')) not null, "username" varchar(255) null, "password_encrypted" text null, "from_address" varchar(255) not null, "from_name" varchar(255) null, "last_tested_at" timestamptz null, "last_test_ok" boolean null, "last_test_error" text null, constraint "smtp_integration_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "smtp_integration" add constraint "smtp_integration_office_id_unique" unique ("office_id");`,
    );

    this.addSql(
      `create table "file_download" ("file_id" uuid not null, "user_id" uuid not null, "downloaded_at" timestamptz not null default now(), constraint "file_download_pkey" primary key ("file_id", "user_id"));`,
    );

    this.addSql(
      `create table "ledger_entry" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "company_id" uuid not null, "date" date not null, "document_number" varchar(255) not null, "counterparty" varchar(255) not null, "counterparty_nip" varchar(10) null, "description" text not null, "net" numeric(14,2) not null, "vat" numeric(14,2) not null, "gross" numeric(14,2) not null, "column" varchar(20) not null, "contra_account" varchar(20) null, "vat_register" text check ("vat_register" in ('SALES', 'PURCHASES')) null, constraint "ledger_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "ledger_entry_company_id_date_index" on "ledger_entry" ("company_id", "date");`,
    );

    this.addSql(
      `create table "declaration" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "company_id" uuid not null, "type" varchar(20) not null, "period" varchar(7) not null, "tax_base" numeric(14,2) not null, "tax_due" numeric(14,2) not null, "status" text check ("status" in ('DRAFT', 'FILED', 'ACCEPTED', 'REJECTED')) not null default 'DRAFT', "filed_at" timestamptz null, constraint "declaration_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "declaration" add constraint "declaration_company_id_type_period_unique" unique ("company_id", "type", "period");`,
    );

    this.addSql(
      `create table "upo" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "declaration_id" uuid not null, "reference_number" varchar(255) not null, "received_at" timestamptz not null, constraint "upo_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "upo" add constraint "upo_declaration_id_unique" unique ("declaration_id");`,
    );

    this.addSql(
      `create table "email_delivery" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "broadcast_id" uuid not null, "company_id" uuid not null, "message_id" uuid not null, "to_address" varchar(255) not null, "status" text check ("status" in ('QUEUED', 'SENDING', 'SENT', 'FAILED')) not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "sent_at" timestamptz null, "smtp_message_id" varchar(255) null, constraint "email_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "email_delivery_company_id_index" on "email_delivery" ("company_id");`,
    );
    this.addSql(
      `alter table "email_delivery" add constraint "email_delivery_broadcast_id_company_id_unique" unique ("broadcast_id", "company_id");`,
    );

    this.addSql(
      `alter table "smtp_integration" add constraint "smtp_integration_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "file_download" add constraint "file_download_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "file_download" add constraint "file_download_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "declaration" add constraint "declaration_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "upo" add constraint "upo_declaration_id_foreign" foreign key ("declaration_id") references "declaration" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "email_delivery" add constraint "email_delivery_broadcast_id_foreign" foreign key ("broadcast_id") references "broadcast" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "email_delivery" add constraint "email_delivery_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "email_delivery" add constraint "email_delivery_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "stored_file" add column "printout" text check ("printout" in ('REVENUE_RECORD', 'TAX_BOOK', 'LEDGER', 'VAT_REGISTER', 'DECLARATION', 'UPO')) null, add column "period" varchar(7) null, add column "company_id" uuid null;`,
    );
    this.addSql(
      `alter table "stored_file" add constraint "stored_file_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "stored_file_company_id_index" on "stored_file" ("company_id");`);

    this.addSql(`alter table "broadcast" add column "idempotency_key" varchar(200) null;`);
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_office_id_idempotency_key_unique" unique ("office_id", "idempotency_key");`,
    );

    this.addSql(`alter table "message" add column "html" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "upo" drop constraint "upo_declaration_id_foreign";`);

    this.addSql(`drop table if exists "smtp_integration" cascade;`);

    this.addSql(`drop table if exists "file_download" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "declaration" cascade;`);

    this.addSql(`drop table if exists "upo" cascade;`);

    this.addSql(`drop table if exists "email_delivery" cascade;`);

    this.addSql(`alter table "stored_file" drop constraint "stored_file_company_id_foreign";`);

    this.addSql(
      `alter table "broadcast" drop constraint "broadcast_office_id_idempotency_key_unique";`,
    );
    this.addSql(`alter table "broadcast" drop column "idempotency_key";`);

    this.addSql(`alter table "message" drop column "html";`);

    this.addSql(`drop index "stored_file_company_id_index";`);
    this.addSql(
      `alter table "stored_file" drop column "printout", drop column "period", drop column "company_id";`,
    );
  }
}
