import { Migration } from '@mikro-orm/migrations';

/** The office's logo for its emails: an upload of one of its heads, kept from the orphan sweep while set. */
export class Migration20261129130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "office" add column "logo_id" uuid null;`);
    this.addSql(
      `alter table "office" add constraint "office_logo_id_foreign" foreign key ("logo_id") references "stored_file" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "office_logo_id_index" on "office" ("logo_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "office" drop constraint "office_logo_id_foreign";`);
    this.addSql(`drop index "office_logo_id_index";`);
    this.addSql(`alter table "office" drop column "logo_id";`);
  }
}
