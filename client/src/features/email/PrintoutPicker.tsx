import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PrintoutKind } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { ConcernedCompanies } from './ConcernedCompanies';
import { PeriodPicker } from './PeriodPicker';
import { formatPeriod, isPeriod } from './period';

const PrintoutOptionsQuery = graphql(`
  query PrintoutOptions($companyIds: [ID!]!, $period: String!) {
    printoutOptions(companyIds: $companyIds, period: $period) {
      kind
      label
      companyCount
      companyIds
    }
  }
`);

export interface ChosenPrintout {
  kind: PrintoutKind;
  period: string;
  label: string;
}

export const printoutKey = (p: { kind: PrintoutKind; period: string }) => `${p.kind} ${p.period}`;

/** A printout's name: the server's (Polish) label in Polish, our own words in other languages. */
export function usePrintoutLabel() {
  const { t, lang } = useI18n();
  return (kind: PrintoutKind, serverLabel?: string) =>
    lang === 'pl' && serverLabel ? serverLabel : t(`enum.PrintoutKind.${kind}`);
}

/**
 * ADD ATTACHMENT: a period (a month, by default the previous one, or a whole year), the printouts
 * that apply to at least one ticked company in it, each with which of them it applies to.
 */
export function PrintoutPicker({
  companies,
  period,
  onPeriod,
  chosen,
  onChange,
}: {
  companies: readonly { id: string; name: string }[];
  period: string;
  onPeriod(period: string): void;
  chosen: ChosenPrintout[];
  onChange(chosen: ChosenPrintout[]): void;
}) {
  const { t, lang } = useI18n();
  const label = usePrintoutLabel();
  const companyIds = companies.map((c) => c.id);
  const valid = isPeriod(period);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PrintoutOptionsQuery,
    variables: { companyIds, period },
    pause: !valid || companyIds.length === 0,
  });
  const chosenKeys = new Set(chosen.map(printoutKey));
  const options = data?.printoutOptions ?? [];

  const toggle = (kind: PrintoutKind, serverLabel: string) => {
    const key = printoutKey({ kind, period });
    onChange(
      chosenKeys.has(key)
        ? chosen.filter((p) => printoutKey(p) !== key)
        : [...chosen, { kind, period, label: serverLabel }],
    );
  };

  return (
    <fieldset className="printout-picker" data-testid="printout-picker">
      <legend>{t('email.printouts.legend')}</legend>
      <PeriodPicker period={period} onChange={onPeriod} />
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data && fetching ? (
        <Loading />
      ) : options.length === 0 ? (
        <p className="muted" data-testid="printout-none">
          {t('email.printouts.none', { period: formatPeriod(period, lang) })}
        </p>
      ) : (
        <ul className="printout-options" aria-busy={fetching}>
          {options.map((option) => (
            <li key={option.kind}>
              <label className="inline" data-testid="printout-option" data-kind={option.kind}>
                <input
                  type="checkbox"
                  checked={chosenKeys.has(printoutKey({ kind: option.kind, period }))}
                  onChange={() => toggle(option.kind, option.label)}
                />
                <span>{label(option.kind, option.label)}</span>
              </label>{' '}
              <ConcernedCompanies companyIds={option.companyIds} companies={companies} />
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('email.printouts.hint')}</p>
    </fieldset>
  );
}
