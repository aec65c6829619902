import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import type { Viewer } from '../../viewer';
import { ApiTokensSection } from '../api-tokens/ApiTokensSection';
import { DeadlineRuleSection } from '../deadlines/DeadlineRuleSection';
import { PeopleSection } from '../people/PeopleSection';
import { TemplatesSection } from '../templates/TemplatesSection';
import { WebhooksSection } from '../webhooks/WebhooksSection';
import { LogoSection } from './LogoSection';
import { SmtpSection } from './SmtpSection';
import { VerificationSection } from './VerificationSection';

const OfficeSettingsQueryDocument = graphql(`
  query OfficeSettings {
    me {
      id
      office {
        id
        ...VerificationSection_office
        ...LogoSection_office
        ...DeadlineRuleSection_office
        smtpIntegration { ...SmtpSection_integration }
      }
    }
  }
`);

/** The office's settings (head only): verification status, its own SMTP integration and email logo. */
export function SettingsPage({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: OfficeSettingsQueryDocument });
  const office = result.data?.me?.office;

  if (viewer.role !== 'OFFICE_HEAD') {
    return (
      <p role="alert" className="error">
        {t('settings.headOnly')}
      </p>
    );
  }
  if (result.error && !result.data)
    return (
      <ErrorState
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!result.data) return <Loading />;
  if (!office) return <ErrorState error={t('settings.noOffice')} />;

  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>

      <VerificationSection office={office} />

      <SmtpSection integration={office.smtpIntegration ?? null} onChanged={refresh} />

      <LogoSection office={office} />

      <TemplatesSection />

      <DeadlineRuleSection office={office} onChanged={refresh} />

      <PeopleSection viewerId={viewer.id} />

      <ApiTokensSection />

      <WebhooksSection />
    </section>
  );
}
