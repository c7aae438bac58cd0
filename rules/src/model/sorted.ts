/** Index of the last value ≤ `at` in an ascending array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= at) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The first value ≥ `at` in an ascending array, or undefined. */
export function firstAtOrAfter(sorted: readonly number[], at: number): number | undefined {
  const before = lastAtOrBefore(sorted, at - 1);
  return sorted[before + 1];
}
