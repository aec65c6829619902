import { Migration } from '@mikro-orm/migrations';

/**
 * The report per send: a broadcast's status (every existing one was sent), the link of a reminder
 * to the broadcast it follows up, and the indexes of the "Sent" list, newest first.
 */
export class Migration20261129120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "broadcast" add column "status" text check ("status" in ('SCHEDULED', 'SENT', 'CANCELLED', 'RECALLED')) not null default 'SENT', add column "reminds_of_id" uuid null;`,
    );
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_reminds_of_id_foreign" foreign key ("reminds_of_id") references "broadcast" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "broadcast_reminds_of_id_index" on "broadcast" ("reminds_of_id");`);
    this.addSql(
      `create index "broadcast_office_created_idx" on "broadcast" ("office_id", "created_at" desc, "id" desc);`,
    );
    this.addSql(
      `create index "broadcast_author_created_idx" on "broadcast" ("author_id", "created_at" desc, "id" desc);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "broadcast_author_created_idx";`);
    this.addSql(`drop index "broadcast_office_created_idx";`);
    this.addSql(`alter table "broadcast" drop constraint "broadcast_reminds_of_id_foreign";`);
    this.addSql(`alter table "broadcast" drop column "reminds_of_id", drop column "status";`);
  }
}
