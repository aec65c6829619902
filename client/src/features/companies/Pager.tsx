import { useI18n } from '../../i18n';

const pageSizes = [25, 50, 100];

/** Previous and next page, where the shown rows sit in the whole list, and the page size. */
export function Pager({
  page,
  from,
  to,
  total,
  hasPrevious,
  nextCursor,
  pageSize,
  onPrevious,
  onNext,
  onPageSize,
}: {
  page: number;
  from: number;
  to: number;
  total: number;
  hasPrevious: boolean;
  /** Where the next page starts; none on the last page. */
  nextCursor: string | null;
  pageSize: number;
  onPrevious(): void;
  onNext(cursor: string): void;
  onPageSize(size: number): void;
}) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('companies.pager')}>
      <button type="button" data-testid="page-prev" disabled={!hasPrevious} onClick={onPrevious}>
        {t('common.previous')}
      </button>
      <span data-testid="page-info" aria-live="polite">
        {t('companies.page', { page, from, to, total })}
      </span>
      <button
        type="button"
        data-testid="page-next"
        disabled={!nextCursor}
        onClick={() => nextCursor && onNext(nextCursor)}
      >
        {t('common.next')}
      </button>
      <label className="inline">
        {t('companies.pageSize')}
        <select
          data-testid="page-size"
          value={pageSize}
          onChange={(e) => onPageSize(Number(e.target.value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
