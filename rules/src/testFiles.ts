import picomatch from 'picomatch';

/** Globs (matched against the path with forward slashes) that mark test and fixture files. */
export const TEST_FILE_GLOBS: readonly string[] = [
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/*.test.*',
  '**/*.spec.*',
  // Further conventions of real projects: end-to-end and integration suites (`integration-tests/`
  // in medusa, `e2e/` in Nest apps, `app.e2e-spec.ts`), Jasmine's `spec/`, Jest's `__mocks__`,
  // benchmark code, and PHPUnit's capitalised `Tests/` in Symfony bundles.
  '**/integration-tests/**',
  '**/integration-test/**',
  '**/e2e/**',
  '**/*.e2e-spec.*',
  '**/spec/**',
  '**/specs/**',
  '**/__mocks__/**',
  '**/benchmark/**',
  '**/benchmarks/**',
  '**/Tests/**',
];

const matcher = picomatch(TEST_FILE_GLOBS as string[], { dot: true });

export function isTestFile(fileName: string): boolean {
  const normalized = fileName.replace(/\\/g, '/');
  return matcher(normalized.startsWith('/') ? normalized : `/${normalized}`);
}
