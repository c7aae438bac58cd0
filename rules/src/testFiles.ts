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
];

const matcher = picomatch(TEST_FILE_GLOBS as string[], { dot: true });

export function isTestFile(fileName: string): boolean {
  const normalized = fileName.replace(/\\/g, '/');
  return matcher(normalized.startsWith('/') ? normalized : `/${normalized}`);
}
