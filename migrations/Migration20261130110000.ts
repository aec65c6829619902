import { Migration } from '@mikro-orm/migrations';

/**
 * Scheduled, cancellable and recallable sends: a broadcast's sendAt and stored request, why and when
 * it was cancelled or recalled; a message hidden from clients by a recall.
 */
export class Migration20261130110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "broadcast" add column "send_at" timestamptz null, add column "request" jsonb null, add column "cancelled_at" timestamptz null, add column "cancel_reason" text check ("cancel_reason" in ('BY_USER', 'AUTHOR_DEACTIVATED', 'NO_RECIPIENTS', 'OFFICE_NOT_VERIFIED', 'SMTP_NOT_CONFIGURED', 'REQUEST_INVALID', 'SEND_FAILED')) null, add column "recalled_at" timestamptz null;`,
    );
    this.addSql(
      `create index "broadcast_scheduled_idx" on "broadcast" ("send_at") where "status" = 'SCHEDULED';`,
    );
    this.addSql(`alter table "message" add column "recalled_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message" drop column "recalled_at";`);
    this.addSql(`drop index "broadcast_scheduled_idx";`);
    this.addSql(
      `alter table "broadcast" drop column "send_at", drop column "request", drop column "cancelled_at", drop column "cancel_reason", drop column "recalled_at";`,
    );
  }
}
