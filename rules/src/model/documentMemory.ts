/**
 * A typed key into a {@link DocumentMemory}: one per kind of thing a frontend keeps. The type
 * parameter is carried only by the compiler, so a slot can never be read as something else.
 */
export class MemorySlot<T> {
  declare private readonly valueType: T;
  constructor(readonly name: string) {}
}

/**
 * What the frontends keep from one analysis of a document to make the analysis of its next version
 * cheaper: the JS frontend keeps TypeScript's syntax tree and re-parses only what an edit touched.
 * The editor holds one per recently edited document; the CLI and the ESLint plugin use none. A
 * frontend must give the same result with or without it (tested), so dropping one is always safe.
 */
export class DocumentMemory {
  private readonly slots = new Map<MemorySlot<unknown>, unknown>();

  get<T>(slot: MemorySlot<T>): T | undefined {
    return this.slots.get(slot) as T | undefined;
  }

  set<T>(slot: MemorySlot<T>, value: T): void {
    this.slots.set(slot, value);
  }

  delete(slot: MemorySlot<unknown>): void {
    this.slots.delete(slot);
  }
}
