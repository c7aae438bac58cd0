import type { ProjectContext } from '../../../model/project';
import { PhpFile } from '../fileContext';
import { phpParser } from '../grammar';

/** Files of the application read for the model and larger than this are left out (generated code, dumps). */
const MAX_MODEL_FILE_CHARS = 512 * 1024;
/** How many summaries a process keeps; the least recently used go first. */
const MAX_SUMMARIES = 256;

/**
 * Summaries of the other files of an application (an included script, a controller, the HTTP
 * kernel, the method of a service a logout hands off to), computed once per file text and kept
 * without their syntax trees: a summary holds only strings, numbers and offsets. Shared by the
 * files of one run (the CLI analyses many files of one application; each would otherwise parse the
 * same controller again), keyed by file name and checked against the text read now, so an edited
 * file is summarised afresh.
 */
export class SummaryCache<T> {
  private readonly entries = new Map<string, { readonly text: string; readonly summary: T | undefined }>();

  /**
   * The summary of the file at `relativePath` from `fromFile`, or undefined when it cannot be read
   * (no such file, a face that cannot read files, the grammar not loaded).
   */
  of(project: ProjectContext, fromFile: string, relativePath: string, summarise: (file: PhpFile) => T | undefined, variant = ''): { readonly fileName: string; readonly summary: T } | undefined {
    const read = project.readFile?.(fromFile, relativePath);
    if (!read || read.text.length > MAX_MODEL_FILE_CHARS || !phpParser.loaded) return undefined;
    const key = `${read.fileName}\0${variant}`;
    const cached = this.entries.get(key);
    if (cached && cached.text === read.text) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.summary === undefined ? undefined : { fileName: read.fileName, summary: cached.summary };
    }
    const summary = withParsedFile(read.text, read.fileName, project, summarise);
    this.entries.set(key, { text: read.text, summary });
    if (this.entries.size > MAX_SUMMARIES) this.entries.delete(this.entries.keys().next().value!);
    return summary === undefined ? undefined : { fileName: read.fileName, summary };
  }
}

/** Parses PHP text, hands the file to `use`, and frees the tree (it lives in WebAssembly memory). */
export function withParsedFile<T>(text: string, fileName: string, project: ProjectContext, use: (file: PhpFile) => T): T {
  const tree = phpParser.parse(text);
  try {
    return use(new PhpFile(tree, text, fileName, project));
  } finally {
    tree.delete();
  }
}
