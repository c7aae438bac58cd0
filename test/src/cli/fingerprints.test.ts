import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeProject, removeProject, runCli } from './support';

/**
 * SARIF partialFingerprints follow a finding when the code moves: GitHub code scanning matches
 * alerts across runs by them, so a line added above must not turn every alert below into a new one.
 */
interface SarifResult {
  readonly ruleId: string;
  readonly locations: readonly { physicalLocation: { region: { startLine: number } } }[];
  readonly partialFingerprints?: Record<string, string>;
}

const APP = [
  "const express = require('express');",
  'const app = express();',
  '',
  "app.get('/a', (req, res) => {",
  "  res.cookie('session_id', req.query.id, { secure: true, sameSite: 'lax', maxAge: 3600000 });",
  '  res.end();',
  '});',
  "app.get('/b', (req, res) => {",
  "  res.cookie('session_id', req.query.id, { secure: true, sameSite: 'lax', maxAge: 3600000 });",
  '  res.end();',
  '});',
  '',
].join('\n');

describe('CLI: SARIF partialFingerprints', () => {
  let root: string;
  beforeEach(() => {
    root = makeProject({ 'app.js': APP });
  });
  afterEach(() => removeProject(root));

  const results = (): SarifResult[] => {
    const run = runCli(['--format', 'sarif', 'app.js'], root);
    return (JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results.filter((r) => r.ruleId === 'cookie-httponly');
  };
  const print = (r: SarifResult): string => r.partialFingerprints?.['sessionlint/v1'] ?? '<none>';

  it('every result has one; two findings of a rule on identical lines get occurrences 0 and 1', () => {
    const found = results();
    assert.deepEqual(found.map((r) => r.locations[0]!.physicalLocation.region.startLine), [5, 9]);
    const [first, second] = found.map(print);
    assert.match(first!, /^[0-9a-f]{32}:0$/);
    assert.equal(second, `${first!.slice(0, -2)}:1`);
  });

  it('moving the code down and re-indenting it keeps the fingerprints; editing the line changes them', () => {
    const before = results().map(print);
    const moved = `// Cookies for the legacy routes.\n\n\n${APP.replace(/^ {2}res\.cookie/gm, '      res.cookie')}`;
    fs.writeFileSync(path.join(root, 'app.js'), moved);
    const after = results();
    assert.deepEqual(after.map((r) => r.locations[0]!.physicalLocation.region.startLine), [8, 12], 'the findings moved');
    assert.deepEqual(after.map(print), before);

    fs.writeFileSync(path.join(root, 'app.js'), APP.replace("res.cookie('session_id', req.query.id,", "res.cookie('session_id', req.query.sid,"));
    const edited = results().map(print);
    assert.notEqual(edited[0], before[0], 'an edited line is another finding');
    assert.equal(edited[1], before[1]!.replace(/:1$/, ':0'), 'the untouched copy is now the first occurrence of its line');
  });
});
