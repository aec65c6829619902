import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MessageTemplateKind } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { PeriodPicker } from '../email/PeriodPicker';
import { previousMonth } from '../email/period';
import { RichTextEditor } from '../email/RichTextEditor';
import { placeholders } from './placeholders';
import { TemplatePreview } from './TemplatePreview';

const CreateMutation = graphql(`
  mutation TemplatesCreate($input: MessageTemplateInput!) {
    createMessageTemplate(input: $input) { id name kind subject html updatedAt }
  }
`);
const UpdateMutation = graphql(`
  mutation TemplatesUpdate($id: ID!, $input: MessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) { id name kind subject html updatedAt }
  }
`);
const PreviewCompaniesQuery = graphql(`
  query TemplatesPreviewCompanies {
    companies(first: 100) { edges { node { id name } } }
  }
`);

export interface EditedTemplate {
  id: string;
  name: string;
  kind: MessageTemplateKind;
  subject?: string | null;
  html: string;
}

/** A template's form: name, kind, subject, rich text with a placeholder picker, live preview. */
export function TemplateEditor({
  template,
  onDone,
}: {
  template: EditedTemplate | null;
  onDone(saved: boolean): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(template?.name ?? '');
  const [kind, setKind] = useState<MessageTemplateKind>(template?.kind ?? 'NOTIFICATION');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [html, setHtml] = useState(template?.html ?? '');
  const [period, setPeriod] = useState(previousMonth);
  const insert = useRef<((text: string) => void) | null>(null);
  const onInsertReady = useCallback((fn: (text: string) => void) => {
    insert.current = fn;
  }, []);
  const onContent = useCallback((next: string) => setHtml(next), []);
  const [created, create] = useMutation(CreateMutation);
  const [updated, update] = useMutation(UpdateMutation);
  const [companies] = useQuery({ query: PreviewCompaniesQuery });
  const error = template ? updated.error : created.error;
  const fetching = created.fetching || updated.fetching;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name, kind, subject: subject.trim() ? subject : null, html };
    const result = template ? await update({ id: template.id, input }) : await create({ input });
    if (!result.error) onDone(true);
  };

  return (
    <form className="template-editor" data-testid="template-editor" onSubmit={onSubmit}>
      <label htmlFor={`${id}-name`}>{t('templates.name')}</label>
      <input
        id={`${id}-name`}
        data-testid="template-name"
        required
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-kind`}>{t('templates.kind')}</label>
      <select
        id={`${id}-kind`}
        data-testid="template-kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as MessageTemplateKind)}
      >
        {(['NOTIFICATION', 'EMAIL'] as const).map((k) => (
          <option key={k} value={k}>
            {t(`enum.MessageTemplateKind.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-subject`}>{t('templates.subject')}</label>
      <input
        id={`${id}-subject`}
        data-testid="template-subject"
        maxLength={200}
        required={kind === 'EMAIL'}
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
      />
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form group */}
      <div className="placeholder-picker" role="group" aria-label={t('templates.placeholders')}>
        <span>{t('templates.placeholders')}</span>
        {placeholders.map((p) => (
          <button
            key={p.name}
            type="button"
            className="chip"
            data-testid={`placeholder-${p.name}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert.current?.(`{{${p.name}}}`)}
          >
            {t(p.label)}
          </button>
        ))}
      </div>
      <RichTextEditor
        label={t('templates.body')}
        onChange={onContent}
        initialHtml={template?.html}
        onInsertReady={onInsertReady}
      />
      <p className="hint">{t('templates.preview.period')}</p>
      <PeriodPicker period={period} onChange={setPeriod} />
      <TemplatePreview
        companies={companies.data?.companies.edges.map((e) => e.node) ?? []}
        subject={subject}
        html={html}
        period={period}
      />
      {error && <ErrorState error={error} />}
      <div className="dialog-actions">
        <button type="button" onClick={() => onDone(false)}>
          {t('templates.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="template-save" disabled={fetching}>
          {t('templates.save')}
        </button>
      </div>
    </form>
  );
}
