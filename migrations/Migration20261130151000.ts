import { Migration } from '@mikro-orm/migrations';

/**
 * Deadline reminders: the office's rule, and the ledger whose unique declaration keeps each
 * reminder single.
 */
export class Migration20261130151000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "deadline_reminder_rule" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "enabled" boolean not null, "days_before" smallint not null, "hour" smallint not null, "template_id" uuid null, "set_by_id" uuid not null, constraint "deadline_reminder_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "deadline_reminder_rule" add constraint "deadline_reminder_rule_office_id_unique" unique ("office_id");`,
    );
    this.addSql(
      `alter table "deadline_reminder_rule" add constraint "deadline_reminder_rule_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deadline_reminder_rule" add constraint "deadline_reminder_rule_set_by_id_foreign" foreign key ("set_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "deadline_reminder_rule" add constraint "deadline_reminder_rule_template_id_foreign" foreign key ("template_id") references "message_template" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create table "deadline_reminder" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "declaration_id" uuid not null, "office_id" uuid not null, "broadcast_id" uuid null, "message_id" uuid null, "skipped_reason" text null, constraint "deadline_reminder_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "deadline_reminder" add constraint "deadline_reminder_declaration_id_unique" unique ("declaration_id");`,
    );
    this.addSql(
      `create index "deadline_reminder_office_id_index" on "deadline_reminder" ("office_id");`,
    );
    this.addSql(
      `create index "deadline_reminder_broadcast_id_index" on "deadline_reminder" ("broadcast_id");`,
    );
    this.addSql(
      `alter table "deadline_reminder" add constraint "deadline_reminder_declaration_id_foreign" foreign key ("declaration_id") references "declaration" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deadline_reminder" add constraint "deadline_reminder_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "deadline_reminder" add constraint "deadline_reminder_broadcast_id_foreign" foreign key ("broadcast_id") references "broadcast" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "deadline_reminder" add constraint "deadline_reminder_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deadline_reminder" cascade;`);
    this.addSql(`drop table if exists "deadline_reminder_rule" cascade;`);
  }
}
