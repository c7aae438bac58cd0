/**
 * Whether the ESLint extension probably runs sessionlint's ESLint plugin in a folder too, which
 * would show each JavaScript finding twice (sources `sessionlint` and `eslint`). sessionlint never
 * executes eslint.config.js, so the folder's package.json (read as data) decides: it depends on
 * both `eslint` and `sessionlint`. Kept free of the vscode API so that it can be tested in Node.
 */
export function usesEslintPlugin(packageJsonText: string): boolean {
  let manifest: unknown;
  try {
    manifest = JSON.parse(packageJsonText);
  } catch {
    return false;
  }
  if (!manifest || typeof manifest !== 'object') return false;
  const has = (name: string): boolean =>
    ['dependencies', 'devDependencies'].some((field) => {
      const deps = (manifest as Record<string, unknown>)[field];
      return !!deps && typeof deps === 'object' && name in deps;
    });
  return has('eslint') && has('sessionlint');
}

/** The languages left to sessionlint when ESLint reports JavaScript and TypeScript: what ESLint cannot read. */
export const LANGUAGES_ESLINT_CANNOT_READ = ['php', 'ini', 'yaml', 'plaintext', 'apacheconf'] as const;

export const ESLINT_EXTENSION_ID = 'dbaeumer.vscode-eslint';
