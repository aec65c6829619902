import { useI18n } from '../../i18n';
import { errorInfo, errorText } from '../../ui/errors';
import { SelectionChips } from './SelectionChips';
import { type Selection, selectedCompanies } from './selection';
import type { SelectAllState } from './useSelectAllMatching';

/**
 * How many companies are ticked and which (removable chips), "select all matching" with its
 * progress, and clearing.
 */
export function SelectionBar({
  selection,
  filterKey,
  count,
  total,
  pageAllTicked,
  selectAll,
  onSelectAll,
  onCancelSelectAll,
  onRemove,
  onClear,
}: {
  selection: Selection;
  /** The filter now shown: "all matching" is said only under the filter it was made under. */
  filterKey: string;
  count: number;
  /** How many companies match the filter. */
  total: number;
  /** Whether the shown page holds every match and all of it is ticked. */
  pageAllTicked: boolean;
  selectAll: SelectAllState;
  onSelectAll(): void;
  onCancelSelectAll(): void;
  onRemove(id: string): void;
  onClear(): void;
}) {
  const { t, tn } = useI18n();
  const allMatching = selection.allMatching?.filterKey === filterKey ? selection.allMatching : null;
  return (
    <section
      className="selection-bar"
      aria-label={t('companies.selection')}
      data-testid="selection-bar"
    >
      <p className="selection-count" data-testid="selection-count" role="status" aria-live="polite">
        {tn('companies.selected', count)}
      </p>
      {selectAll.status === 'loading' ? (
        <span className="select-all-progress" data-testid="select-all-progress">
          <label>
            <span>
              {t('companies.selectAll.loading', {
                loaded: selectAll.loaded,
                total: selectAll.total,
              })}
            </span>
            <progress
              max={Math.max(1, Math.min(selectAll.total, 10_000))}
              value={selectAll.loaded}
            />
          </label>
          <button type="button" onClick={onCancelSelectAll}>
            {t('companies.selectAll.cancel')}
          </button>
        </span>
      ) : (
        total > 0 &&
        !allMatching &&
        !pageAllTicked && (
          <button type="button" data-testid="select-all-matching" onClick={onSelectAll}>
            {tn('companies.selectAll', total)}
          </button>
        )
      )}
      {allMatching && (
        <span className="hint" data-testid="select-all-done">
          {allMatching.truncated
            ? t('companies.selectAll.truncated', { count, total: allMatching.total })
            : t('companies.selectAll.done', { count: allMatching.total })}
        </span>
      )}
      {count > 0 && (
        <button type="button" className="link" data-testid="selection-clear" onClick={onClear}>
          {t('companies.clearSelection')}
        </button>
      )}
      <SelectionChips companies={selectedCompanies(selection)} onRemove={onRemove} />
      {selectAll.status === 'error' && (
        <p role="alert" className="error">
          {t('companies.selectAll.failed', {
            message: errorText(t, errorInfo(selectAll.error)),
          })}
        </p>
      )}
    </section>
  );
}
