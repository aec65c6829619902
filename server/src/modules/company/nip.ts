const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** Strips the separators people type (spaces, dashes, a "PL" prefix) from a NIP. */
export function normalizeNip(input: string): string {
  return input.replace(/^\s*PL/i, '').replace(/[\s-]/g, '');
}

/** A NIP is 10 digits whose last one is the weighted sum of the first nine modulo 11. */
export function isValidNip(input: string): boolean {
  const nip = normalizeNip(input);
  if (!/^\d{10}$/.test(nip)) return false;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(nip[i]), 0);
  const check = sum % 11;
  return check !== 10 && check === Number(nip[9]);
}

/** The valid NIP starting with the nine given digits, or null when none exists (checksum 10). */
export function completeNip(firstNine: string): string | null {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(firstNine[i]), 0);
  const check = sum % 11;
  return check === 10 ? null : `${firstNine}${check}`;
}
