import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Parser, Tree } from 'web-tree-sitter';

/**
 * Where the PHP grammar is: only its `.wasm` (no native build) is needed. The bundle of the published
 * package and of the .vsix carries a copy beside itself (scripts/bundle.mjs copies it from the
 * tree-sitter-php devDependency), so the grammar is always the tested one, never another version a
 * user's project happens to install; tsc's output in the repository reads the devDependency.
 */
export function phpGrammarPath(): string {
  const beside = path.join(__dirname, 'tree-sitter-php.wasm');
  if (fs.existsSync(beside)) return beside;
  return path.join(path.dirname(require.resolve('tree-sitter-php/package.json')), 'tree-sitter-php.wasm');
}

/**
 * The PHP parser, loaded once per process on first use. Loading is asynchronous (WebAssembly);
 * parsing afterwards is synchronous, which is what the engine's `Frontend.analyze` needs. The
 * promise is kept so that concurrent first analyses share one load.
 */
class LazyPhpParser {
  private loading: Promise<void> | undefined;
  private parser: Parser | undefined;

  private failure: string | undefined;

  /** Never rejects: a grammar that cannot load makes every PHP file a parse error, not a crash. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        // Loaded here, not on import: a run without PHP files never needs it.
        const { Language, Parser } = require('web-tree-sitter') as typeof import('web-tree-sitter');
        await Parser.init();
        const language = await Language.load(phpGrammarPath());
        const parser = new Parser();
        parser.setLanguage(language);
        this.parser = parser;
      } catch (error) {
        this.failure = `the PHP grammar could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      }
    })();
    return this.loading;
  }

  /** Why the grammar is not available, once a load has failed. */
  get loadFailure(): string | undefined {
    return this.failure;
  }

  get loaded(): boolean {
    return this.parser !== undefined;
  }

  /**
   * Parses PHP (with inline HTML), reusing what `previous` (a tree of an earlier text, told the edit)
   * still holds. The caller must `delete()` the tree: it lives in WebAssembly memory.
   */
  parse(text: string, previous?: Tree): Tree {
    if (!this.parser) throw new Error('the PHP grammar is not loaded; await phpParser.load() first');
    const tree = this.parser.parse(text, previous);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree;
  }
}

export const phpParser = new LazyPhpParser();
