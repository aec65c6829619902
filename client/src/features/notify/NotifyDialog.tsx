import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { formatBytes } from '../../ui/format';
import { NameList } from '../../ui/NameList';
import { sizeLimitOf, UploadError, type UploadedFile, uploadFile } from '../../ui/upload';
import { type MessageSource, MessageSourceFields } from '../templates/MessageSourceFields';
import { SendRefusal } from '../templates/MissingValues';
import { ModalDialog } from './ModalDialog';

const SendBulkNotificationMutation = graphql(`
  mutation SendBulkNotification($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) {
      id
      kind
      createdAt
      recipientCount
    }
  }
`);

/** The server's limit on a message body. */
const MAX_BODY = 10_000;

type Upload =
  | { status: 'none' }
  | { status: 'uploading'; file: File; loaded: number; total: number }
  | { status: 'done'; file: UploadedFile }
  | { status: 'failed'; file: File; error: UploadError | Error };

/** Bulk notification: one text (and optionally one uploaded file) to each ticked company separately. */
export function NotifyDialog({
  companies,
  onClose,
}: {
  companies: readonly { id: string; name: string }[];
  onClose(): void;
}) {
  const { t, tn, lang } = useI18n();
  const { token } = useSession();
  const bodyId = useId();
  const fileId = useId();
  const [body, setBody] = useState('');
  const [source, setSource] = useState<MessageSource>({
    templateId: null,
    subject: '',
    period: null,
  });
  const hasContent = Boolean(body.trim() || source.templateId);
  const [upload, setUpload] = useState<Upload>({ status: 'none' });
  const [sent, setSent] = useState<{ recipientCount: number } | null>(null);
  const [{ fetching, error }, send] = useMutation(SendBulkNotificationMutation);
  const abortRef = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => () => abortRef.current?.abort(), []);
  useEffect(() => {
    if (sent) closeButton.current?.focus();
  }, [sent]);

  const startUpload = async (file: File) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setUpload({ status: 'uploading', file, loaded: 0, total: file.size });
    try {
      const stored = await uploadFile(file, {
        token,
        signal: controller.signal,
        onProgress: (loaded, total) => setUpload({ status: 'uploading', file, loaded, total }),
      });
      setUpload({ status: 'done', file: stored });
    } catch (failure) {
      if (controller.signal.aborted) return;
      setUpload({
        status: 'failed',
        file,
        error: failure instanceof Error ? failure : new Error(String(failure)),
      });
    }
  };

  const removeFile = () => {
    abortRef.current?.abort();
    setUpload({ status: 'none' });
    if (fileInput.current) fileInput.current.value = '';
  };

  const uploadErrorText = (failure: UploadError | Error): string => {
    if (!(failure instanceof UploadError))
      return t('notify.upload.failed', { message: failure.message });
    switch (failure.status) {
      case 413: {
        const limit = sizeLimitOf(failure.message);
        return limit ? t('notify.upload.tooLarge.limit', { limit }) : t('notify.upload.tooLarge');
      }
      case 415:
        return t('notify.upload.badType');
      case 400:
        return t('notify.upload.empty');
      case 401:
        return t('notify.upload.session');
      case 0:
        return t('notify.upload.network');
      default:
        return t('notify.upload.failed', { message: failure.message || String(failure.status) });
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!hasContent || upload.status === 'uploading' || fetching) return;
    const result = await send({
      input: {
        companyIds: companies.map((c) => c.id),
        body: body.trim() ? body : null,
        subject: source.subject.trim() ? source.subject : null,
        templateId: source.templateId,
        period: source.period,
        attachmentIds: upload.status === 'done' ? [upload.file.id] : undefined,
      },
    });
    if (result.data) setSent({ recipientCount: result.data.sendBulkNotification.recipientCount });
  };

  const title = tn('notify.title', companies.length);

  return (
    <ModalDialog title={title} testId="notify-dialog" onClose={onClose}>
      {sent ? (
        <>
          <p role="status" className="ok" data-testid="notify-result">
            {tn('notify.sent', sent.recipientCount)}
          </p>
          <div className="dialog-actions">
            <button
              ref={closeButton}
              type="button"
              className="primary"
              data-testid="notify-done"
              onClick={onClose}
            >
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="dialog-form" onSubmit={onSubmit} aria-busy={fetching}>
          <p className="recipients" data-testid="notify-recipients">
            {t('notify.recipients')}{' '}
            <NameList names={companies.map((c) => c.name)} testId="notify-recipient-names" />
          </p>
          <p className="hint">{t('notify.privacy')}</p>
          <MessageSourceFields
            kind="NOTIFICATION"
            source={source}
            onChange={setSource}
            companies={companies}
            body={body}
          />
          <label htmlFor={bodyId}>{t('notify.body')}</label>
          <textarea
            id={bodyId}
            data-testid="notify-body"
            rows={7}
            required={!source.templateId}
            maxLength={MAX_BODY}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            data-autofocus
          />
          <p className="hint" aria-live="polite">
            {t('notify.length', { count: body.length, max: MAX_BODY })}
          </p>

          <div className="notify-file">
            <label htmlFor={fileId}>{t('notify.file')}</label>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              data-testid="notify-file"
              disabled={fetching}
              aria-describedby={`${fileId}-hint`}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void startUpload(file);
                else removeFile();
              }}
            />
            <p className="hint" id={`${fileId}-hint`}>
              {t('notify.file.hint')}
            </p>
            {upload.status === 'uploading' && (
              <div className="upload-progress" data-testid="notify-upload">
                <label>
                  <span>
                    {t('notify.upload.progress', {
                      name: upload.file.name,
                      percent: upload.total ? Math.floor((upload.loaded / upload.total) * 100) : 0,
                    })}
                  </span>
                  <progress
                    data-testid="notify-upload-progress"
                    max={upload.total || 1}
                    value={upload.loaded}
                  />
                </label>
                <button type="button" onClick={removeFile}>
                  {t('notify.upload.cancel')}
                </button>
              </div>
            )}
            {upload.status === 'done' && (
              <p className="uploaded" data-testid="notify-uploaded" data-upload-id={upload.file.id}>
                <span>
                  {t('notify.upload.done', {
                    name: upload.file.filename,
                    size: formatBytes(upload.file.size, lang),
                  })}
                </span>{' '}
                <button
                  type="button"
                  className="link"
                  data-testid="notify-file-remove"
                  onClick={removeFile}
                >
                  {t('notify.upload.remove')}
                </button>
              </p>
            )}
            {upload.status === 'failed' && (
              <p role="alert" className="error" data-testid="notify-upload-error">
                {t('notify.upload.rejected', {
                  name: upload.file.name,
                  size: formatBytes(upload.file.size, lang),
                })}{' '}
                {uploadErrorText(upload.error)}{' '}
                <button
                  type="button"
                  className="link"
                  data-testid="notify-file-remove"
                  onClick={removeFile}
                >
                  {t('notify.upload.remove')}
                </button>
              </p>
            )}
          </div>

          {error && (
            <div data-testid="notify-error">
              <SendRefusal error={error} testId="notify-missing" />
            </div>
          )}

          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              data-testid="notify-send"
              disabled={
                fetching ||
                !hasContent ||
                upload.status === 'uploading' ||
                upload.status === 'failed' ||
                companies.length === 0
              }
            >
              {fetching ? t('notify.sending') : t('common.send')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
