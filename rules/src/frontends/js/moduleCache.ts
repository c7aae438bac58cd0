import { parseJs, type ParseResult } from './parse';

/**
 * Parsed relative modules, shared by every file analysed in this thread: in a project, the same
 * config, model and helper modules are imported by many files, and each import that value
 * resolution follows would otherwise parse them again. Keyed by file name and checked against the
 * text, so an edited module is parsed afresh. Bounded by the text it holds (an AST takes about ten
 * times its text): least recently used modules go first.
 */
const MAX_CACHED_TEXT = 2 * 1024 * 1024;

interface Entry {
  readonly text: string;
  readonly result: ParseResult;
}

const cache = new Map<string, Entry>();
let cachedText = 0;

export function parseModule(text: string, fileName: string): ParseResult {
  const hit = cache.get(fileName);
  if (hit && hit.text === text) {
    // Map order is insertion order: re-inserting makes this the most recently used.
    cache.delete(fileName);
    cache.set(fileName, hit);
    return hit.result;
  }
  if (hit) forget(fileName, hit);
  const result = parseJs(text, fileName);
  if (text.length <= MAX_CACHED_TEXT / 4) {
    cache.set(fileName, { text, result });
    cachedText += text.length;
    for (const [oldest, entry] of cache) {
      if (cachedText <= MAX_CACHED_TEXT) break;
      forget(oldest, entry);
    }
  }
  return result;
}

function forget(fileName: string, entry: Entry): void {
  cache.delete(fileName);
  cachedText -= entry.text.length;
}
