import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { type EditedTemplate, TemplateEditor } from './TemplateEditor';

const TemplatesQuery = graphql(`
  query TemplatesList {
    messageTemplates { id name kind subject html updatedAt author { id name } }
  }
`);
const DeleteMutation = graphql(`
  mutation TemplatesDelete($id: ID!) {
    deleteMessageTemplate(id: $id)
  }
`);

/** Settings › Szablony: the office's templates, and the editor of one. */
export function TemplatesSection() {
  const { t, formatDateTime } = useI18n();
  const [result, reexecute] = useQuery({ query: TemplatesQuery });
  const [, remove] = useMutation(DeleteMutation);
  const [editing, setEditing] = useState<EditedTemplate | 'new' | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const templates = result.data?.messageTemplates ?? [];

  return (
    <section
      className="settings-section"
      data-testid="templates-section"
      aria-labelledby="tpl-title"
    >
      <h2 id="tpl-title">{t('templates.title')}</h2>
      <p className="hint">{t('templates.hint')}</p>
      {result.error && !result.data ? (
        <ErrorState error={result.error} onRetry={refresh} />
      ) : !result.data ? (
        <Loading />
      ) : templates.length === 0 ? (
        <p className="muted">{t('templates.empty')}</p>
      ) : (
        <table className="templates" data-testid="templates-table">
          <thead>
            <tr>
              <th scope="col">{t('templates.name')}</th>
              <th scope="col">{t('templates.kind')}</th>
              <th scope="col">{t('templates.author')}</th>
              <th scope="col">{t('templates.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('templates.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((tpl) => (
              <tr key={tpl.id} data-testid="template-row" data-template-id={tpl.id}>
                <td>{tpl.name}</td>
                <td>{t(`enum.MessageTemplateKind.${tpl.kind}`)}</td>
                <td>{tpl.author.name}</td>
                <td>{formatDateTime(tpl.updatedAt)}</td>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(tpl)}>
                    {t('templates.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={async () => {
                      if (!window.confirm(t('templates.deleteConfirm', { name: tpl.name }))) return;
                      await remove({ id: tpl.id });
                      refresh();
                    }}
                  >
                    {t('templates.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <TemplateEditor
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) refresh();
          }}
        />
      ) : (
        <button type="button" data-testid="template-new" onClick={() => setEditing('new')}>
          {t('templates.new')}
        </button>
      )}
    </section>
  );
}
