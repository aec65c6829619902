import { Migration } from '@mikro-orm/migrations';

/** Webhooks of an office and their outbox: one row per event per webhook, POSTed in order. */
export class Migration20261130140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "url" text not null, "events" text[] not null, "secret_encrypted" text not null, "disabled_at" timestamptz null, "failure_count" int not null default 0, "last_delivery_at" timestamptz null, "retry_at" timestamptz null, "lease_until" timestamptz null, constraint "webhook_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_office_id_created_at_index" on "webhook" ("office_id", "created_at");`,
    );
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "webhook_id" uuid not null, "event" text check ("event" in ('MESSAGE_CREATED', 'MESSAGE_READ', 'MESSAGE_ACKNOWLEDGED', 'EMAIL_DELIVERY_SENT', 'EMAIL_DELIVERY_FAILED', 'QUESTION_RECEIVED')) not null, "data" jsonb not null, "position" int not null default 0, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "response_status" int null, "error" text null, "delivered_at" timestamptz null, "next_attempt_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_pending_index" on "webhook_delivery" ("webhook_id", "created_at", "position") where "status" = 'PENDING';`,
    );
    this.addSql(
      `create index "webhook_delivery_webhook_id_created_at_id_index" on "webhook_delivery" ("webhook_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "webhook" add constraint "webhook_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook" cascade;`);
  }
}
