import { Migration } from '@mikro-orm/migrations';

/**
 * Failed logins are counted by the login throttle (rate-limiter-flexible, in Redis or in memory),
 * per source and per email from a source, in counters that expire; the per-email table, which
 * grew by one row for every unknown email tried, goes.
 */
export class Migration20261128130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists "login_failure";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "login_failure" ("email" varchar(255) not null, "failures" int not null, "last_failure_at" timestamptz not null, constraint "login_failure_pkey" primary key ("email"));`,
    );
  }
}
