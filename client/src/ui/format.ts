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

const EXCERPT = 140;

/** One line of a message: whitespace folded, cut at a word near the limit. */
export function excerpt(text: string, limit = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
