/**
 * Words at least one of which appears in every file that can hold a JS fact. A file without any of
 * them is never parsed. Adapters that add an API must add its words here; a test runs every fixture
 * through this filter so that no finding can be lost.
 */
export const JS_KEYWORDS: readonly string[] = ['session', 'cookie', 'Cookie', 'COOKIE', 'jwt', 'jsonwebtoken', 'jose', 'localStorage', 'login', 'logout', 'secret', 'passport', 'signin', 'signout', 'regenerate', 'csrf', 'Csrf', 'CSRF', 'password', 'Password'];

/**
 * The keywords as one alternation of literal words: one pass over the text instead of one per
 * keyword (about 2× faster on a large project, where this scan runs on every file).
 */
const KEYWORD_PATTERN = new RegExp(JS_KEYWORDS.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

export function mightContainJsFacts(text: string): boolean {
  return KEYWORD_PATTERN.test(text);
}
