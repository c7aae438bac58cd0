/** The stderr line prefix of countReads.ts (preloaded into a server under test) for each file read. */
export const READ_MARK = 'sessionlint-test-read ';
