import { useI18n } from '../../i18n';
import type { Selection } from './selection';
import type { SelectAllState } from './useSelectAllMatching';

/** How many companies are ticked, "select all matching" with its progress, and clearing. */
export function SelectionBar({
  selection,
  count,
  total,
  pageAllTicked,
  selectAll,
  onSelectAll,
  onCancelSelectAll,
  onClear,
}: {
  selection: Selection;
  count: number;
  /** How many companies match the filter. */
  total: number;
  /** Whether the shown page holds every match and all of it is ticked. */
  pageAllTicked: boolean;
  selectAll: SelectAllState;
  onSelectAll(): void;
  onCancelSelectAll(): void;
  onClear(): void;
}) {
  const { t, tn } = useI18n();
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
        !selection.allMatching &&
        !pageAllTicked && (
          <button type="button" data-testid="select-all-matching" onClick={onSelectAll}>
            {tn('companies.selectAll', total)}
          </button>
        )
      )}
      {selection.allMatching && (
        <span className="hint" data-testid="select-all-done">
          {selection.allMatching.truncated
            ? t('companies.selectAll.truncated', { count, total: selection.allMatching.total })
            : t('companies.selectAll.done', { count })}
        </span>
      )}
      {count > 0 && (
        <button type="button" className="link" data-testid="selection-clear" onClick={onClear}>
          {t('companies.clearSelection')}
        </button>
      )}
      {selectAll.status === 'error' && (
        <p role="alert" className="error">
          {t('companies.selectAll.failed', { message: selectAll.message })}
        </p>
      )}
    </section>
  );
}
