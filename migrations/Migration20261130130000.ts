import { Migration } from '@mikro-orm/migrations';

/**
 * Email alerts of unread office messages: each client user's preference and where their alerts
 * stand. The people already here start with everything up to now counted as alerted, so the first
 * sweep after the upgrade does not mail them about their whole backlog.
 */
export class Migration20261130130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "alert_state" ("user_id" uuid not null, "new_messages" text check ("new_messages" in ('IMMEDIATE', 'DAILY_DIGEST', 'NEVER')) not null default 'IMMEDIATE', "preference_changed_at" timestamptz null, "alerted_through" timestamptz null, "last_alert_at" timestamptz null, "last_alert" jsonb null, constraint "alert_state_pkey" primary key ("user_id"));`,
    );
    this.addSql(
      `alter table "alert_state" add constraint "alert_state_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `insert into "alert_state" ("user_id", "alerted_through") select "id", now() from "app_user" where "role" = 'CLIENT';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert_state" cascade;`);
  }
}
