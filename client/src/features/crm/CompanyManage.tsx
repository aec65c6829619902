import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { ModalDialog } from '../notify/ModalDialog';
import { CompanyEditDialog, type CompanyFields } from './CompanyEditDialog';

const ArchiveCompanyMutation = graphql(`
  mutation ArchiveCompany($id: ID!) {
    archiveCompany(id: $id) { id archivedAt }
  }
`);

const RestoreCompanyMutation = graphql(`
  mutation RestoreCompany($id: ID!) {
    restoreCompany(id: $id) { id archivedAt }
  }
`);

/** The card's "Edytuj" and "Archiwizuj"/"Przywróć" (the latter confirmed first). */
export function CompanyManage({
  companyId,
  fields,
  archived,
}: {
  companyId: string;
  fields: CompanyFields;
  archived: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'edit' | 'archive' | null>(null);
  const [archiveState, archive] = useMutation(ArchiveCompanyMutation);
  const [restoreState, restore] = useMutation(RestoreCompanyMutation);
  const state = archived ? restoreState : archiveState;

  const confirm = async () => {
    const result = archived ? await restore({ id: companyId }) : await archive({ id: companyId });
    if (result.data) setOpen(null);
  };

  return (
    <div className="crm-manage">
      <button type="button" data-testid="company-edit" onClick={() => setOpen('edit')}>
        {t('crm.edit')}
      </button>
      <button type="button" data-testid="company-archive" onClick={() => setOpen('archive')}>
        {t(archived ? 'crm.restore' : 'crm.archive.action')}
      </button>
      {open === 'edit' && (
        <CompanyEditDialog companyId={companyId} initial={fields} onClose={() => setOpen(null)} />
      )}
      {open === 'archive' && (
        <ModalDialog
          title={t(archived ? 'crm.restore.title' : 'crm.archive.title')}
          testId="company-archive-dialog"
          onClose={() => setOpen(null)}
        >
          <p>
            {t(archived ? 'crm.restore.confirm' : 'crm.archive.confirm', { name: fields.name })}
          </p>
          {state.error && <ErrorState error={state.error} />}
          <div className="dialog-actions">
            <button type="button" onClick={() => setOpen(null)}>
              {t('crm.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              data-testid="company-archive-confirm"
              data-autofocus
              disabled={state.fetching}
              onClick={confirm}
            >
              {t(archived ? 'crm.restore' : 'crm.archive.action')}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
