import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../../core/sql.js';

/** What the placeholders of one target read: its company, office, caretaker and declaration. */
export interface PlaceholderRow {
  i: number;
  company_id: string;
  name: string;
  nip: string;
  office_name: string;
  caretaker_name: string | null;
  declaration_type: string | null;
  declaration_amount: string | null;
  declaration_due: string | null;
}

/**
 * The placeholder values of every target in one statement, whatever their number: the targets go
 * in as one JSON parameter, each company of the office (others are left out) with its caretaker and
 * one declaration: the one named, or else that of `period` with the earliest due date (undated
 * last), then by type. Rows come back with the target's index `i`.
 */
export function placeholderRows(
  em: EntityManager,
  officeId: string,
  targets: ReadonlyArray<{ companyId: string; declarationId?: string | null }>,
  period: string | null,
): Promise<PlaceholderRow[]> {
  return executeBound<PlaceholderRow>(
    em,
    `select t.i, c.id as company_id, c.name, c.nip, o.name as office_name,
            u.name as caretaker_name, d.type as declaration_type,
            d.tax_due::text as declaration_amount, d.due_date::text as declaration_due
       from jsonb_to_recordset(?::jsonb) as t(i int, company_id uuid, declaration_id uuid)
       join company c on c.id = t.company_id and c.office_id = ?
       join office o on o.id = c.office_id
       left join app_user u on u.id = c.caretaker_id
       left join lateral (
         select d.type, d.tax_due, d.due_date from declaration d
          where d.company_id = c.id
            and case when t.declaration_id is null then d.period = ?::text
                     else d.id = t.declaration_id end
          order by d.due_date nulls last, d.type, d.id
          limit 1) d on true`,
    [
      JSON.stringify(
        targets.map((t, i) => ({
          i,
          company_id: t.companyId,
          declaration_id: t.declarationId ?? null,
        })),
      ),
      officeId,
      period,
    ],
  );
}
