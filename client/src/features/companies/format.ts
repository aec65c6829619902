/** 1234567890 → 123-456-78-90, the way NIPs are usually written. */
export function formatNip(nip: string): string {
  return /^\d{10}$/.test(nip)
    ? `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`
    : nip;
}

/** A period "2025-10" as 10.2025, a year as it is. */
export function formatPeriod(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  return match ? `${match[2]}.${match[1]}` : period;
}
