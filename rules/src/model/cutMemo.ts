/**
 * A resolver's memo table for values that a depth limit, a cycle or the budget may cut short. A value
 * computed without a cut is final and reused everywhere; one computed while a cut happened below it is
 * reused only where no more depth remains than it had (it could not come out better there). The
 * tables of one resolver share one count of cuts, since a cut in any of them shapes what depends on it.
 */
export class CutMemo<K, V> {
  private readonly entries = new Map<K, { readonly value: V; readonly depth: number; readonly cut: boolean }>();
  private readonly active = new Set<K>();

  constructor(private readonly cuts: { count: number }) {}

  /** The memoised value of `key` usable at `depth`, if any. */
  reuse(key: K, depth: number): V | undefined {
    const entry = this.entries.get(key);
    return entry && (!entry.cut || depth >= entry.depth) ? entry.value : undefined;
  }

  /** True while `key` is being computed: asking for it again is a cycle. */
  isActive(key: K): boolean {
    return this.active.has(key);
  }

  /** Computes `key`'s value at `depth` and memoises it, noting whether a cut happened meanwhile. */
  compute(key: K, depth: number, work: () => V): V {
    this.active.add(key);
    const cutsBefore = this.cuts.count;
    try {
      const value = work();
      this.entries.set(key, { value, depth, cut: this.cuts.count !== cutsBefore });
      return value;
    } finally {
      this.active.delete(key);
    }
  }
}
