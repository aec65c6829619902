import { Migration } from '@mikro-orm/migrations';

/**
 * Unread counters that travel with live events: a per-company count of client questions no one in
 * the office has read (staff badges sum it instead of counting messages), and a version on every
 * counter so subscribers keep the newest count whatever order events arrive in.
 */
export class Migration20261128080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "company" add column "unread_from_client" int not null default 0, add column "unread_version" bigint not null default 0;`,
    );
    this.addSql(`update "company" c set "unread_from_client" = u.n, "unread_version" = 1
      from (select "company_id", count(*) as n from "message"
             where "direction" = 'CLIENT_TO_OFFICE' and "office_read_at" is null group by "company_id") u
     where u."company_id" = c."id";`);
    this.addSql(
      `create index "company_office_unread_idx" on "company" ("office_id") where "unread_from_client" > 0;`,
    );
    this.addSql(
      `create index "company_caretaker_unread_idx" on "company" ("caretaker_id") where "unread_from_client" > 0;`,
    );
    this.addSql(`drop index if exists "message_unread_from_client_idx";`);
    this.addSql(`alter table "client_unread" add column "version" bigint not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "client_unread" drop column "version";`);
    this.addSql(
      `create index "message_unread_from_client_idx" on "message" ("company_id") where "direction" = 'CLIENT_TO_OFFICE' and "office_read_at" is null;`,
    );
    this.addSql(`drop index if exists "company_caretaker_unread_idx";`);
    this.addSql(`drop index if exists "company_office_unread_idx";`);
    this.addSql(
      `alter table "company" drop column "unread_version", drop column "unread_from_client";`,
    );
  }
}
