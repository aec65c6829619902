import { Migration } from '@mikro-orm/migrations';

/**
 * Listings that cost their page, not the office: keyset indexes that end in the unique id (office
 * list, caretaker list, caretaker inbox), trigram search on names and NIP prefixes as a range of the
 * unique index (pattern order, so `like '123%'` uses it in any database collation).
 */
export class Migration20261128070000 extends Migration {
  override async up(): Promise<void> {
    // pg_trgm ships with PostgreSQL (contrib); creating it needs no superuser since PostgreSQL 13.
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`drop index "company_office_id_name_index";`);
    this.addSql(
      `create index "company_office_id_name_id_index" on "company" ("office_id", "name", "id");`,
    );

    this.addSql(`drop index "company_caretaker_id_index";`);
    this.addSql(
      `create index "company_caretaker_id_name_id_index" on "company" ("caretaker_id", "name", "id");`,
    );
    this.addSql(
      `create index "company_caretaker_last_message_idx" on "company" ("caretaker_id", "last_message_at" desc, "id" desc) where "last_message_at" is not null;`,
    );

    this.addSql(
      `create index "company_name_trgm_idx" on "company" using gin ("name" gin_trgm_ops);`,
    );

    this.addSql(`alter table "company" drop constraint "company_office_id_nip_unique";`);
    this.addSql(
      `create unique index "company_office_id_nip_unique" on "company" ("office_id", "nip" text_pattern_ops);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "company_office_id_nip_unique";`);
    this.addSql(
      `alter table "company" add constraint "company_office_id_nip_unique" unique ("office_id", "nip");`,
    );

    this.addSql(`drop index "company_name_trgm_idx";`);

    this.addSql(`drop index "company_caretaker_last_message_idx";`);
    this.addSql(`drop index "company_caretaker_id_name_id_index";`);
    this.addSql(`create index "company_caretaker_id_index" on "company" ("caretaker_id");`);

    this.addSql(`drop index "company_office_id_name_id_index";`);
    this.addSql(`create index "company_office_id_name_index" on "company" ("office_id", "name");`);
    // The extension stays: dropping it could break objects created after this migration.
  }
}
