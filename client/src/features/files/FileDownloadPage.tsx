import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../router';
import { loginPath, useSession } from '../../session';
import { formatBytes } from '../../ui/format';
import { downloadFile, saveBlob } from './download';

type State =
  | { status: 'loading' }
  | { status: 'saved'; filename: string; blob: Blob }
  | { status: 'not-found' }
  | { status: 'failed'; httpStatus: number };

/**
 * Where an email's file link leads: once logged in (App sends a visitor to the login page and
 * back), the file is fetched with the session's credentials and saved under its own name.
 */
export function FileDownloadPage({ fileId }: { fileId: string }) {
  // Retrying starts a new download from scratch.
  const [attempt, setAttempt] = useState(0);
  return <FileDownload key={attempt} fileId={fileId} onRetry={() => setAttempt((n) => n + 1)} />;
}

function FileDownload({ fileId, onRetry }: { fileId: string; onRetry(): void }) {
  const { t, lang } = useI18n();
  const { token, expire } = useSession();
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    downloadFile(`/files/${encodeURIComponent(fileId)}`, token, { signal: controller.signal }).then(
      (outcome) => {
        if (controller.signal.aborted) return;
        if (outcome.status === 'unauthenticated') {
          // Back here after logging in again; taken before expire() moves to the login page.
          const target = loginPath();
          expire();
          navigate(target, { replace: true });
          return;
        }
        setState(outcome);
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'failed', httpStatus: 0 });
      },
    );
    // A second run (StrictMode, a new token) cancels the first, so the file is saved once.
    return () => controller.abort();
  }, [fileId, token, expire]);

  let status: string;
  if (state.status === 'loading') status = t('files.downloading');
  else if (state.status === 'saved') status = t('files.downloaded', { filename: state.filename });
  else if (state.status === 'not-found') status = t('files.notFound');
  else
    status = state.httpStatus
      ? t('files.failed', { status: state.httpStatus })
      : t('files.offline');

  return (
    <section className="card file-download" aria-labelledby="file-title">
      <h1 id="file-title">{t('files.title')}</h1>
      <p
        data-testid="file-status"
        data-status={state.status}
        role={state.status === 'not-found' || state.status === 'failed' ? 'alert' : 'status'}
        className={state.status === 'saved' ? 'ok' : state.status === 'loading' ? 'muted' : 'error'}
      >
        {status}
      </p>
      {state.status === 'saved' && (
        <>
          <p className="hint">
            {t('files.size', { size: formatBytes(state.blob.size, lang) })} · {t('files.hint')}
          </p>
          <div className="file-actions">
            <button
              type="button"
              className="primary"
              onClick={() => saveBlob(state.blob, state.filename)}
            >
              {t('files.again')}
            </button>
            <Link to="/">{t('files.home')}</Link>
          </div>
        </>
      )}
      {state.status === 'failed' && (
        <div className="file-actions">
          <button type="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
          <Link to="/">{t('files.home')}</Link>
        </div>
      )}
      {state.status === 'not-found' && (
        <div className="file-actions">
          <Link to="/">{t('files.home')}</Link>
        </div>
      )}
    </section>
  );
}
