import { Migration } from '@mikro-orm/migrations';

/**
 * Client questions as questions: a conversation awaits the office's answer from a client's message
 * until the office replies or closes it. Threads whose last question or reply came from a client
 * start out awaiting. The client's newest message (the inbox preview) gets its own partial index.
 */
export class Migration20261129110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "company" add column "awaiting_reply_since" timestamptz null, add column "conversation_closed_at" timestamptz null;`,
    );
    this.addSql(
      `update "company" c set "awaiting_reply_since" = last.created_at
         from (select distinct on (company_id) company_id, direction, created_at from "message"
                where kind in ('QUESTION', 'REPLY') order by company_id, created_at desc, id desc) last
        where last.company_id = c.id and last.direction = 'CLIENT_TO_OFFICE';`,
    );
    this.addSql(
      `create index "company_office_awaiting_idx" on "company" ("office_id", "last_message_at" desc, "id" desc) where "awaiting_reply_since" is not null;`,
    );
    this.addSql(
      `create index "company_caretaker_awaiting_idx" on "company" ("caretaker_id", "last_message_at" desc, "id" desc) where "awaiting_reply_since" is not null;`,
    );
    this.addSql(
      `create index "message_client_thread_idx" on "message" ("company_id", "created_at" desc, "id" desc) where "direction" = 'CLIENT_TO_OFFICE';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "message_client_thread_idx";`);
    this.addSql(`drop index if exists "company_caretaker_awaiting_idx";`);
    this.addSql(`drop index if exists "company_office_awaiting_idx";`);
    this.addSql(
      `alter table "company" drop column "awaiting_reply_since", drop column "conversation_closed_at";`,
    );
  }
}
