import { createHash } from 'node:crypto';
import type { ReportFinding } from './report';

/**
 * SARIF `partialFingerprints` that follow a finding when lines move: a hash of the rule id and the
 * finding's first source line with all whitespace removed (re-indenting or moving the code keeps
 * it), then `:<n>`, the occurrence of that rule on an identical line in the file (0, 1, …), so two
 * findings on two copies of a line stay two alerts. Line numbers are deliberately not in it.
 *
 * The key is sessionlint's own: GitHub reserves `primaryLocationLineHash` for the hash its upload
 * action computes from the checked-out file, and warns when a tool sends a different one.
 */
export const FINGERPRINT_KEY = 'sessionlint/v1';

function normalise(line: string): string {
  return line.replace(/\s+/g, '');
}

/**
 * The fingerprint of each finding of one file, in the order given.
 * @param lineText the file's text of a 1-based line.
 */
export function fingerprints(findings: readonly ReportFinding[], lineText: (line: number) => string): string[] {
  const order = findings.map((f, i) => i).sort((a, b) => findings[a]!.location.offsets.start - findings[b]!.location.offsets.start || a - b);
  const seen = new Map<string, number>();
  const result: string[] = new Array<string>(findings.length);
  for (const i of order) {
    const finding = findings[i]!;
    const hash = createHash('sha256').update(`${finding.ruleId}\0${normalise(lineText(finding.location.start.line))}`).digest('hex').slice(0, 32);
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    result[i] = `${hash}:${occurrence}`;
  }
  return result;
}
