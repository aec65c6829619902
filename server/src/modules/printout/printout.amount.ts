/**
 * Money on printouts is counted in grosze as bigint: decimals from the database are parsed exactly
 * and summed without floating point, whatever the number of rows.
 */
const decimalPattern = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

export function toGrosze(decimal: string): bigint {
  const match = decimalPattern.exec(decimal.trim());
  const [, sign, whole, fraction = ''] = match ?? [];
  if (whole === undefined)
    throw new Error(`Not a decimal amount with at most 2 places: ${decimal}`);
  const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -value : value;
}

/** Polish style: "12 345,67", "-0,50". */
export function formatGrosze(grosze: bigint): string {
  const negative = grosze < 0n;
  const abs = negative ? -grosze : grosze;
  const zloty = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${zloty},${(abs % 100n).toString().padStart(2, '0')}`;
}
