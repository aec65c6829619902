/** A decimal amount "1234.5" as money: "1 234,50 zł" in Polish, "PLN 1,234.50" in English. */
export function formatMoney(decimal: string, lang: string): string {
  const value = Number(decimal);
  if (!Number.isFinite(value)) return decimal;
  if (lang !== 'pl')
    return `PLN ${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const [whole = '0', fraction = '00'] = Math.abs(value).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '-' : ''}${grouped},${fraction} zł`;
}

/** "2026-11-25" as "25 listopada 2026" (or "25 November 2026"), whatever the browser's zone. */
export function formatDay(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
