import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { type MessageKey, useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { mutationError } from '../crm/mutationError';
import { ModalDialog } from '../notify/ModalDialog';
import { FormField } from '../settings/FormField';

const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) { id email name role status expiresAt }
  }
`);

type Field = 'email' | 'name' | 'role';
const STAFF_ROLES = ['CARETAKER', 'OFFICE_HEAD'] as const satisfies readonly Role[];

/** "Zaproś pracownika": emails a single-use link making a caretaker or head of the office. */
export function InviteStaffDialog({ onClose, onInvited }: { onClose(): void; onInvited(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('CARETAKER');
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching, error }, invite] = useMutation(InviteStaffMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    const missing = {
      email: /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : ('people.error.email' as const),
      name: name.trim() ? undefined : ('people.error.name' as const),
    };
    if (missing.email || missing.name) {
      setErrors(missing);
      return;
    }
    const result = await invite({ input: { email: email.trim(), name: name.trim(), role } });
    if (result.data) {
      setSentTo(result.data.inviteStaff.email);
      onInvited();
      return;
    }
    const { code, field } = mutationError(result.error);
    if (code === 'CONFLICT') setErrors({ email: 'people.error.conflict' });
    else if (
      code === 'BAD_USER_INPUT' &&
      (field === 'email' || field === 'name' || field === 'role')
    )
      setErrors({ [field]: `people.error.${field}` });
  };

  const { code, field } = mutationError(error);
  const handled =
    code === 'CONFLICT' ||
    (code === 'BAD_USER_INPUT' && (field === 'email' || field === 'name' || field === 'role'));

  return (
    <ModalDialog title={t('people.invite.title')} testId="invite-staff-dialog" onClose={onClose}>
      {sentTo ? (
        <>
          <p role="status" className="ok" data-testid="invite-staff-sent">
            {t('people.invite.sent', { email: sentTo })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" data-autofocus onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="dialog-form" onSubmit={onSubmit} aria-busy={fetching} noValidate>
          <p className="hint">{t('people.invite.hint')}</p>
          <FormField id={`${id}-email`} name="email" label={t('people.email')} error={errors.email}>
            {(props) => (
              <input
                {...props}
                type="email"
                data-autofocus
                data-testid="invite-staff-email"
                value={email}
                onChange={(e) => {
                  setEmail(e.target.value);
                  setErrors((x) => ({ ...x, email: undefined }));
                }}
              />
            )}
          </FormField>
          <FormField id={`${id}-name`} name="name" label={t('people.name')} error={errors.name}>
            {(props) => (
              <input
                {...props}
                data-testid="invite-staff-name"
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  setErrors((x) => ({ ...x, name: undefined }));
                }}
              />
            )}
          </FormField>
          <FormField id={`${id}-role`} name="role" label={t('people.role')} error={errors.role}>
            {(props) => (
              <select
                {...props}
                data-testid="invite-staff-role"
                value={role}
                onChange={(e) => {
                  setRole(e.target.value as Role);
                  setErrors((x) => ({ ...x, role: undefined }));
                }}
              >
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`enum.Role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {error && !handled && <ErrorState error={error} />}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              data-testid="invite-staff-send"
              disabled={fetching}
            >
              {fetching ? t('people.invite.sending') : t('people.invite.send')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
