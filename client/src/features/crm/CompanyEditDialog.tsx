import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { TaxForm } from '../../gql/graphql';
import { type MessageKey, useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { ModalDialog } from '../notify/ModalDialog';
import { FormField } from '../settings/FormField';
import { mutationError } from './mutationError';

const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      id
      name
      nip
      taxForm
      vatPayer
      email
    }
  }
`);

export interface CompanyFields {
  name: string;
  nip: string;
  taxForm: TaxForm;
  vatPayer: boolean;
  email: string;
}

type Field = keyof CompanyFields;
const TAX_FORMS: TaxForm[] = ['FULL_ACCOUNTING', 'TAX_BOOK', 'LUMP_SUM'];

/** Only what the user changed: the server keeps every field left out. */
export function changedFields(before: CompanyFields, after: CompanyFields): Partial<CompanyFields> {
  const changes: Partial<CompanyFields> = {};
  for (const key of Object.keys(after) as Field[]) {
    const value = typeof after[key] === 'string' ? (after[key] as string).trim() : after[key];
    if (value !== before[key]) Object.assign(changes, { [key]: value });
  }
  return changes;
}

/** The company card's "Edytuj": its name, NIP, taxation form, VAT status and account email. */
export function CompanyEditDialog({
  companyId,
  initial,
  onClose,
}: {
  companyId: string;
  initial: CompanyFields;
  onClose(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState<CompanyFields>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [{ fetching, error }, update] = useMutation(UpdateCompanyMutation);
  const changes = changedFields(initial, values);
  const unchanged = Object.keys(changes).length === 0;

  const set = <K extends Field>(key: K, value: CompanyFields[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching || unchanged) return;
    if (changes.name !== undefined && !changes.name) {
      setErrors({ name: 'crm.edit.error.name' });
      return;
    }
    const result = await update({ id: companyId, input: changes });
    if (result.data) {
      onClose();
      return;
    }
    const { code, field } = mutationError(result.error);
    if (code === 'CONFLICT') setErrors({ nip: 'crm.edit.error.nipTaken' });
    else if (code === 'BAD_USER_INPUT' && field === 'nip') setErrors({ nip: 'crm.edit.error.nip' });
    else if (code === 'BAD_USER_INPUT' && field === 'email')
      setErrors({ email: 'crm.edit.error.email' });
    else if (code === 'BAD_USER_INPUT' && field === 'name')
      setErrors({ name: 'crm.edit.error.name' });
  };

  const { code, field } = mutationError(error);
  const handled = code === 'CONFLICT' || (code === 'BAD_USER_INPUT' && field && field in values);

  return (
    <ModalDialog title={t('crm.edit.title')} testId="company-edit-dialog" onClose={onClose}>
      <form className="dialog-form" onSubmit={onSubmit} aria-busy={fetching} noValidate>
        <FormField id={`${id}-name`} name="name" label={t('crm.edit.name')} error={errors.name}>
          {(props) => (
            <input
              {...props}
              data-autofocus
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-nip`} name="nip" label={t('crm.nip')} error={errors.nip}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={values.nip}
              onChange={(e) => set('nip', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-taxForm`} name="taxForm" label={t('crm.taxForm')}>
          {(props) => (
            <select
              {...props}
              value={values.taxForm}
              onChange={(e) => set('taxForm', e.target.value as TaxForm)}
            >
              {TAX_FORMS.map((form) => (
                <option key={form} value={form}>
                  {t(`enum.TaxForm.${form}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <label className="checkbox">
          <input
            type="checkbox"
            name="vatPayer"
            checked={values.vatPayer}
            onChange={(e) => set('vatPayer', e.target.checked)}
          />{' '}
          {t('crm.edit.vatPayer')}
        </label>
        <FormField id={`${id}-email`} name="email" label={t('crm.email')} error={errors.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              value={values.email}
              onChange={(e) => set('email', e.target.value)}
            />
          )}
        </FormField>
        {error && !handled && <ErrorState error={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('crm.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="company-edit-save"
            disabled={fetching || unchanged}
          >
            {t('crm.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
