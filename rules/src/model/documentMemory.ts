/**
 * A typed key into a {@link DocumentMemory}: one per kind of thing a frontend keeps. The type
 * parameter is carried only by the compiler, so a slot can never be read as something else.
 */
export class MemorySlot<T> {
  declare private readonly valueType: T;
  /**
   * @param dispose frees what the garbage collector cannot (a tree-sitter tree lives in WebAssembly
   * memory); called when the value is replaced, or when the memory is disposed.
   */
  constructor(
    readonly name: string,
    readonly dispose?: (value: T) => void,
  ) {}
}

/**
 * What the frontends keep from one analysis of a document to make the analysis of its next version
 * cheaper: the JS frontend keeps TypeScript's syntax tree, the PHP frontend tree-sitter's, and each
 * re-parses only what an edit touched. The editor holds one per recently edited document; the CLI
 * and the ESLint plugin use none. A frontend must give the same result with or without it (tested),
 * so dropping one is always safe; whoever drops one disposes it.
 */
export class DocumentMemory {
  /** By slot: the value, and how to dispose it (a slot's own function, typed for its value). */
  private readonly slots = new Map<object, { readonly value: unknown; readonly dispose: () => void }>();

  get<T>(slot: MemorySlot<T>): T | undefined {
    return this.slots.get(slot)?.value as T | undefined;
  }

  /** Remembers a value, disposing the one it replaces. */
  set<T>(slot: MemorySlot<T>, value: T): void {
    const previous = this.slots.get(slot);
    this.slots.set(slot, { value, dispose: () => slot.dispose?.(value) });
    if (previous && previous.value !== value) previous.dispose();
  }

  /** Forgets a value and hands it to the caller, who disposes it (an incremental parse consumes the previous tree). */
  take<T>(slot: MemorySlot<T>): T | undefined {
    const entry = this.slots.get(slot);
    this.slots.delete(slot);
    return entry?.value as T | undefined;
  }

  /** Forgets everything, disposing it. */
  dispose(): void {
    for (const { dispose } of this.slots.values()) dispose();
    this.slots.clear();
  }
}
