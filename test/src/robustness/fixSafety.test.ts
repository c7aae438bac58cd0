import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile } from '../../../rules/dist/cli/analyzeFiles';
import { applyFixes } from '../../../rules/dist/cli/fix';
import { analyze, type AnalysisResult } from '../../../rules/dist/engine';
import { applyEdits, type Fix } from '../../../rules/dist/model/edit';
import type { Finding } from '../../../rules/dist/model/finding';
import { LineIndex } from '../../../rules/dist/model/range';
import type { ProjectContext } from '../../../rules/dist/model/project';
import { ProjectLoader } from '../../../rules/dist/workspace/project';
import { fixAllText } from '../../../server/dist/fixAll';
import { makeProject, removeProject } from '../cli/support';
import { corpus, type CorpusEntry } from './support/corpus';

/**
 * Fix safety across rules (test/src/rules/fixes.test.ts checks each fix against its own rule):
 * applying any fix or suggestion of a fixture finding leaves code that parses, removes that
 * finding and adds no finding of ANY rule; and fix-all (the CLI's `--fix` loop and the server's
 * "Fix all" loop) is idempotent: run again on its own output, it changes nothing.
 */

async function analyzeEntry(entry: CorpusEntry, text: string): Promise<AnalysisResult> {
  return analyze(text, { fileName: entry.fixture.virtualFileName, settings: { preset: 'strict' }, project: entry.fixture.project });
}

/**
 * What a fix did to the findings, counted (not matched by offset or message): a fix moves the
 * other findings of the same call (wrapping its arguments in an options object) and changes their
 * messages (renaming the cookie they name) without adding or removing any. The fixed finding's
 * rule and message id must become rarer; no rule may report more than before (the fixed rule one
 * less). Per rule, not per message id, because a fix can turn another rule's "depends on the
 * environment" into a definite finding about the same setting, which is the same finding.
 */
function compareFindings(before: readonly Finding[], after: readonly Finding[], fixed: Finding): { added: string[]; stillThere: boolean } {
  const count = (findings: readonly Finding[], key: (finding: Finding) => string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
    return counts;
  };
  const kind = (finding: Finding): string => `${finding.ruleId}/${finding.messageId}`;
  const rule = (finding: Finding): string => finding.ruleId;
  const added: string[] = [];
  const rulesBefore = count(before, rule);
  for (const [ruleId, now] of count(after, rule)) {
    const allowed = (rulesBefore.get(ruleId) ?? 0) - (ruleId === fixed.ruleId ? 1 : 0);
    if (now > allowed) added.push(`${now - allowed} more ${ruleId}: ${after.filter((f) => f.ruleId === ruleId).map((f) => f.message).join(' | ')}`);
  }
  const stillThere = (count(after, kind).get(kind(fixed)) ?? 0) >= (count(before, kind).get(kind(fixed)) ?? 0);
  return { added, stillThere };
}

interface EditCase {
  readonly finding: Finding;
  readonly kind: 'fix' | 'suggestion';
  readonly edit: Fix;
}

function casesOf(findings: readonly Finding[]): EditCase[] {
  return findings.flatMap((finding) => [
    ...(finding.fix ? [{ finding, kind: 'fix' as const, edit: finding.fix }] : []),
    ...finding.suggestions.map((edit) => ({ finding, kind: 'suggestion' as const, edit })),
  ]);
}

