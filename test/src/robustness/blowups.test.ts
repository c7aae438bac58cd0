import * as assert from 'node:assert/strict';
import { parse } from '@typescript-eslint/typescript-estree';
import { analyze } from '../../../rules/dist/engine';
import { extractJsFacts } from '../../../rules/dist/frontends/js';
import { frontendFor } from '../../../rules/dist/frontends/registry';
import { AnalysisBudget, budgetMessage } from '../../../rules/dist/model/budget';
import { EMPTY_PROJECT } from '../../../rules/dist/model/project';
import { pathToFileURL } from 'node:url';
import { makeProject, parseJsonReport, removeProject, runCli } from '../cli/support';
import { LspTestClient } from '../server/lspClient';
import { BLOWUP_SHAPES } from './support/blowups';
import { ALL_RULES_ON } from './support/corpus';

/**
 * Every analysis is bounded in proportion to its input (issue: real-world scale). Work is counted in
 * budget steps, which do not depend on the machine: a shape four times larger must cost about four
 * times the steps (an exponential or quadratic analysis costs 16 times or more, or runs out of budget),
 * and its insecure line must still be reported.
 */
describe('robustness: shapes that blow up a naive analysis', function () {
  this.timeout(120_000);

  before(async () => {
    await frontendFor('php')?.load?.();
  });

  for (const shape of BLOWUP_SHAPES) {
    it(`${shape.name}: linear work, finding kept`, async () => {
      const small = await analyze(shape.text(100), { fileName: shape.fileName, settings: ALL_RULES_ON });
      const large = await analyze(shape.text(400), { fileName: shape.fileName, settings: ALL_RULES_ON });
      for (const result of [small, large]) {
        assert.equal(result.budgetExhausted, undefined, `budget spent on ${result.budgetExhausted}`);
        assert.equal(result.parseError, undefined);
        assert.ok(result.findings.some((f) => f.ruleId === shape.ruleId), `no ${shape.ruleId} in ${result.findings.map((f) => f.ruleId).join(', ')}`);
      }
      const growth = large.workSteps! / Math.max(1, small.workSteps!);
      assert.ok(growth <= 6, `4x the input cost ${growth.toFixed(1)}x the steps (${small.workSteps} -> ${large.workSteps})`);
    });
  }
});

describe('analysis budget', () => {
  it('stops at its step count and says what was running', () => {
    const budget = new AnalysisBudget(10);
    for (let i = 0; i < 10; i++) assert.equal(budget.spend('value resolution'), true);
    assert.equal(budget.spend('value resolution'), false);
    assert.equal(budget.spend('handler flows'), false, 'once spent, always spent');
    assert.equal(budget.exhausted, 'value resolution (10 steps)');
    assert.match(budgetMessage('src/app.js', budget.exhausted!), /^src\/app\.js: analysis stopped at its budget in value resolution \(10 steps\)/);
  });

  it('stops at its deadline, read on the way', () => {
    const budget = new AnalysisBudget(1_000_000, performance.now() - 1);
    let steps = 0;
    while (budget.spend('handler flows', 100)) steps++;
    assert.ok(steps > 0 && steps <= 11, `${steps}`);
    assert.equal(budget.exhausted, 'handler flows (the time budget)');
  });

  it('a file whose budget runs out gives the facts found before, and unknown (silence) after', () => {
    const text = "const session = require('express-session');\nconst a = { httpOnly: false };\nconst b = a;\nconst c = b;\napp.use(session({ secret: 'x', cookie: c }));\n";
    const program = parse(text, { range: true, loc: true });
    const roomy = extractJsFacts(program, text, '/p/app.js', EMPTY_PROJECT);
    const tight = new AnalysisBudget(3);
    const starved = extractJsFacts(program, text, '/p/app.js', EMPTY_PROJECT, tight);
    assert.ok(tight.exhausted?.startsWith('value resolution'));
    const httpOnlyOf = (facts: readonly unknown[]): unknown => JSON.stringify(facts).includes('"httpOnly"');
    assert.equal(httpOnlyOf(roomy), true);
    assert.ok(starved.length <= roomy.length);
  });

  it('the engine reports a spent time budget, and the CLI names the file and carries on', async () => {
    const shape = BLOWUP_SHAPES.find((s) => s.name === 'thousands of login routes')!;
    const text = shape.text(3000);
    const result = await analyze(text, { fileName: shape.fileName, settings: ALL_RULES_ON, timeBudgetMs: 1 });
    assert.match(result.budgetExhausted ?? '', /the time budget/);
    const root = makeProject({ 'src/slow.js': text, 'src/app.js': "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat' }));\n" });
    try {
      const run = runCli(['.', '--format', 'json', '--time-budget', '1ms'], root);
      const report = parseJsonReport(run);
      const stopped = report.notifications.filter((n) => n.kind === 'time' && /stopped at its budget/.test(n.message));
      assert.deepEqual(stopped.map((n) => n.file), ['src/slow.js']);
      assert.ok(report.findings.some((f) => f.file === 'src/app.js' && f.ruleId === 'session-secret'), 'the other file is still analysed');
    } finally {
      removeProject(root);
    }
  });
});

describe('language server: a file over its time budget does not hold the others', function () {
  this.timeout(120_000);
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ settings: { timeBudget: 1 }, debounceMs: 0 });
  });
  after(async () => {
    await client.stop();
  });

  it('the slow file is stopped at its budget and logged; the next file gets its diagnostics', async () => {
    const shape = BLOWUP_SHAPES.find((s) => s.name === 'thousands of login routes')!;
    const slow = pathToFileURL('/project/src/routes/many.js').href;
    const small = pathToFileURL('/project/src/app.js').href;
    await client.open(slow, 'javascript', shape.text(3000));
    await client.open(small, 'javascript', "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat' }));\n");
    const smallDiagnostics = await client.diagnosticsFor(small);
    assert.ok(smallDiagnostics.diagnostics.some((d) => d.code === 'session-secret'));
    await client.diagnosticsFor(slow);
    await client.waitFor(() => client.logs.find((l) => /many\.js: analysis stopped at its budget in .*the time budget/.test(l.message)), 'the budget log line');
    assert.ok(client.alive);
  });
});
