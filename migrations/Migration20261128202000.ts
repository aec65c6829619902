import { Migration } from '@mikro-orm/migrations';

/**
 * Archived companies: out of the company list, the inbox and every send, their history kept. The
 * list reads (office, name, id) of live companies only, so a partial index serves it as before.
 */
export class Migration20261128202000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "company" add column "archived_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "company" drop column if exists "archived_at";`);
  }
}
