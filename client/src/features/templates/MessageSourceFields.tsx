import { useId } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MessageTemplateKind } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { PeriodPicker } from '../email/PeriodPicker';
import { previousMonth } from '../email/period';
import { TemplatePreview } from './TemplatePreview';

const ChooseQuery = graphql(`
  query TemplatesChoose {
    messageTemplates { id name kind subject html }
  }
`);

/** What a send says besides its own text: a template, a subject, the period for the placeholders. */
export interface MessageSource {
  templateId: string | null;
  subject: string;
  /** "YYYY-MM" or "YYYY"; null: none (then {{okres}} and {{deklaracja.*}} have no value). */
  period: string | null;
}

/**
 * The template picker (templates of the send's kind), the subject (the template's unless
 * written over), the period, and a preview for one of the ticked companies.
 */
export function MessageSourceFields({
  kind,
  source,
  onChange,
  companies,
  html = '',
  body = '',
  showSubject = true,
}: {
  kind: MessageTemplateKind;
  source: MessageSource;
  onChange(source: MessageSource): void;
  companies: readonly { id: string; name: string }[];
  /** The text written in the dialog (rich or plain), previewed when there is no template. */
  html?: string;
  body?: string;
  showSubject?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [result] = useQuery({ query: ChooseQuery });
  const templates = (result.data?.messageTemplates ?? []).filter((tpl) => tpl.kind === kind);
  const chosen = templates.find((tpl) => tpl.id === source.templateId);
  return (
    <div className="message-source" data-testid="message-source">
      <label htmlFor={`${id}-template`}>{t('templates.choose')}</label>
      <select
        id={`${id}-template`}
        data-testid="choose-template"
        value={source.templateId ?? ''}
        onChange={(e) => {
          const next = templates.find((tpl) => tpl.id === e.target.value);
          onChange({ ...source, templateId: next?.id ?? null, subject: next?.subject ?? '' });
        }}
      >
        <option value="">{t('templates.choose.none')}</option>
        {templates.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {tpl.name}
          </option>
        ))}
      </select>
      {showSubject && (
        <>
          <label htmlFor={`${id}-subject`}>{t('templates.subject')}</label>
          <input
            id={`${id}-subject`}
            data-testid="source-subject"
            maxLength={200}
            value={source.subject}
            onChange={(e) => onChange({ ...source, subject: e.target.value })}
          />
        </>
      )}
      <label className="inline">
        <input
          type="checkbox"
          data-testid="use-period"
          checked={source.period !== null}
          onChange={(e) =>
            onChange({ ...source, period: e.target.checked ? previousMonth() : null })
          }
        />{' '}
        {t('templates.usePeriod')}
      </label>
      {source.period !== null && (
        <PeriodPicker
          period={source.period}
          onChange={(period) => onChange({ ...source, period })}
        />
      )}
      <TemplatePreview
        companies={companies}
        subject={source.subject}
        html={chosen ? '' : html}
        body={chosen ? '' : body}
        templateId={source.templateId}
        period={source.period}
      />
    </div>
  );
}
