import { Migration } from '@mikro-orm/migrations';

/** Declarations marked paid (markDeclarationPaid); the unpaid ones are found by due date. */
export class Migration20261130150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "declaration" add column "paid_at" timestamptz null;`);
    this.addSql(
      `create index "declaration_due_unpaid_idx" on "declaration" ("due_date") where "paid_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "declaration_due_unpaid_idx";`);
    this.addSql(`alter table "declaration" drop column "paid_at";`);
  }
}
