import { useI18n } from '../../i18n';
import type { ImportResult } from './CompanyImportDialog';

/** An import's totals and what happened (or would happen) to each row of the file. */
export function ImportResultTable({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  return (
    <>
      <p role="status" data-testid="import-totals" data-applied={result.applied}>
        {t(result.applied ? 'companies.import.applied' : 'companies.import.preview', {
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          failed: result.failed,
        })}
      </p>
      <div className="table-scroll">
        <table className="import-rows" data-testid="import-rows">
          <thead>
            <tr>
              <th scope="col">{t('companies.import.line')}</th>
              <th scope="col">{t('companies.import.status')}</th>
              <th scope="col">{t('companies.col.nip')}</th>
              <th scope="col">{t('companies.col.name')}</th>
              <th scope="col">{t('companies.import.error')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.line} data-status={row.status}>
                <td>{row.line}</td>
                <td>{t(`enum.CompanyImportRowStatus.${row.status}`)}</td>
                <td>{row.nip ?? ''}</td>
                <td>{row.name ?? ''}</td>
                <td className={row.error ? 'error' : undefined}>
                  {row.error
                    ? row.column
                      ? t('companies.import.errorIn', { column: row.column, error: row.error })
                      : row.error
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
