import { useId } from 'react';
import { useI18n } from '../../i18n';
import { monthNames } from './period';

/** How many years back the picker offers. */
const YEARS_BACK = 6;

/**
 * A month (month name and year, in the user's language) or a whole year, as a "YYYY-MM" or
 * "YYYY" period; nothing later than today.
 */
export function PeriodPicker({
  period,
  onChange,
  today = new Date(),
}: {
  period: string;
  onChange(period: string): void;
  today?: Date;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const thisYear = today.getFullYear();
  const mode = period.length === 4 ? 'year' : 'month';
  const year = Number(period.slice(0, 4)) || thisYear;
  const month = mode === 'month' ? Number(period.slice(5, 7)) : today.getMonth() + 1;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);
  const names = monthNames(lang);
  const lastMonth = (y: number) => (y === thisYear ? today.getMonth() + 1 : 12);
  const monthPeriod = (y: number, m: number) =>
    `${y}-${String(Math.min(m, lastMonth(y))).padStart(2, '0')}`;

  return (
    <div className="toolbar period-picker" data-testid="period-picker">
      <fieldset className="period-mode">
        <legend className="visually-hidden">{t('email.period')}</legend>
        <label className="inline">
          <input
            type="radio"
            name={`${id}-mode`}
            data-testid="period-mode-month"
            checked={mode === 'month'}
            onChange={() => onChange(monthPeriod(year, month))}
          />
          {t('email.period.oneMonth')}
        </label>
        <label className="inline">
          <input
            type="radio"
            name={`${id}-mode`}
            data-testid="period-mode-year"
            checked={mode === 'year'}
            onChange={() => onChange(String(year))}
          />
          {t('email.period.wholeYear')}
        </label>
      </fieldset>
      {mode === 'month' && (
        <label>
          {t('email.period.month')}
          <select
            data-testid="period-month"
            value={month}
            onChange={(e) => onChange(monthPeriod(year, Number(e.target.value)))}
          >
            {names.map((name, i) =>
              i + 1 <= lastMonth(year) ? (
                <option key={name} value={i + 1}>
                  {name}
                </option>
              ) : null,
            )}
          </select>
        </label>
      )}
      <label>
        {t('email.period.year')}
        <select
          data-testid="period-year"
          value={year}
          onChange={(e) => {
            const next = Number(e.target.value);
            onChange(mode === 'year' ? String(next) : monthPeriod(next, month));
          }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
