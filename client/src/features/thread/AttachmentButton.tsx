import { useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { formatBytes } from '../../ui/format';
import { downloadFile, filePath } from '../files/download';

export const AttachmentButton_attachment = graphql(`
  fragment AttachmentButton_attachment on AttachmentLink {
    id
    filename
    size
    url
    downloadedAt
  }
`);

/**
 * A file attached to a message, downloaded with the session's credentials; staff also see when
 * the client downloaded it.
 */
export function AttachmentButton({
  attachment: attachmentRef,
  staff,
}: {
  attachment: FragmentType<typeof AttachmentButton_attachment>;
  staff: boolean;
}) {
  const { t, lang, formatDateTime } = useI18n();
  const attachment = useFragment(AttachmentButton_attachment, attachmentRef);
  const { token, expire } = useSession();
  const [state, setState] = useState<'idle' | 'loading' | 'not-found' | 'failed'>('idle');
  const size = formatBytes(attachment.size, lang);
  const download = async () => {
    setState('loading');
    try {
      const outcome = await downloadFile(filePath(attachment.url), token);
      if (outcome.status === 'unauthenticated') expire();
      else
        setState(
          outcome.status === 'saved'
            ? 'idle'
            : outcome.status === 'not-found'
              ? 'not-found'
              : 'failed',
        );
    } catch {
      setState('failed');
    }
  };
  return (
    <li>
      <button
        type="button"
        className="attachment"
        data-testid="attachment-link"
        data-attachment-id={attachment.id}
        onClick={download}
        aria-busy={state === 'loading'}
      >
        <PaperclipIcon />
        {/* The name is the visible text with the action before it (WCAG 2.5.3: label in name). */}
        <span className="visually-hidden">
          {t(state === 'loading' ? 'thread.downloading' : 'thread.download')}{' '}
        </span>
        <span className="filename">{attachment.filename}</span>{' '}
        <span className="muted">{size}</span>
      </button>
      {staff && attachment.downloadedAt && (
        <span className="hint">
          {' '}
          {t('thread.downloadedByClient', { time: formatDateTime(attachment.downloadedAt) })}
        </span>
      )}
      {state === 'not-found' && (
        <span role="alert" className="error">
          {' '}
          {t('thread.downloadNotFound', { filename: attachment.filename })}
        </span>
      )}
      {state === 'failed' && (
        <span role="alert" className="error">
          {' '}
          {t('thread.downloadFailed', { filename: attachment.filename })}
        </span>
      )}
    </li>
  );
}

function PaperclipIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
