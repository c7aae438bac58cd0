import type { AnalysisResult } from '../engine';
import { applyEdits, editsOverlap, type TextEdit } from '../model/edit';
import type { Finding } from '../model/finding';

/** `--fix` gives up after this many rounds; a fix that keeps producing fixes is a bug, not a reason to loop. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  readonly text: string;
  readonly result: AnalysisResult;
  readonly applied: number;
  /** Why fixing stopped early, when it did for a reason worth telling. */
  readonly problem?: string;
}

/**
 * Applies the safe fixes (never suggestions) of a file until none is left: each round takes the
 * fixes whose edits do not overlap, applies them, and analyses the new text, because one fix can
 * move or enable another. A round whose result no longer parses is thrown away.
 */
export async function applyFixes(text: string, first: AnalysisResult, analyzeText: (text: string) => Promise<AnalysisResult>): Promise<FixOutcome> {
  let current = text;
  let result = first;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = nonOverlappingFixes(result.findings);
    if (chosen.length === 0) return { text: current, result, applied };
    let next: string;
    try {
      next = applyEdits(current, chosen.flatMap((f) => f.fix!.edits));
    } catch (error) {
      return { text: current, result, applied, problem: `fixes were not applied: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (next === current) return { text: current, result, applied };
    const nextResult = await analyzeText(next);
    if (nextResult.parseError && !result.parseError) {
      return { text: current, result, applied, problem: `a fix of ${chosen.map((f) => f.ruleId).join(', ')} would leave the file unparsable; it was not applied` };
    }
    current = next;
    result = nextResult;
    applied += chosen.length;
  }
  return { text: current, result, applied, problem: `fixes did not settle after ${MAX_FIX_PASSES} passes` };
}

/** The findings with a fix whose edits overlap neither each other nor an earlier chosen fix. */
function nonOverlappingFixes(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  const taken: TextEdit[] = [];
  const withFix = findings.filter((f) => f.fix && f.fix.edits.length > 0);
  for (const finding of withFix) {
    const edits = finding.fix!.edits;
    if (editsOverlap(edits, taken) || selfOverlapping(edits)) continue;
    chosen.push(finding);
    taken.push(...edits);
  }
  return chosen;
}

function selfOverlapping(edits: readonly TextEdit[]): boolean {
  return edits.some((a, i) => edits.some((b, j) => i < j && editsOverlap([a], [b])));
}
