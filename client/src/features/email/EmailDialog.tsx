import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { NameList } from '../../ui/NameList';
import { ModalDialog } from '../notify/ModalDialog';
import { type MessageSource, MessageSourceFields } from '../templates/MessageSourceFields';
import { SendRefusal } from '../templates/MissingValues';
import { type BroadcastCounts, BroadcastProgress } from './BroadcastProgress';
import { ChosenPrintouts } from './ChosenPrintouts';
import { type ChosenPrintout, PrintoutPicker } from './PrintoutPicker';
import { previousMonth } from './period';
import { RichTextEditor } from './RichTextEditor';
import { errorDetails, type Field, SendError } from './SendError';

const SendEmailMutation = graphql(`
  mutation SendEmail($input: SendEmailInput!) {
    sendEmail(input: $input) {
      id
      kind
      createdAt
      subject
      recipientCount
      queuedCount
      sentCount
      failedCount
    }
  }
`);

const MAX_SUBJECT = 200;

/** A key that makes a retried send return the first broadcast instead of sending twice. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** MESSAGES: an email to each ticked company, with its own printouts as links, then live progress. */
export function EmailDialog({
  companies,
  onClose,
}: {
  companies: readonly { id: string; name: string }[];
  onClose(): void;
}) {
  const { t, tn } = useI18n();
  const subjectId = useId();
  const pickerId = useId();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [subject, setSubject] = useState('');
  const [content, setContent] = useState({ html: '', text: '' });
  const [printouts, setPrintouts] = useState<ChosenPrintout[]>([]);
  const [period, setPeriod] = useState(() => previousMonth());
  const [source, setSource] = useState<MessageSource>({
    templateId: null,
    subject: '',
    period: null,
  });
  const [pickerOpen, setPickerOpen] = useState(false);
  // Once opened, the picker stays mounted (hidden when closed).
  const [pickerUsed, setPickerUsed] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [broadcast, setBroadcast] = useState<BroadcastCounts | null>(null);
  const [{ fetching, error }, send] = useMutation(SendEmailMutation);
  const subjectRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);

  // Once sent, the form is gone: keep focus inside the dialog.
  useEffect(() => {
    if (broadcast) doneRef.current?.focus();
  }, [broadcast]);

  const onContent = useCallback((html: string, text: string) => {
    setContent({ html, text });
    setFieldErrors((current) => (current.html ? { ...current, html: undefined } : current));
  }, []);

  const details = error ? errorDetails(error) : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    const errors: Partial<Record<Field, string>> = {};
    if (!subject.trim()) errors.subject = t('email.error.subject');
    if (!content.text.trim() && !source.templateId) errors.html = t('email.error.html');
    setFieldErrors(errors);
    if (errors.subject) {
      subjectRef.current?.focus();
      return;
    }
    if (errors.html) {
      formRef.current?.querySelector<HTMLElement>('[data-testid="email-editor"]')?.focus();
      return;
    }
    const result = await send({
      input: {
        companyIds: companies.map((c) => c.id),
        subject: subject.trim(),
        html: content.text.trim() ? content.html : null,
        templateId: source.templateId,
        period: source.period,
        printouts: printouts.map(({ kind, period }) => ({ kind, period })),
        idempotencyKey,
      },
    });
    if (result.data) {
      setBroadcast(result.data.sendEmail);
      return;
    }
    if (result.error) {
      const { field } = errorDetails(result.error);
      if (field) setFieldErrors({ [field]: t(`email.error.server.${field}`) });
    }
  };

  const title = tn('email.title', companies.length);

  return (
    <ModalDialog title={title} testId="email-dialog" onClose={onClose} className="email-dialog">
      {broadcast ? (
        <>
          <BroadcastProgress initial={broadcast} />
          <div className="dialog-actions">
            <button
              ref={doneRef}
              type="button"
              className="primary"
              data-testid="email-done"
              onClick={onClose}
            >
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form
          ref={formRef}
          className="dialog-form"
          onSubmit={onSubmit}
          aria-busy={fetching}
          noValidate
        >
          <p className="recipients" data-testid="email-recipients">
            {t('notify.recipients')}{' '}
            <NameList names={companies.map((c) => c.name)} testId="email-recipient-names" />
          </p>
          <p className="hint">{t('email.privacy')}</p>
          <label htmlFor={subjectId}>{t('email.subject')}</label>
          <input
            ref={subjectRef}
            id={subjectId}
            data-testid="email-subject"
            required
            maxLength={MAX_SUBJECT}
            value={subject}
            data-autofocus
            aria-invalid={fieldErrors.subject ? true : undefined}
            aria-describedby={fieldErrors.subject ? `${subjectId}-error` : undefined}
            onChange={(e) => {
              setSubject(e.target.value.replace(/[\r\n]+/g, ' '));
              if (fieldErrors.subject) setFieldErrors({ ...fieldErrors, subject: undefined });
            }}
          />
          {fieldErrors.subject && (
            <p
              className="error field-error"
              id={`${subjectId}-error`}
              data-testid="email-subject-error"
            >
              {fieldErrors.subject}
            </p>
          )}

          <MessageSourceFields
            kind="EMAIL"
            source={{ ...source, subject }}
            onChange={(next) => {
              setSource(next);
              setSubject(next.subject);
            }}
            companies={companies}
            html={content.text.trim() ? content.html : ''}
            showSubject={false}
          />
          <RichTextEditor
            label={t('email.body')}
            onChange={onContent}
            invalid={Boolean(fieldErrors.html)}
            describedBy={fieldErrors.html ? `${subjectId}-html-error` : undefined}
          />
          {fieldErrors.html && (
            <p
              className="error field-error"
              id={`${subjectId}-html-error`}
              data-testid="email-body-error"
            >
              {fieldErrors.html}
            </p>
          )}

          <div className="email-attachments">
            <button
              type="button"
              data-testid="email-add-attachment"
              aria-expanded={pickerOpen}
              aria-controls={pickerId}
              onClick={() => {
                setPickerUsed(true);
                setPickerOpen((open) => !open);
              }}
            >
              {pickerOpen ? t('email.attachments.hide') : t('email.attachments.add')}
            </button>
            <ChosenPrintouts
              chosen={printouts}
              shownInPicker={pickerOpen ? period : null}
              onChange={setPrintouts}
            />
            <div id={pickerId} hidden={!pickerOpen}>
              {pickerUsed && (
                <PrintoutPicker
                  companies={companies}
                  period={period}
                  onPeriod={setPeriod}
                  chosen={printouts}
                  onChange={setPrintouts}
                />
              )}
            </div>
            {fieldErrors.printouts && (
              <p className="error field-error" role="alert">
                {fieldErrors.printouts}
              </p>
            )}
          </div>

          {error && details && !details.field && (
            <div data-testid="email-error">
              <SendRefusal error={error} testId="email-missing">
                <SendError error={error} details={details} />
              </SendRefusal>
            </div>
          )}

          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              data-testid="email-send"
              disabled={fetching || companies.length === 0}
            >
              {fetching ? t('email.sending') : t('common.send')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
