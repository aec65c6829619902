import { Migration } from '@mikro-orm/migrations';

/**
 * Changes of an office's SMTP server, for the platform admin. Error texts stored before
 * they were written without the server's words and addresses lose both: office staff see them.
 */
export class Migration20261128150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "smtp_change" ("id" uuid not null default gen_random_uuid(), "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "office_id" uuid not null, "verification" text check ("verification" in ('UNVERIFIED', 'PENDING', 'VERIFIED')) not null, "changed_by_id" uuid null, "previous_host" varchar(255) null, "previous_port" int null, "previous_username" varchar(255) null, "host" varchar(255) not null, "port" int not null, "username" varchar(255) null, constraint "smtp_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "smtp_change_office_id_created_at_index" on "smtp_change" ("office_id", "created_at");`,
    );
    this.addSql(
      `alter table "smtp_change" add constraint "smtp_change_office_id_foreign" foreign key ("office_id") references "office" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "smtp_change" add constraint "smtp_change_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    // "(server said: …)" goes, and so does every address literal (IPv4 with or without a port, IPv6 in brackets).
    const scrubbed = (column: string) =>
      `regexp_replace(regexp_replace(regexp_replace(${column}, ' \\(server said: .*\\)', '', 'g'), '\\d{1,3}(\\.\\d{1,3}){3}(:\\d+){0,1}', '[address]', 'g'), '\\[[0-9a-fA-F:.]+\\](:\\d+){0,1}', '[address]', 'g')`;
    this.addSql(
      `update "email_delivery" set "last_error" = ${scrubbed('"last_error"')} where "last_error" is not null;`,
    );
    this.addSql(
      `update "smtp_integration" set "login_rejected_error" = ${scrubbed('"login_rejected_error"')} where "login_rejected_error" is not null;`,
    );
    // A failed test says only what kind of failure it was.
    this.addSql(`update "smtp_integration" set "last_test_error" = case
        when "last_test_error" ~ 'username or password|requires a username' then 'The SMTP server refused the login.'
        when "last_test_error" ~ 'TLS' then 'TLS failed: a secure connection to the SMTP server could not be set up; check the security setting.'
        else 'Could not connect to the SMTP server.' end
      where "last_test_error" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "smtp_change" cascade;`);
  }
}
