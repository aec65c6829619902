import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { type MessageKey, useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';
import { ModalDialog } from '../notify/ModalDialog';
import { FormField } from '../settings/FormField';
import { mutationError } from './mutationError';

const InviteClientMutation = graphql(`
  mutation InviteClient($input: InviteClientInput!) {
    inviteClient(input: $input) { id email name expiresAt }
  }
`);

/** "Zaproś klienta": emails a single-use link making the person a client user of the company. */
export function InviteClientDialog({
  companyId,
  onClose,
  onInvited,
}: {
  companyId: string;
  onClose(): void;
  onInvited?(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ email?: MessageKey; name?: MessageKey }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching, error }, invite] = useMutation(InviteClientMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (fetching) return;
    const missing = {
      email: email.trim() ? undefined : ('crm.invite.error.email' as const),
      name: name.trim() ? undefined : ('crm.invite.error.name' as const),
    };
    if (missing.email || missing.name) {
      setErrors(missing);
      return;
    }
    const result = await invite({ input: { companyId, email: email.trim(), name: name.trim() } });
    if (result.data) {
      setSentTo(result.data.inviteClient.email);
      onInvited?.();
      return;
    }
    const { code, field } = mutationError(result.error);
    if (code === 'CONFLICT') setErrors({ email: 'crm.invite.error.conflict' });
    else if (code === 'BAD_USER_INPUT' && field === 'email')
      setErrors({ email: 'crm.invite.error.email' });
    else if (code === 'BAD_USER_INPUT' && field === 'name')
      setErrors({ name: 'crm.invite.error.name' });
  };

  const { code, field } = mutationError(error);
  const handled =
    code === 'CONFLICT' || (code === 'BAD_USER_INPUT' && (field === 'email' || field === 'name'));

  return (
    <ModalDialog title={t('crm.invite.title')} testId="invite-client-dialog" onClose={onClose}>
      {sentTo ? (
        <>
          <p role="status" className="ok" data-testid="invite-client-sent">
            {t('crm.invite.sent', { email: sentTo })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" data-autofocus onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="dialog-form" onSubmit={onSubmit} aria-busy={fetching} noValidate>
          <FormField
            id={`${id}-email`}
            name="email"
            label={t('crm.invite.email')}
            error={errors.email}
          >
            {(props) => (
              <input
                {...props}
                type="email"
                data-autofocus
                value={email}
                onChange={(e) => {
                  setEmail(e.target.value);
                  setErrors((x) => ({ ...x, email: undefined }));
                }}
              />
            )}
          </FormField>
          <FormField id={`${id}-name`} name="name" label={t('crm.invite.name')} error={errors.name}>
            {(props) => (
              <input
                {...props}
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  setErrors((x) => ({ ...x, name: undefined }));
                }}
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
              data-testid="invite-client-send"
              disabled={fetching}
            >
              {t('crm.invite.send')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
