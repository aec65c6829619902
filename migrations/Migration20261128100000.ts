import { Migration } from '@mikro-orm/migrations';

/**
 * Leases for email deliveries (a worker owns a SENDING row until `lease_until`, and only the holder
 * of `lease_token` may record its outcome), the printouts of each delivery on its row (a retry of a
 * failed delivery needs them, long after its first job is gone), and the count of logins an office's
 * SMTP server refused with the current settings (two stop its queued emails).
 */
export class Migration20261128100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "email_delivery" add column "printouts" jsonb not null default '[]', add column "lease_token" uuid null, add column "lease_until" timestamptz null;`,
    );
    // Deliveries still waiting had their printouts in their job only (job id = delivery id).
    this.addSql(`do $$ begin
      if to_regclass('pgboss.job') is not null then
        update "email_delivery" d set "printouts" = j.data -> 'printouts'
          from pgboss.job j
         where j.id = d.id and d.status in ('QUEUED', 'SENDING') and jsonb_typeof(j.data -> 'printouts') = 'array';
      end if;
    end $$;`);
    this.addSql(
      `alter table "smtp_integration" add column "login_rejections" int not null default 0, add column "login_rejected_error" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "smtp_integration" drop column "login_rejected_error", drop column "login_rejections";`,
    );
    this.addSql(
      `alter table "email_delivery" drop column "lease_until", drop column "lease_token", drop column "printouts";`,
    );
  }
}
