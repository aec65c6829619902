import { Migration } from '@mikro-orm/migrations';

export class Migration20261126185802 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_office_id_foreign";`);

    this.addSql(`alter table "message" drop column "office_id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message" add column "office_id" uuid not null;`);
    this.addSql(
      `alter table "message" add constraint "message_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete no action;`,
    );
  }
}
