/**
 * The item at `index` of a list the caller built to be long enough (a column and its width, a pick
 * from a fixed table); throws rather than going on with `undefined` when that does not hold.
 */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item ${index} in a list of ${items.length}`);
  return item;
}
