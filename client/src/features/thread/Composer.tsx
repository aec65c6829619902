import {
  type FormEvent,
  type KeyboardEvent,
  type Ref,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { errorInfo, errorText } from '../../ui/errors';
import { formatBytes } from '../../ui/format';
import { UploadError, type UploadedFile, uploadFile } from '../../ui/upload';

interface Upload {
  promise: Promise<UploadedFile>;
  abort(): void;
}

export const SendThreadMessageMutation = graphql(`
  mutation SendThreadMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageItem_message
      company { id }
    }
  }
`);

interface Attachment {
  file: File;
  progress: number;
  upload: Upload | null;
  uploaded: UploadedFile | null;
  error: string | null;
}

/** The question (client) or reply (office) form under a thread, with one optional file. */
export function Composer({
  companyId,
  staff,
  inputRef,
}: {
  companyId: string;
  staff: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}) {
  const { t, lang } = useI18n();
  const { token } = useSession();
  const id = useId();
  const [body, setBody] = useState('');
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState('');
  const [{ fetching }, send] = useMutation(SendThreadMessageMutation);
  const fileInput = useRef<HTMLInputElement>(null);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const current = useRef<Upload | null>(null);

  // An upload still running when the form goes away is abandoned.
  useEffect(() => () => current.current?.abort(), []);
  // Arriving from an "ask a question" link (#ask): straight into the field.
  useEffect(() => {
    if (window.location.hash === '#ask') textarea.current?.focus();
  }, []);

  const setTextarea = (element: HTMLTextAreaElement | null) => {
    textarea.current = element;
    if (typeof inputRef === 'function') inputRef(element);
    else if (inputRef) inputRef.current = element;
  };

  const chooseFile = (file: File | undefined) => {
    current.current?.abort();
    current.current = null;
    if (!file) {
      setAttachment(null);
      return;
    }
    const controller = new AbortController();
    const upload: Upload = {
      promise: uploadFile(file, {
        token,
        signal: controller.signal,
        onProgress: (loaded, total) =>
          setAttachment((a) =>
            a && a.file === file ? { ...a, progress: Math.round((loaded / total) * 100) } : a,
          ),
      }),
      abort: () => controller.abort(),
    };
    current.current = upload;
    setAttachment({ file, progress: 0, upload, uploaded: null, error: null });
    upload.promise.then(
      (uploaded) =>
        setAttachment((a) =>
          a && a.file === file ? { ...a, progress: 100, uploaded, upload: null } : a,
        ),
      (failure: unknown) => {
        if (failure instanceof DOMException && failure.name === 'AbortError') return;
        setAttachment((a) =>
          a && a.file === file
            ? { ...a, upload: null, error: uploadMessage(failure, file.name) }
            : a,
        );
      },
    );
  };

  const uploadMessage = (failure: unknown, filename: string): string => {
    if (failure instanceof UploadError && failure.status === 413)
      return t('thread.compose.uploadTooLarge', { filename });
    if (failure instanceof UploadError && failure.status === 415)
      return t('thread.compose.uploadType', { filename });
    return t('thread.compose.uploadFailed', {
      filename,
      message: failure instanceof Error ? failure.message : String(failure),
    });
  };

  const removeFile = () => {
    chooseFile(undefined);
    if (fileInput.current) fileInput.current.value = '';
    textarea.current?.focus();
  };

  const uploading = Boolean(attachment?.upload);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (fetching || uploading) return;
    setSent('');
    const text = body.trim();
    if (!text) {
      setError(t('thread.compose.empty'));
      textarea.current?.focus();
      return;
    }
    if (attachment?.error) {
      setError(attachment.error);
      return;
    }
    setError(null);
    const attachmentIds = attachment?.uploaded ? [attachment.uploaded.id] : [];
    const result = await send({ input: { companyId, body: text, attachmentIds } });
    if (result.error || !result.data) {
      setError(
        t('thread.compose.failed', {
          message: errorText(t, errorInfo(result.error ?? 'no data')),
        }),
      );
      return;
    }
    setBody('');
    setAttachment(null);
    if (fileInput.current) fileInput.current.value = '';
    setSent(t('thread.compose.sent'));
    textarea.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const size = attachment ? formatBytes(attachment.file.size, lang) : '';
  return (
    <form className="composer" onSubmit={submit} aria-labelledby={`${id}-label`}>
      <label htmlFor={`${id}-body`} id={`${id}-label`}>
        {staff ? t('thread.compose.reply') : t('thread.compose.question')}
      </label>
      <textarea
        id={`${id}-body`}
        ref={setTextarea}
        data-testid="reply-input"
        rows={2}
        maxLength={10000}
        value={body}
        placeholder={
          staff ? t('thread.compose.placeholderReply') : t('thread.compose.placeholderQuestion')
        }
        aria-describedby={`${id}-hint`}
        aria-invalid={error === t('thread.compose.empty') || undefined}
        onChange={(e) => {
          setBody(e.target.value);
          if (error === t('thread.compose.empty')) setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      {attachment && (
        <div className="composer-file">
          {attachment.upload ? (
            <>
              <span>
                {t('thread.compose.uploading', {
                  filename: attachment.file.name,
                  percent: attachment.progress,
                })}
              </span>
              <progress
                max={100}
                value={attachment.progress}
                aria-label={t('thread.compose.uploading', {
                  filename: attachment.file.name,
                  percent: attachment.progress,
                })}
              />
            </>
          ) : attachment.error ? (
            <span role="alert" className="error">
              {attachment.error}
            </span>
          ) : (
            <span>{t('thread.compose.uploaded', { filename: attachment.file.name, size })}</span>
          )}
          <button
            type="button"
            className="link"
            onClick={removeFile}
            aria-label={t('thread.compose.removeFile', { filename: attachment.file.name })}
          >
            ✕
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="composer-actions">
        <input
          ref={fileInput}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => chooseFile(e.target.files?.[0])}
          data-testid="reply-file"
        />
        <button type="button" onClick={() => fileInput.current?.click()} disabled={fetching}>
          {attachment ? t('thread.compose.replaceFile') : t('thread.compose.attach')}
        </button>
        <span className="hint" id={`${id}-hint`}>
          {t('thread.compose.hint')}
        </span>
        <span className="spacer" />
        <button
          type="submit"
          className="primary"
          data-testid="reply-send"
          disabled={fetching || uploading}
        >
          {fetching
            ? t('thread.compose.sending')
            : staff
              ? t('thread.compose.sendReply')
              : t('thread.compose.sendQuestion')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {sent}
      </p>
    </form>
  );
}
