import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Lang } from '../../i18n';
import { ConcernedCompanies } from './ConcernedCompanies';
import { PeriodPicker } from './PeriodPicker';

afterEach(cleanup);

const today = new Date(2026, 10, 28);

function Picker({ initial, seen }: { initial: string; seen: string[] }) {
  const [period, setPeriod] = useState(initial);
  return (
    <PeriodPicker
      period={period}
      today={today}
      onChange={(next) => {
        seen.push(next);
        setPeriod(next);
      }}
    />
  );
}

function renderPicker(lang: Lang, initial: string) {
  const seen: string[] = [];
  render(
    <I18nProvider initial={lang}>
      <Picker initial={initial} seen={seen} />
    </I18nProvider>,
  );
  const month = () => screen.getByTestId('period-month') as HTMLSelectElement;
  const year = () => screen.getByTestId('period-year') as HTMLSelectElement;
  return { seen, month, year };
}

const selectedText = (select: HTMLSelectElement) =>
  select.options[select.selectedIndex]?.textContent;

describe('the period picker', () => {
  it('shows a month by its Polish name and the year, and gives "YYYY-MM"', () => {
    const { seen, month, year } = renderPicker('pl', '2026-10');
    expect(selectedText(month())).toBe('październik');
    expect(selectedText(year())).toBe('2026');
    expect(screen.getByTestId('period-picker').textContent).not.toMatch(/RRRR|YYYY/);
    fireEvent.change(month(), { target: { value: '3' } });
    expect(seen.at(-1)).toBe('2026-03');
    fireEvent.change(year(), { target: { value: '2024' } });
    expect(seen.at(-1)).toBe('2024-03');
    expect(selectedText(month())).toBe('marzec');
  });

  it('offers no month after this one, and moves a later month back when the year becomes this one', () => {
    const { seen, month, year } = renderPicker('pl', '2025-12');
    expect(month().options).toHaveLength(12);
    fireEvent.change(year(), { target: { value: '2026' } });
    expect(seen.at(-1)).toBe('2026-11');
    expect(month().options).toHaveLength(11);
    expect(selectedText(month())).toBe('listopad');
  });

  it('switches to a whole year and back', () => {
    const { seen, year } = renderPicker('pl', '2026-10');
    fireEvent.click(screen.getByTestId('period-mode-year'));
    expect(seen.at(-1)).toBe('2026');
    expect(screen.queryByTestId('period-month')).toBeNull();
    fireEvent.change(year(), { target: { value: '2025' } });
    expect(seen.at(-1)).toBe('2025');
    fireEvent.click(screen.getByTestId('period-mode-month'));
    expect(seen.at(-1)).toBe('2025-11');
  });

  it('names the months in English in English', () => {
    const { month } = renderPicker('en', '2026-10');
    expect(selectedText(month())).toBe('October');
    expect(screen.getByTestId('period-picker').textContent).toContain('Month');
  });
});

describe('the companies a printout applies to', () => {
  const companies = [
    { id: 'a', name: 'Alfa Sp. z o.o.' },
    { id: 'b', name: 'Beta KPiR' },
    { id: 'c', name: 'Gamma Ryczałt' },
  ];

  it('says "dotyczy 1 z 3 firm" and opens to the names of those it applies to', () => {
    render(
      <I18nProvider initial="pl">
        <ConcernedCompanies companyIds={['b']} companies={companies} />
      </I18nProvider>,
    );
    const toggle = screen.getByTestId('printout-applies');
    expect(toggle.textContent).toBe('(dotyczy 1 z 3 firm)');
    const list = screen.getByTestId('printout-companies');
    expect(list.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Beta KPiR']);
    fireEvent.click(toggle);
    expect(list.hidden).toBe(true);
  });

  it('names them in the order given', () => {
    render(
      <I18nProvider initial="en">
        <ConcernedCompanies companyIds={['c', 'a']} companies={companies} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByTestId('printout-applies'));
    expect(
      [...screen.getByTestId('printout-companies').querySelectorAll('li')].map(
        (li) => li.textContent,
      ),
    ).toEqual(['Gamma Ryczałt', 'Alfa Sp. z o.o.']);
  });
});
