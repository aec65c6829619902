import { Migration } from '@mikro-orm/migrations';

/**
 * Archived companies: out of the company list, the inbox and every send, their history kept. The
 * list and the inbox keep reading their indexes in order; the few archived rows are filtered out.
 */
export class Migration20261128202000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "company" add column "archived_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "company" drop column if exists "archived_at";`);
  }
}
