import { Migration } from '@mikro-orm/migrations';

/**
 * A client user's unread count of a company moves onto their membership row: a bulk send updates
 * existing rows (no index covers the count, so the update stays on its page) instead of upserting
 * into a second table with two foreign keys to check per row.
 */
export class Migration20261128090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "company_member" add column "unread_count" int not null default 0, add column "unread_version" bigint not null default 0;`,
    );
    this.addSql(`update "company_member" m set "unread_count" = u."count", "unread_version" = u."version"
      from "client_unread" u where u."user_id" = m."user_id" and u."company_id" = m."company_id";`);
    this.addSql(`drop table "client_unread";`);
    // Room on each page, so raising the counters rewrites rows in place without touching the indexes.
    this.addSql(`alter table "company_member" set (fillfactor = 70);`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "client_unread" ("user_id" uuid not null, "company_id" uuid not null, "count" int not null default 0, "version" bigint not null default 0, constraint "client_unread_pkey" primary key ("user_id", "company_id"));`,
    );
    this.addSql(
      `alter table "client_unread" add constraint "client_unread_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "client_unread" add constraint "client_unread_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `insert into "client_unread" select "user_id", "company_id", "unread_count", "unread_version" from "company_member";`,
    );
    this.addSql(
      `alter table "company_member" drop column "unread_version", drop column "unread_count";`,
    );
    this.addSql(`alter table "company_member" reset (fillfactor);`);
  }
}
