import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n';
import { ErrorState } from '../../ui/states';

interface Missing {
  companyId: string;
  companyName: string;
  placeholders: string[];
}

/** The companies a send was refused for (MISSING_PLACEHOLDER_VALUES), as the server listed them. */
function missingOf(error: CombinedError): { listed: Missing[]; count: number } | null {
  const extensions = error.graphQLErrors[0]?.extensions;
  const reasons = extensions?.reasons;
  if (!Array.isArray(reasons) || !reasons.includes('MISSING_PLACEHOLDER_VALUES')) return null;
  const listed = Array.isArray(extensions?.missing) ? (extensions.missing as Missing[]) : [];
  return { listed, count: Number(extensions?.missingCount) || listed.length };
}

/**
 * A refused send: for missing placeholder values, which companies lack which fields; otherwise the
 * error as usual.
 */
export function SendRefusal({
  error,
  testId,
  children,
}: {
  error: CombinedError;
  testId: string;
  /** How other errors are shown; the plain error state by default. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const missing = missingOf(error);
  if (!missing) return children ?? <ErrorState error={error} />;
  return (
    <div role="alert" className="error" data-testid={testId} data-code="MISSING_PLACEHOLDER_VALUES">
      <p>{t('templates.missing.title', { count: missing.count })}</p>
      <ul data-testid="missing-companies">
        {missing.listed.map((m) => (
          <li key={m.companyId} data-company-id={m.companyId}>
            {m.companyName}: {m.placeholders.map((p) => `{{${p}}}`).join(', ')}
          </li>
        ))}
      </ul>
      {missing.count > missing.listed.length && (
        <p>{t('templates.missing.more', { count: missing.count - missing.listed.length })}</p>
      )}
    </div>
  );
}
