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
  // benchmark code, PHPUnit's capitalised `Tests/` in Symfony bundles, and Cypress's project folder
  // (`cypress/e2e`, `cypress/support/commands.ts` logging the test browser in) and `*.cy.*` specs.
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
  '**/cypress/**',
  '**/*.cy.*',
  // Test-harness packages and folders: novu's `libs/testing` (`@novu/testing`, the e2e suites' user
  // sessions and test tokens), hedgedoc's `test-utils/` beside the components they mock.
  '**/testing/**',
  '**/test-utils/**',
];

const matcher = picomatch(TEST_FILE_GLOBS as string[], { dot: true });

export function isTestFile(fileName: string): boolean {
  const normalized = fileName.replace(/\\/g, '/');
  return matcher(normalized.startsWith('/') ? normalized : `/${normalized}`);
}
