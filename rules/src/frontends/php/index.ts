import type { Fact } from '../../model/facts';
import type { Frontend } from '../frontend';
import type { PhpAdapter, PhpAdapterContext } from './adapterContext';
import { headerCookieAdapter } from './adapters/headerCookie';
import { laravelAdapter } from './adapters/laravel';
import { sessionRuntimeAdapter } from './adapters/sessionRuntime';
import { setcookieAdapter } from './adapters/setcookie';
import { PhpFile } from './fileContext';
import { phpParser } from './grammar';
import { PhpResolver } from './resolve';

/** Every PHP adapter, one per API or framework. */
export const PHP_ADAPTERS: readonly PhpAdapter[] = [sessionRuntimeAdapter, setcookieAdapter, headerCookieAdapter, laravelAdapter];

/**
 * A file that mentions neither sessions nor cookies cannot hold a fact (Laravel's
 * config/session.php always has a 'cookie' key). Case-insensitive: PHP function names are.
 */
export function mightContainPhpFacts(text: string): boolean {
  return /session|cookie/i.test(text);
}

/** PHP source (with inline HTML) through tree-sitter-php's WebAssembly grammar. */
export const phpFrontend: Frontend = {
  language: 'php',
  lineComment: '//',
  load: () => phpParser.load(),
  mightContainFacts: mightContainPhpFacts,
  analyze({ text, fileName, project }) {
    if (!phpParser.loaded) return { facts: [], comments: [], parseError: phpParser.loadFailure ?? 'the PHP grammar is not loaded yet' };
    const tree = phpParser.parse(text);
    try {
      const file = new PhpFile(tree, text, fileName, project);
      const facts: Fact[] = [];
      const context: PhpAdapterContext = { file, resolver: new PhpResolver(file), facts };
      for (const adapter of PHP_ADAPTERS) adapter.collect(context);
      return { facts, comments: file.comments };
    } finally {
      // The tree lives in WebAssembly memory; facts keep only offsets and strings.
      tree.delete();
    }
  },
};
