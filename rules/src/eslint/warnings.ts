const seen = new Set<string>();

/**
 * One stderr line per distinct problem (a file the frontend cannot read, a rule that threw):
 * the lint run goes on, and the user still learns that sessionlint saw less than the whole file.
 */
export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  process.emitWarning(`sessionlint: ${message}`, { code: 'SESSIONLINT' });
}
