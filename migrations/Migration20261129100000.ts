import { Migration } from '@mikro-orm/migrations';

/**
 * Each person's language, and each invitation's: the platform's own emails (invitations, resets,
 * notices) are written in it. Everyone existing keeps Polish, as they received until now.
 */
export class Migration20261129100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "language" text check ("language" in ('pl', 'en')) not null default 'pl';`,
    );
    this.addSql(
      `alter table "invitation" add column "language" text check ("language" in ('pl', 'en')) not null default 'pl';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "language";`);
    this.addSql(`alter table "invitation" drop column "language";`);
  }
}
