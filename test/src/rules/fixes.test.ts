import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../../rules/dist/engine';
import { applyEdits, type Fix, type TextEdit } from '../../../rules/dist/model/edit';
import type { Finding } from '../../../rules/dist/model/finding';
import { LineIndex } from '../../../rules/dist/model/range';
import { allRules } from '../../../rules/dist/rules';
import { loadFixtures, type Fixture } from '../support/fixtures';

/**
 * Every fix and suggestion that a fixture finding carries is applied and the result analysed again
 * (DESIGN.md, "Every fix is tested"): the file still parses, the finding is gone, and the rule
 * reports nothing new. Edits are computed on the original text, so positions are carried through them.
 */

/** Where an offset of the original text lands after the edits (text inserted at it goes before it). */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of edits) if (edit.range.end <= offset) shift += edit.newText.length - (edit.range.end - edit.range.start);
  return offset + shift;
}

const key = (messageId: string, offset: number): string => `${messageId}@${offset}`;

async function analyzeFixture(fixture: Fixture, text: string): Promise<AnalysisResult> {
  return analyze(text, { fileName: fixture.virtualFileName, settings: { preset: 'strict' }, project: fixture.project });
}

interface Case {
  readonly finding: Finding;
  readonly kind: 'fix' | 'suggestion';
  readonly edit: Fix;
}

function casesOf(findings: readonly Finding[]): Case[] {
  return findings.flatMap((finding) => [
    ...(finding.fix ? [{ finding, kind: 'fix' as const, edit: finding.fix }] : []),
    ...finding.suggestions.map((edit) => ({ finding, kind: 'suggestion' as const, edit })),
  ]);
}

describe('fixes and suggestions', () => {
  for (const fixture of loadFixtures()) {
    describe(`${fixture.ruleId}: ${fixture.virtualFileName.replace('/project/src/', '')}`, () => {
      it('leave code that parses, without the finding and without new findings of the rule', async () => {
        const before = await analyzeFixture(fixture, fixture.text);
        const lines = new LineIndex(fixture.text);
        const failures: string[] = [];
        for (const { finding, kind, edit } of casesOf(before.findings)) {
          const where = `${finding.ruleId} ${kind} '${edit.messageId}' for the finding on line ${lines.positionAt(finding.range.start).line + 1}`;
          let text: string;
          try {
            text = applyEdits(fixture.text, edit.edits);
          } catch (error) {
            failures.push(`${where}: ${(error as Error).message}`);
            continue;
          }
          const after = await analyzeFixture(fixture, text);
          if (after.parseError) {
            failures.push(`${where}: the result does not parse (${after.parseError})\n${text}`);
            continue;
          }
          const remaining = new Set(before.findings.filter((f) => f.ruleId === finding.ruleId).map((f) => key(f.messageId, mapOffset(f.range.start, edit.edits))));
          const fixedKey = key(finding.messageId, mapOffset(finding.range.start, edit.edits));
          for (const f of after.findings.filter((x) => x.ruleId === finding.ruleId)) {
            const k = key(f.messageId, f.range.start);
            if (k === fixedKey) failures.push(`${where}: the finding is still there after the edit:\n${text}`);
            else if (!remaining.has(k)) failures.push(`${where}: a new finding appears (${f.messageId}: ${f.message})\n${text}`);
          }
        }
        assert.deepEqual(failures, []);
      });
    });
  }

  // Metadata must be truthful: a rule that says it has fixes (suggestions) shows one in its fixtures, and the other way round.
  it('match the fixable and hasSuggestions metadata of every rule', async () => {
    const tally = new Map<string, { fix: number; suggestion: number }>();
    for (const fixture of loadFixtures()) {
      const result = await analyzeFixture(fixture, fixture.text);
      for (const { finding, kind } of casesOf(result.findings)) {
        const count = tally.get(finding.ruleId) ?? { fix: 0, suggestion: 0 };
        count[kind]++;
        tally.set(finding.ruleId, count);
      }
    }
    const wrong: string[] = [];
    for (const { meta } of allRules) {
      const count = tally.get(meta.id) ?? { fix: 0, suggestion: 0 };
      if (meta.fixable !== count.fix > 0) wrong.push(`${meta.id}: fixable is ${meta.fixable} but its fixtures show ${count.fix} fixes`);
      if (meta.hasSuggestions !== count.suggestion > 0) wrong.push(`${meta.id}: hasSuggestions is ${meta.hasSuggestions} but its fixtures show ${count.suggestion} suggestions`);
    }
    assert.deepEqual(wrong, []);
  });
});
