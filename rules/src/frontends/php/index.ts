import type { Fact } from '../../model/facts';
import type { Frontend } from '../frontend';
import type { PhpAdapter, PhpAdapterContext } from './adapterContext';
import { headerCookieAdapter } from './adapters/headerCookie';
import { laravelAdapter } from './adapters/laravel';
import { sessionRuntimeAdapter } from './adapters/sessionRuntime';
import { setcookieAdapter } from './adapters/setcookie';
import { lifecycleAuthAdapter } from './adapters/lifecycleAuth';
import { csrfFrameworkAdapter } from './adapters/csrfFramework';
import { lifecycleSessionIdAdapter } from './adapters/lifecycleSessionId';
import { symfonyPhpConfigAdapter } from './app/symfonyPhpConfig';
import { symfonySecurityPhpConfigAdapter } from './app/symfonySecurityPhpConfig';
import { PhpFile, treeDeeperThan } from './fileContext';
import { phpParser } from './grammar';
import { mightContainPhpFacts } from './prefilter';
import { phpTreeOf, releasePhpTree } from './phpTree';
import { PhpResolver } from './resolve';

/** Every PHP adapter, one per API or framework. */
export const PHP_ADAPTERS: readonly PhpAdapter[] = [sessionRuntimeAdapter, setcookieAdapter, headerCookieAdapter, laravelAdapter, lifecycleAuthAdapter, csrfFrameworkAdapter, lifecycleSessionIdAdapter, symfonyPhpConfigAdapter, symfonySecurityPhpConfigAdapter];

/**
 * Deeper syntax trees are not analysed. Real PHP nests a few dozen levels; thousands of nested
 * blocks or arrays (generated code, or garbage) would make the adapters' walks up the tree
 * quadratic in the depth: 50,000 nested `if` blocks took minutes.
 */
export const MAX_PHP_TREE_DEPTH = 1000;

/** PHP source (with inline HTML) through tree-sitter-php's WebAssembly grammar. */
export const phpFrontend: Frontend = {
  language: 'php',
  lineComment: '//',
  load: () => phpParser.load(),
  mightContainFacts: mightContainPhpFacts,
  analyze({ text, fileName, project, memory, budget }) {
    if (!phpParser.loaded) return { facts: [], comments: [], parseError: phpParser.loadFailure ?? 'the PHP grammar is not loaded yet' };
    const tree = phpTreeOf(text, memory);
    try {
      if (treeDeeperThan(tree.rootNode, MAX_PHP_TREE_DEPTH)) return { facts: [], comments: [], parseError: `the code is nested too deeply to analyse (a syntax tree more than ${MAX_PHP_TREE_DEPTH} levels deep)` };
      const file = new PhpFile(tree, text, fileName, project);
      const facts: Fact[] = [];
      const context: PhpAdapterContext = { file, resolver: new PhpResolver(file, budget), facts };
      for (const adapter of PHP_ADAPTERS) adapter.collect(context);
      return { facts, comments: file.comments };
    } finally {
      // Facts keep only offsets and strings: the tree is free to go (or to the document's memory).
      releasePhpTree(text, tree, memory);
    }
  },
};
