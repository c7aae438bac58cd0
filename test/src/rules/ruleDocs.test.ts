import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPOSITORY_URL, ruleDocsUrl } from '../../../rules/dist/model/rule';
import { allRules } from '../../../rules/dist/rules';
import { explainRule, shippedReadme } from '../../../rules/dist/ruleDocs';
import { packageRoot } from '../../../rules/dist/runtime/packageRoot';
import { runCli } from '../cli/support';
import { REPO_ROOT, RULES_SOURCE } from '../support/paths';

/**
 * Documentation that resolves: one declared location for every docs link (ESLint's docs.url, the
 * LSP codeDescription, SARIF helpUri), and the READMEs read offline from the package.
 */
describe('rule documentation', () => {
  it('the docs location is the repository package.json declares', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { repository?: { url?: string }; homepage?: string; bugs?: { url?: string } };
    assert.equal(manifest.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, ''), REPOSITORY_URL);
    assert.ok(manifest.homepage?.startsWith(REPOSITORY_URL), manifest.homepage);
    for (const rule of allRules) assert.ok(ruleDocsUrl(rule.meta.id).startsWith(`${REPOSITORY_URL}/`));
  });

  it('finds the package root from the compiled code, and each rule README below it', () => {
    assert.equal(packageRoot(), REPO_ROOT);
    for (const rule of allRules) assert.equal(shippedReadme(rule.meta.id), path.join(RULES_SOURCE, rule.meta.id, 'README.md'));
    assert.equal(shippedReadme('no-such-rule'), undefined);
    assert.equal(shippedReadme('../../../package'), undefined, 'only rule-id shaped names reach the file system');
  });

  it('explainRule gives the README and the online address', () => {
    const rule = allRules.find((r) => r.meta.id === 'cookie-secure')!;
    const text = explainRule(rule);
    assert.ok(text.startsWith(fs.readFileSync(path.join(RULES_SOURCE, 'cookie-secure', 'README.md'), 'utf8')));
    assert.ok(text.trimEnd().endsWith(ruleDocsUrl('cookie-secure')));
  });

  it('sessionlint --explain <rule> prints it (ESLint names accepted); an unknown rule is a usage error', () => {
    const run = runCli(['--explain', 'sessionlint/session-secret'], REPO_ROOT);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^# session-secret\n/);
    assert.match(run.stdout, /## When not to use it/);
    const unknown = runCli(['--explain', 'cookie-secur'], REPO_ROOT);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown rule 'cookie-secur'.*cookie-secure/s);
  });
});
