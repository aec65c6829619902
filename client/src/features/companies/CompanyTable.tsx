import { useEffect, useRef } from 'react';
import type { FragmentType } from '../../gql';
import { useI18n } from '../../i18n';
import { CompanyRow, type CompanyRow_company } from './CompanyRow';
import type { PageState, PickedCompany } from './selection';
import { type View, viewColumns } from './views';

/** A page of the company list as a table, in the chosen view, with tick boxes. */
export function CompanyTable({
  view,
  rows,
  busy,
  selectedIds,
  pageState,
  onToggle,
  onTogglePage,
}: {
  view: View;
  rows: Array<{ id: string } & FragmentType<typeof CompanyRow_company>>;
  busy: boolean;
  selectedIds: ReadonlySet<string>;
  pageState: PageState;
  onToggle(company: PickedCompany): void;
  onTogglePage(): void;
}) {
  const { t } = useI18n();
  const columns = viewColumns[view];
  return (
    <div
      className="table-wrap"
      role="tabpanel"
      id="companies-panel"
      aria-labelledby={`companies-tab-${view}`}
      aria-busy={busy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways; keyboards scroll what has focus
      tabIndex={0}
    >
      <table className="company-table" data-testid="company-table" data-view={view}>
        <caption className="visually-hidden">
          {t('companies.caption', { view: t(`companies.view.${view}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="select-col">
              <PageCheckbox
                state={pageState}
                disabled={rows.length === 0}
                onChange={onTogglePage}
              />
            </th>
            <th scope="col">{t('companies.col.name')}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {t(`companies.col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length + 2} className="muted" data-testid="companies-empty">
                {t('companies.empty')}
              </td>
            </tr>
          ) : (
            rows.map((company) => (
              <CompanyRow
                key={company.id}
                company={company}
                columns={columns}
                ticked={selectedIds.has(company.id)}
                onToggle={onToggle}
              />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function PageCheckbox({
  state,
  disabled,
  onChange,
}: {
  state: PageState;
  disabled: boolean;
  onChange(): void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      data-testid="select-page"
      aria-label={t('companies.selectPage')}
      checked={state === 'all'}
      disabled={disabled}
      onChange={onChange}
    />
  );
}
