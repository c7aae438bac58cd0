import { DocumentMemory } from '../../rules/dist/model/documentMemory';

/** How many documents keep their memory: the ones a person is typing in, not every open tab. */
export const MEMORY_DOCUMENTS = 4;
/** Their total text, in UTF-16 code units: a TypeScript tree takes about 40 times its text in heap. */
export const MEMORY_CHARS = 2_000_000;

/**
 * The engine's memories (see {@link DocumentMemory}) of the documents analysed last, least recently
 * analysed dropped first. Bounded by count and by text size, so that 200 open documents do not keep
 * 200 syntax trees (about 0.5 MB each for 300 lines, 7 MB for 5,000): a document that lost its
 * memory is parsed in full once and remembered again. A dropped memory is disposed at once.
 */
export class DocumentMemories {
  private readonly byUri = new Map<string, { readonly memory: DocumentMemory; chars: number }>();

  constructor(
    private readonly maxDocuments = MEMORY_DOCUMENTS,
    private readonly maxChars = MEMORY_CHARS,
  ) {}

  /** The memory for the document's next analysis, of a text `chars` long; it becomes the most recent. */
  for(uri: string, chars: number): DocumentMemory {
    const entry = this.byUri.get(uri) ?? { memory: new DocumentMemory(), chars };
    entry.chars = chars;
    // Map keeps insertion order: re-inserting makes it the most recent.
    this.byUri.delete(uri);
    this.byUri.set(uri, entry);
    let total = 0;
    for (const { chars: size } of this.byUri.values()) total += size;
    for (const [oldest, { chars: size }] of this.byUri) {
      if (oldest === uri || (this.byUri.size <= this.maxDocuments && total <= this.maxChars)) break;
      this.forget(oldest);
      total -= size;
    }
    return entry.memory;
  }

  /** Drops a document's memory, freeing what it holds outside the JavaScript heap (tree-sitter trees). */
  forget(uri: string): void {
    this.byUri.get(uri)?.memory.dispose();
    this.byUri.delete(uri);
  }

  /** The documents that have a memory, least recent first (for tests). */
  get documents(): readonly string[] {
    return [...this.byUri.keys()];
  }
}
