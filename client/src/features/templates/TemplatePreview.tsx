import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { RichText } from '../../ui/RichText';
import { ErrorState } from '../../ui/states';
import { useDebounced } from './useDebounced';

const PreviewQuery = graphql(`
  query TemplatesPreview($input: MessagePreviewInput!) {
    previewMessage(input: $input) { subject html body missing }
  }
`);

/**
 * The message as one chosen company would get it, placeholders filled by the server
 * (previewMessage), with a warning when it has no value for some of them.
 */
export function TemplatePreview({
  companies,
  subject,
  html,
  body = '',
  templateId,
  period,
}: {
  companies: readonly { id: string; name: string }[];
  subject: string;
  html: string;
  /** Plain text, previewed when there is no HTML. */
  body?: string;
  templateId?: string | null;
  period?: string | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const companyId = companies.some((c) => c.id === chosen) ? chosen : (companies[0]?.id ?? null);
  const input = useDebounced({
    companyId: companyId ?? '',
    subject: subject.trim() ? subject : null,
    html: html.trim() ? html : null,
    body: body.trim() ? body : null,
    templateId: templateId || null,
    period: period || null,
  });
  const empty = !input.companyId || (!input.html && !input.body && !input.templateId);
  const [result] = useQuery({ query: PreviewQuery, variables: { input }, pause: empty });
  const preview = result.data?.previewMessage;
  return (
    <section
      className="template-preview"
      data-testid="template-preview"
      aria-labelledby={`${id}-t`}
    >
      <h3 id={`${id}-t`}>{t('templates.preview')}</h3>
      <label htmlFor={`${id}-company`}>{t('templates.preview.company')}</label>
      <select
        id={`${id}-company`}
        data-testid="preview-company"
        value={companyId ?? ''}
        onChange={(e) => setChosen(e.target.value)}
      >
        {companies.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {empty ? (
        <p className="muted">{t('templates.preview.empty')}</p>
      ) : result.error ? (
        <ErrorState error={result.error} />
      ) : preview ? (
        <div className="preview-box" data-testid="preview-result" aria-live="polite">
          {preview.subject && (
            <p className="subject" data-testid="preview-subject">
              {t('templates.preview.subject', { subject: preview.subject })}
            </p>
          )}
          {preview.html ? (
            <RichText html={preview.html} className="body rich" />
          ) : (
            <div className="body">{preview.body}</div>
          )}
          {preview.missing.length > 0 && (
            <p role="alert" className="warning" data-testid="preview-missing">
              {t('templates.preview.missing', {
                names: preview.missing.map((m) => `{{${m}}}`).join(', '),
              })}
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
