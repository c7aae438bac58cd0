/**
 * The texts a {@link ProjectLoader} read from disk, kept up to a total length: the least recently used
 * go first, and are read again if asked for. The questions about a whole application (who mounts a
 * session module, which files hold a GraphQL map, which PHP file names a helper) read every file of a
 * package once for a plain text test, and keeping all of them held the CLI's largest part of memory at
 * its peak (58 MB of the 190 MB live on the bench corpus). Files read again and again (an import, a
 * summarised include) stay recently used. `null` records a file that could not be read.
 */
export class TextCache {
  private readonly entries = new Map<string, string | null>();
  private kept = 0;

  constructor(private readonly maxChars: number) {}

  get(fileName: string): string | null | undefined {
    const text = this.entries.get(fileName);
    if (text !== undefined) {
      // Map order is insertion order: re-inserting makes this the most recently used.
      this.entries.delete(fileName);
      this.entries.set(fileName, text);
    }
    return text;
  }

  set(fileName: string, text: string | null): void {
    this.delete(fileName);
    this.entries.set(fileName, text);
    this.kept += text?.length ?? 0;
    for (const oldest of this.entries.keys()) {
      if (this.kept <= this.maxChars || oldest === fileName) break;
      this.delete(oldest);
    }
  }

  delete(fileName: string): void {
    const text = this.entries.get(fileName);
    if (text === undefined) return;
    this.entries.delete(fileName);
    this.kept -= text?.length ?? 0;
  }

  clear(): void {
    this.entries.clear();
    this.kept = 0;
  }
}
