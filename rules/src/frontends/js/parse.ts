import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { DocumentMemory } from '../../model/documentMemory';
import { loadWithCompileCache } from '../../runtime/compileCache';
import { sourceFileOf } from './sourceFile';

interface Parsers {
  readonly estree: typeof import('@typescript-eslint/typescript-estree');
  /** The typescript typescript-estree itself loaded (it is a dependency of ours too, at the same version). */
  readonly ts: typeof import('typescript');
}
let parsers: Parsers | undefined;

/**
 * typescript-estree (with typescript) is loaded on the first parse, not on import: it takes about
 * 0.3 s and 70 MB, which a CLI main thread that only hands files to workers, or a run whose files
 * all fail the prefilter, never needs.
 */
function loadParsers(): Parsers {
  parsers ??= loadWithCompileCache('typescript-estree', () => ({ estree: require('@typescript-eslint/typescript-estree') as Parsers['estree'], ts: require('typescript') as Parsers['ts'] }));
  return parsers;
}

/** TypeScript itself, loaded as the parser loads it (once, lazily, through the compile cache): for reading tsconfig.json. */
export function typescriptApi(): Parsers['ts'] {
  return loadParsers().ts;
}

export type Program = TSESTree.Program;

export interface ParseResult {
  readonly program?: Program;
  readonly error?: string;
}

function wantsJsx(fileName: string): boolean {
  // .ts cannot contain JSX (`<T>x` is a cast there); every other JS/TS flavour may.
  return !/\.(ts|mts|cts)$/i.test(fileName);
}

/**
 * Comments matter only for suppression directives (`// sessionlint-disable-line`, and ESLint's
 * `// eslint-disable-next-line sessionlint/…`): collecting them walks every token again and takes
 * about 40 % of the parse, so a file that names no directive is parsed without them.
 * (`eslint-enable` only ever follows an `eslint-disable`.)
 */
export function mayHoldDirectives(text: string): boolean {
  return text.includes('sessionlint-') || text.includes('eslint-disable');
}

/**
 * Parses JS/TS with typescript-estree: the same AST ESLint hands the plugin. Never throws.
 * TypeScript's tree is made first (incrementally from the document's previous version, given its
 * memory: see {@link sourceFileOf}) and typescript-estree converts it, which is what its own
 * `parse(text)` does in one step (tested: the same AST). With `loc` (unused here): without it typescript-estree walks the
 * whole tree again to delete every node's `loc`, which costs more than computing it (measured: a
 * 5,000-line file 70 ms → 58 ms).
 */
export function parseJs(text: string, fileName: string, memory?: DocumentMemory): ParseResult {
  try {
    const { estree, ts } = loadParsers();
    const jsx = wantsJsx(fileName);
    const sourceFile = sourceFileOf(ts, text, jsx, memory);
    // The entry of typescript-estree's API that takes a TypeScript tree; without a project it builds no
    // program, and without node maps it does exactly what parse() does.
    const { ast } = estree.parseAndGenerateServices(sourceFile, { jsx, range: true, loc: true, comment: mayHoldDirectives(text), errorOnUnknownASTType: false, allowInvalidAST: true, suppressDeprecatedPropertyWarnings: true, preserveNodeMaps: false });
    return { program: ast };
  } catch (error) {
    // The parser recurses per nesting level: a few hundred nested literals or calls exhaust the stack.
    if (error instanceof RangeError && /call stack/i.test(error.message)) return { error: 'the code is nested too deeply to parse (the parser ran out of stack)' };
    const message = error instanceof Error ? error.message : String(error);
    const position = error && typeof error === 'object' && 'lineNumber' in error ? ` (line ${(error as { lineNumber: number }).lineNumber})` : '';
    return { error: `${message}${position}` };
  }
}
