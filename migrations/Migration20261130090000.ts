import { Migration } from '@mikro-orm/migrations';
import { defaultDueDate } from '../server/src/modules/bookkeeping/due-date.js';

/**
 * Declarations carry their due date. Existing ones get the statutory date for their form and
 * period, computed by the same rule new ones use: one update per distinct (type, period).
 */
export class Migration20261130090000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "declaration" add column "due_date" date null;`);
    const pairs = (await this.execute(
      `select distinct "type", "period" from "declaration";`,
    )) as Array<{ type: string; period: string }>;
    for (const { type, period } of pairs) {
      await this.execute(
        `update "declaration" set "due_date" = ? where "type" = ? and "period" = ?;`,
        [defaultDueDate(type, period), type, period],
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "declaration" drop column "due_date";`);
  }
}
