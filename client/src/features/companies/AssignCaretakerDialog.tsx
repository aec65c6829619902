import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { ModalDialog } from '../notify/ModalDialog';
import { useCaretakers } from './CompanyFilters';

const AssignCaretakerMutation = graphql(`
  mutation AssignCaretaker($companyIds: [ID!]!, $caretakerId: ID) {
    assignCaretaker(companyIds: $companyIds, caretakerId: $caretakerId)
  }
`);

/** The head's "Przypisz opiekuna": one caretaker (or nobody) for every ticked company. */
export function AssignCaretakerDialog({
  companyIds,
  onClose,
  onAssigned,
}: {
  companyIds: readonly string[];
  onClose(): void;
  onAssigned(): void;
}) {
  const { t, tn } = useI18n();
  const id = useId();
  const caretakers = useCaretakers(true);
  const [caretakerId, setCaretakerId] = useState('');
  const [changed, setChanged] = useState<number | null>(null);
  const [{ fetching, error }, assign] = useMutation(AssignCaretakerMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    const result = await assign({ companyIds: [...companyIds], caretakerId: caretakerId || null });
    if (result.data) {
      setChanged(result.data.assignCaretaker);
      onAssigned();
    }
  };

  return (
    <ModalDialog
      title={tn('companies.assign.title', companyIds.length)}
      testId="assign-dialog"
      onClose={onClose}
    >
      {changed !== null ? (
        <>
          <p role="status" className="ok" data-testid="assign-result">
            {tn('companies.assign.changed', changed)}
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" data-autofocus onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="dialog-form" onSubmit={onSubmit} aria-busy={fetching}>
          <label htmlFor={id}>{t('companies.filter.caretaker')}</label>
          <select
            id={id}
            data-testid="assign-caretaker"
            data-autofocus
            value={caretakerId}
            onChange={(e) => setCaretakerId(e.target.value)}
          >
            <option value="">{t('companies.assign.nobody')}</option>
            {caretakers.map((caretaker) => (
              <option key={caretaker.id} value={caretaker.id}>
                {caretaker.name}
              </option>
            ))}
          </select>
          {error && <ErrorState error={error} />}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('companies.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              data-testid="assign-submit"
              disabled={fetching}
            >
              {t('companies.assign.submit')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
