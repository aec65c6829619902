/** 1234567890 → 123-456-78-90, the way NIPs are usually written. */
export function formatNip(nip: string): string {
  return /^\d{10}$/.test(nip)
    ? `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`
    : nip;
}
