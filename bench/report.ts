/** What the benchmarks share to report: tables, percentiles, and rows a statement must return. */

/**
 * Prints rows as columns: the first left-aligned (labels), the others right-aligned (figures), and
 * with `lastLeft` the last one left-aligned too (a verdict or a note).
 */
export function printTable(table: string[][], { lastLeft = false } = {}): void {
  const columns = Math.max(0, ...table.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...table.map((row) => (row[c] ?? '').length)),
  );
  for (const row of table) {
    const cells = row.map((cell, c) => {
      const width = widths[c] ?? 0;
      const left = c === 0 || (lastLeft && c === row.length - 1);
      return left ? cell.padEnd(width) : cell.padStart(width);
    });
    console.log(lastLeft ? cells.join('  ').trimEnd() : cells.join('  '));
  }
}

/** The median of `values` (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** The nearest-rank percentile `p` (0 to 100) of `values`; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? Number.NaN;
}

/** The one row a statement returns (an aggregate, a `returning` of one row); throws without it. */
export function onlyRow<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${what}: no row`);
  return row;
}
