import type { AnalysisResult } from '../../../../rules/dist/engine';
import { applyEdits, editsOverlap, type Fix, type TextEdit } from '../../../../rules/dist/model/edit';
import type { Finding } from '../../../../rules/dist/model/finding';
import type { TextRange } from '../../../../rules/dist/model/range';
import { allRules } from '../../../../rules/dist/rules';

/**
 * What every analysis result must look like, whatever the input: the faces turn these offsets
 * into positions and apply these edits without checking them again.
 */

const RULE_IDS = new Set(allRules.map((rule) => rule.meta.id));
const SEVERITIES = new Set(['error', 'warn', 'info']);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when the offset falls between the two halves of an astral character (a position no editor can show). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

function rangeProblem(range: TextRange, text: string): string | undefined {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `range [${start}, ${end}) is not whole offsets`;
  if (start < 0 || end < start || end > text.length) return `range [${start}, ${end}) is outside the text (length ${text.length})`;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return `range [${start}, ${end}) splits a surrogate pair`;
  return undefined;
}

function fixProblems(fix: Fix, text: string, what: string): string[] {
  const problems: string[] = [];
  if (typeof fix.message !== 'string' || fix.message.trim() === '' || fix.message.includes('{{')) problems.push(`${what}: bad description '${fix.message}'`);
  if (fix.edits.length === 0) problems.push(`${what}: no edits`);
  for (const edit of fix.edits) {
    const problem = rangeProblem(edit.range, text);
    if (problem) problems.push(`${what}: edit ${problem}`);
    if (typeof edit.newText !== 'string') problems.push(`${what}: edit without newText`);
  }
  if (problems.length > 0) return problems;
  if (selfOverlapping(fix.edits)) problems.push(`${what}: overlapping edits ${JSON.stringify(fix.edits.map((e) => e.range))}`);
  else {
    try {
      applyEdits(text, fix.edits);
    } catch (error) {
      problems.push(`${what}: cannot be applied (${(error as Error).message})`);
    }
  }
  return problems;
}

function selfOverlapping(edits: readonly TextEdit[]): boolean {
  return edits.some((a, i) => edits.some((b, j) => i < j && editsOverlap([a], [b])));
}

function findingProblems(finding: Finding, text: string): string[] {
  const where = `${finding.ruleId}/${finding.messageId} at [${finding.range?.start}, ${finding.range?.end})`;
  const problems: string[] = [];
  if (!RULE_IDS.has(finding.ruleId)) problems.push(`${where}: unknown rule id`);
  if (!SEVERITIES.has(finding.severity)) problems.push(`${where}: unknown severity '${finding.severity}'`);
  if (typeof finding.message !== 'string' || finding.message.trim() === '' || finding.message.includes('{{')) problems.push(`${where}: bad message '${finding.message}'`);
  const range = rangeProblem(finding.range, text);
  if (range) problems.push(`${where}: ${range}`);
  for (const related of finding.related) {
    // Related places in other files (an imported options object) index that file's text.
    if (related.file !== undefined) continue;
    const problem = rangeProblem(related.range, text);
    if (problem) problems.push(`${where}: related '${related.message}' ${problem}`);
  }
  if (finding.fix) problems.push(...fixProblems(finding.fix, text, `${where} fix`));
  finding.suggestions.forEach((s, i) => problems.push(...fixProblems(s, text, `${where} suggestion ${i}`)));
  return problems;
}

/**
 * Everything wrong with a result for this text: an exception that the engine caught (a rule or a
 * frontend threw: that is a bug even though nothing crashed), and any finding whose range, related
 * locations, fix or suggestions do not fit the text. Empty when the result is well-formed.
 */
export function resultProblems(result: AnalysisResult, text: string): string[] {
  const problems: string[] = [];
  for (const failure of result.ruleErrors) problems.push(`rule ${failure.ruleId} threw: ${failure.message}`);
  if (result.parseError?.startsWith('internal error')) problems.push(result.parseError);
  if (result.parseError !== undefined && (typeof result.parseError !== 'string' || result.parseError.trim() === '')) problems.push('empty parse error message');
  for (const finding of result.findings) problems.push(...findingProblems(finding, text));
  return problems;
}
