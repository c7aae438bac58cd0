/**
 * Words at least one of which appears in every file that can hold a JS fact. A file without any of
 * them is never parsed. Adapters that add an API must add its words here; a test runs every fixture
 * through this filter so that no finding can be lost.
 */
export const JS_KEYWORDS: readonly string[] = ['session', 'cookie', 'Cookie', 'COOKIE', 'jwt', 'jsonwebtoken', 'jose', 'localStorage', 'login', 'logout', 'secret', 'passport', 'signin', 'signout', 'regenerate', 'csrf', 'Csrf', 'CSRF'];

export function mightContainJsFacts(text: string): boolean {
  for (const keyword of JS_KEYWORDS) if (text.includes(keyword)) return true;
  return false;
}
