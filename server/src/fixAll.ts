import { applyEdits, editsOverlap, minimalEdit, type TextEdit } from '../../rules/dist/model/edit';
import type { Finding } from '../../rules/dist/model/finding';
import type { DocumentAnalysis, TextAnalysis } from './analysis';

/** Enough for chains of fixes (a fix that reveals another); more passes mean a fix does not converge. */
const MAX_PASSES = 10;

/**
 * Applies every safe fix (never a suggestion) until nothing is left to fix: each pass takes the
 * fixes whose edits do not overlap, applies them, and analyses the result again, because one
 * fix can move or reveal another. A pass whose result cannot be parsed is dropped.
 * Returns the fixed text (the input itself when there was nothing to fix).
 */
export async function fixAllText(text: string, findings: readonly Finding[], analyzeText: (text: string) => Promise<TextAnalysis>): Promise<string> {
  let current = text;
  let pending = findings;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = nonOverlappingFixEdits(current, pending);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    const analysis = await analyzeText(next);
    if (analysis.parseError !== undefined) break;
    current = next;
    pending = analysis.findings;
  }
  return current;
}

/** The one edit that applies every safe fix of an analysed document, or undefined when there is nothing to fix. */
export async function fixAllEdit(analysis: DocumentAnalysis, analyzeText: (text: string) => Promise<TextAnalysis>): Promise<TextEdit | undefined> {
  const fixed = await fixAllText(analysis.text, analysis.findings, analyzeText);
  return minimalEdit(analysis.text, fixed);
}

/** The edits of the fixes that can be applied together, earliest finding first. */
export function nonOverlappingFixEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of [...findings].sort((a, b) => a.range.start - b.range.start)) {
    const edits = finding.fix?.edits;
    if (!edits || edits.length === 0 || editsOverlap(chosen, edits)) continue;
    if (!editsApply(text, edits)) continue;
    chosen.push(...edits);
  }
  return chosen;
}

function editsApply(text: string, edits: readonly TextEdit[]): boolean {
  if (edits.some((e) => e.range.start < 0 || e.range.end > text.length || e.range.start > e.range.end)) return false;
  try {
    applyEdits(text, edits);
    return true;
  } catch {
    return false; // a fix whose own edits overlap is a bug in that fix; skip it rather than corrupt the file
  }
}
