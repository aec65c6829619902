import { useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { type MessageKey, useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { downloadFile } from '../files/download';
import { csvPath, type ReportFilter } from './reportFilter';

export const ReportHeader_broadcast = graphql(`
  fragment ReportHeader_broadcast on Broadcast {
    id
    kind
    subject
    preview
    createdAt
    recipientCount
    readCount
    requireAcknowledgment
    acknowledgedCount
    failedCount
    author { id name }
    remindsOf { id createdAt }
    reminders { id createdAt recipientCount }
  }
`);

/** What was sent, by whom, read by N of M, its reminders; the reminder and CSV actions. */
export function ReportHeader({
  broadcast: broadcastRef,
  titleId,
  filter,
  canRemind,
  onRemind,
}: {
  broadcast: FragmentType<typeof ReportHeader_broadcast>;
  titleId: string;
  filter: ReportFilter;
  canRemind: boolean;
  onRemind(): void;
}) {
  const { t, tn, lang, formatDateTime } = useI18n();
  const { token } = useSession();
  const b = useFragment(ReportHeader_broadcast, broadcastRef);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const exportCsv = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const outcome = await downloadFile(csvPath(b.id, filter, lang), token);
      if (outcome.status !== 'saved') setExportFailed(true);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  return (
    <header className="report-header">
      <h1 id={titleId}>
        {t(`report.title.${b.kind}` as MessageKey, { date: formatDateTime(b.createdAt) })}
      </h1>
      <p className="muted">{t('report.author', { name: b.author.name })}</p>
      {b.subject && <p className="report-subject">{b.subject}</p>}
      <blockquote className="report-preview">{b.preview}</blockquote>
      <p className="report-summary">
        <strong data-testid="report-read">
          {t('sent.read', { read: b.readCount, total: b.recipientCount })}
        </strong>
        {b.requireAcknowledgment && (
          <strong data-testid="report-acknowledged">
            {t('report.acknowledgedCount', {
              acknowledged: b.acknowledgedCount,
              total: b.recipientCount,
            })}
          </strong>
        )}
        {b.failedCount > 0 && (
          <span className="status-chip status-failed">{tn('sent.failed', b.failedCount)}</span>
        )}
      </p>
      {b.remindsOf && (
        <p>
          <Link to={`/sent/${b.remindsOf.id}`}>
            {t('report.remindsOf', { date: formatDateTime(b.remindsOf.createdAt) })}
          </Link>
        </p>
      )}
      {b.reminders.length > 0 && (
        <p data-testid="report-reminders">
          {t('report.reminders')}{' '}
          {b.reminders.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <Link to={`/sent/${r.id}`}>
                {t('report.reminder', {
                  date: formatDateTime(r.createdAt),
                  count: r.recipientCount,
                })}
              </Link>
            </span>
          ))}
        </p>
      )}
      <div className="report-actions">
        <button
          type="button"
          className="primary"
          data-testid="report-remind"
          disabled={!canRemind}
          onClick={onRemind}
        >
          {b.requireAcknowledgment ? t('report.remindAny') : t('report.remind')}
        </button>
        <button
          type="button"
          data-testid="report-export"
          disabled={exporting}
          onClick={() => void exportCsv()}
        >
          {exporting ? t('report.exporting') : t('report.export')}
        </button>
        {exportFailed && (
          <span role="alert" className="error">
            {t('report.export.failed')}
          </span>
        )}
      </div>
    </header>
  );
}