describe('robustness: fix safety across all rules', function () {
  this.timeout(120_000);
  let checkedEdits = 0;
  let fixAllFiles = 0;

  after(() => console.log(`      fix safety: ${checkedEdits} fixes and suggestions applied one by one, fix-all run twice on ${fixAllFiles} files`));

  for (const entry of corpus()) {
    describe(entry.name, () => {
      it('each fix or suggestion parses, removes its finding and adds no finding of any rule', async () => {
        const before = await analyzeEntry(entry, entry.fixture.text);
        const lines = new LineIndex(entry.fixture.text);
        const failures: string[] = [];
        for (const { finding, kind, edit } of casesOf(before.findings)) {
          checkedEdits++;
          const where = `${finding.ruleId} ${kind} '${edit.messageId}' (line ${lines.positionAt(finding.range.start).line + 1})`;
          const text = applyEdits(entry.fixture.text, edit.edits);
          const after = await analyzeEntry(entry, text);
          if (after.parseError && !before.parseError) {
            failures.push(`${where}: the result does not parse (${after.parseError})`);
            continue;
          }
          const { added, stillThere } = compareFindings(before.findings, after.findings, finding);
          if (stillThere) failures.push(`${where}: the finding is still there`);
          for (const addition of added) failures.push(`${where}: adds ${addition}`);
        }
        assert.deepEqual(failures, []);
      });

      it('fix-all settles, and a second fix-all changes nothing (CLI --fix and the server)', async () => {
        const first = await analyzeEntry(entry, entry.fixture.text);
        if (!first.findings.some((f) => f.fix)) return;
        fixAllFiles++;
        const analyzeText = (text: string): Promise<AnalysisResult> => analyzeEntry(entry, text);
        const once = await applyFixes(entry.fixture.text, first, analyzeText);
        assert.equal(once.problem, undefined, `--fix: ${once.problem}`);
        assert.ok(once.applied > 0);
        assert.equal(once.result.parseError, first.parseError, 'the fixed file parses');
        assert.deepEqual(once.result.findings.filter((f) => f.fix).map((f) => `${f.ruleId}: ${f.message}`), [], 'no fixable finding is left');
        const twice = await applyFixes(once.text, once.result, analyzeText);
        assert.equal(twice.applied, 0, 'the second --fix applied something');
        assert.equal(twice.text, once.text);

        const serverOnce = await fixAllText(entry.fixture.text, first.findings, analyzeText);
        const serverTwice = await fixAllText(serverOnce, (await analyzeText(serverOnce)).findings, analyzeText);
        assert.equal(serverTwice, serverOnce, 'the second server fix-all changed the text');
        assert.equal(serverOnce, once.text, 'the server and the CLI fix a file the same way');
      });
    });
  }

  it('--fix does not write a file that changed on disk after it was read (an editor saved it meanwhile)', async () => {
    const original = "const session = require('express-session');\napp.use(session({ secret: process.env.S, cookie: { httpOnly: false } }));\n";
    const project = makeProject({ 'app.js': original });
    const file = path.join(project, 'app.js');
    const edited = `${original}// saved by the editor while sessionlint was fixing\n`;
    /** The analysis asks for the project after the file was read and before the fix is written: the user saves right then. */
    class SavingMeanwhile extends ProjectLoader {
      override contextFor(fileName: string): ProjectContext {
        if (fs.readFileSync(file, 'utf8') === original) fs.writeFileSync(file, edited);
        return super.contextFor(fileName);
      }
    }
    try {
      const report = await analyzeFile(file, { base: project, settings: {}, fix: true }, new SavingMeanwhile({ baseDir: project }));
      assert.equal(report.written, false);
      assert.equal(fs.readFileSync(file, 'utf8'), edited, "the editor's save survives");
      assert.ok(report.notifications.some((n) => n.kind === 'fix' && /changed on disk/.test(n.message)), JSON.stringify(report.notifications));
      assert.ok(report.findings.some((f) => f.ruleId === 'cookie-httponly'), 'the unfixed findings are still reported');
      // Without the interference the same run writes the fix: the check above can fail.
      fs.writeFileSync(file, original);
      const fixed = await analyzeFile(file, { base: project, settings: {}, fix: true }, new ProjectLoader({ baseDir: project }));
      assert.equal(fixed.written, true);
      assert.notEqual(fs.readFileSync(file, 'utf8'), original);
    } finally {
      removeProject(project);
    }
  });
});
