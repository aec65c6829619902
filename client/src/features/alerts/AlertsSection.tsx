import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { NewMessagesAlert } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';

const MyAlertsQuery = graphql(`
  query AlertsMyPreferences {
    me { id notificationPreferences { newMessages } }
  }
`);

const ChooseAlertsMutation = graphql(`
  mutation AlertsChoosePreferences($newMessages: NewMessagesAlert!) {
    updateNotificationPreferences(input: { newMessages: $newMessages }) {
      id
      notificationPreferences { newMessages }
    }
  }
`);

export const alertChoices: NewMessagesAlert[] = ['IMMEDIATE', 'DAILY_DIGEST', 'NEVER'];

/** "Moje konto › Powiadomienia e-mail": a client user's choice of email alerts, saved on change. */
export function AlertsSection() {
  const { t } = useI18n();
  const [result] = useQuery({ query: MyAlertsQuery });
  const [saving, choose] = useMutation(ChooseAlertsMutation);
  const [saved, setSaved] = useState<NewMessagesAlert | null>(null);
  // The choice shows at once; a refused save puts back what the server has.
  const [picked, setPicked] = useState<NewMessagesAlert | null>(null);
  const current = picked ?? result.data?.me?.notificationPreferences?.newMessages;

  let body = null;
  if (result.error && !result.data) body = <ErrorState error={result.error} />;
  else if (!current) body = <Loading />;
  else
    body = (
      <fieldset className="choices" disabled={saving.fetching}>
        <legend>{t('alerts.legend')}</legend>
        {alertChoices.map((choice) => (
          <label key={choice} className="inline">
            <input
              type="radio"
              name="new-messages-alert"
              value={choice}
              checked={current === choice}
              onChange={async () => {
                setSaved(null);
                setPicked(choice);
                const done = await choose({ newMessages: choice });
                setPicked(null);
                if (done.data) setSaved(choice);
              }}
            />
            {t(`alerts.choice.${choice}`)}
          </label>
        ))}
      </fieldset>
    );

  return (
    <section className="card settings-section" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('alerts.title')}</h2>
      <p className="hint">{t('alerts.hint')}</p>
      {body}
      {saving.error ? <ErrorState error={saving.error} /> : null}
      <p role="status" className="hint">
        {saved ? t('alerts.saved', { choice: t(`alerts.choice.${saved}`) }) : ''}
      </p>
    </section>
  );
}
