import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PrintoutKind } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../../ui/states';
import { ConcernedCompanies } from './ConcernedCompanies';

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

/** The month before today as "YYYY-MM": the usual month printouts are sent for. */
export function previousMonth(today = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function currentMonth(today = new Date()): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
}

export function isPeriod(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) || /^\d{4}$/.test(value);
}

/** A printout's name: the server's (Polish) label in Polish, our own words in other languages. */
export function usePrintoutLabel() {
  const { t, lang } = useI18n();
  return (kind: PrintoutKind, serverLabel?: string) =>
    lang === 'pl' && serverLabel ? serverLabel : t(`enum.PrintoutKind.${kind}`);
}

/**
 * ADD ATTACHMENT: a period (a month, by default the previous one, or a whole year), the printouts
 * that apply to at least one ticked company in it, each with how many of them it applies to.
 */
export function PrintoutPicker({
  companies,
  chosen,
  onChange,
}: {
  companies: readonly { id: string; name: string }[];
  chosen: ChosenPrintout[];
  onChange(chosen: ChosenPrintout[]): void;
}) {
  const { t } = useI18n();
  const label = usePrintoutLabel();
  const companyIds = companies.map((c) => c.id);
  const id = useId();
  const [mode, setMode] = useState<'month' | 'year'>('month');
  const [month, setMonth] = useState(previousMonth);
  const [year, setYear] = useState(() => String(new Date().getFullYear() - 1));
  const period = mode === 'month' ? month : year;
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
      <div className="toolbar period-picker" role="radiogroup" aria-label={t('email.period')}>
        <label className="inline">
          <input
            type="radio"
            name={`${id}-mode`}
            data-testid="period-mode-month"
            checked={mode === 'month'}
            onChange={() => setMode('month')}
          />
          {t('email.period.month')}
        </label>
        <label className="inline">
          <input
            type="radio"
            name={`${id}-mode`}
            data-testid="period-mode-year"
            checked={mode === 'year'}
            onChange={() => setMode('year')}
          />
          {t('email.period.year')}
        </label>
        {mode === 'month' ? (
          <label>
            {t('email.period.monthLabel')}
            <input
              type="month"
              data-testid="period-month"
              value={month}
              max={currentMonth()}
              aria-invalid={!valid || undefined}
              onChange={(e) => setMonth(e.target.value)}
            />
          </label>
        ) : (
          <label>
            {t('email.period.yearLabel')}
            <input
              type="number"
              data-testid="period-year"
              inputMode="numeric"
              min={2000}
              max={new Date().getFullYear()}
              value={year}
              aria-invalid={!valid || undefined}
              onChange={(e) => setYear(e.target.value)}
            />
          </label>
        )}
      </div>
      {!valid ? (
        <p className="error" role="alert">
          {t('email.period.invalid')}
        </p>
      ) : error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data && fetching ? (
        <Loading />
      ) : options.length === 0 ? (
        <p className="muted" data-testid="printout-none">
          {t('email.printouts.none', { period })}
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
