import { Migration } from '@mikro-orm/migrations';

/**
 * Message templates of an office (names unique per office whatever their case), and the HTML of a
 * notification broadcast as written (its messages carry each company's rendering); an email's
 * delivery keeps its company's own HTML when placeholders were filled.
 */
export class Migration20261130100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "message_template" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "author_id" uuid not null, "name" varchar(100) not null, "subject" varchar(200) null, "html" text not null, "kind" text check ("kind" in ('NOTIFICATION', 'EMAIL')) not null, constraint "message_template_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "message_template_office_id_index" on "message_template" ("office_id");`,
    );
    this.addSql(
      `create unique index "message_template_office_name_unique" on "message_template" ("office_id", lower("name"));`,
    );
    this.addSql(
      `alter table "message_template" add constraint "message_template_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "message_template" add constraint "message_template_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(`alter table "broadcast" add column "html" text null;`);
    this.addSql(`alter table "email_delivery" add column "html" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "email_delivery" drop column "html";`);
    this.addSql(`alter table "broadcast" drop column "html";`);
    this.addSql(`drop table if exists "message_template" cascade;`);
  }
}
