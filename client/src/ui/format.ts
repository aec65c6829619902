/** 1536 → "1,5 KB" in the language's number format. */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const format = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  });
  return `${format.format(value)} ${units[unit]}`;
}
