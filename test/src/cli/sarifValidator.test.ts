import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { makeProject, removeProject, runCli, SNIPPETS } from './support';

/** The official SARIF validator from @microsoft/sarif-multitool (a self-contained .NET binary per platform). */
function multitool(): string | undefined {
  const platformPackage = { linux: 'sarif-multitool-linux', darwin: 'sarif-multitool-darwin', win32: 'sarif-multitool-win32' }[process.platform as string];
  if (!platformPackage) return undefined;
  const binary = path.join(REPO_ROOT, 'node_modules', '@microsoft', platformPackage, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  if (!fs.existsSync(binary)) return undefined;
  try {
    // npm does not always run the package's postinstall chmod.
    fs.chmodSync(binary, 0o755);
  } catch {
    // Not ours to change: try to run it as it is.
  }
  return binary;
}

interface ValidationResult {
  readonly ruleId: string;
  readonly level?: string;
  readonly message: { readonly text?: string; readonly arguments?: readonly string[] };
}

/** Validates a SARIF file; returns the validator's errors and warnings (a result without level is a warning). */
function validate(binary: string, sarifFile: string, workDir: string): string[] {
  const output = path.join(workDir, `validation-${path.basename(sarifFile)}`);
  const run = spawnSync(binary, ['validate', sarifFile, '--output', output, '--quiet'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  if (run.error) throw run.error;
  assert.ok(fs.existsSync(output), `the validator wrote no output (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const log = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: { results?: ValidationResult[] }[] };
  return (log.runs[0]?.results ?? [])
    .filter((r) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning')
    .map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' | ')}`);
}

describe('CLI: SARIF passes the official validator (@microsoft/sarif-multitool)', function () {
  this.timeout(180_000);
  let binary: string | undefined;
  let workDir: string;
  before(function () {
    binary = multitool();
    if (!binary) this.skip();
    workDir = makeProject({});
  });
  after(() => workDir && removeProject(workDir));

  it('for the bundled examples (findings, fixes, related locations)', () => {
    const sarif = path.join(workDir, 'examples.sarif');
    runCli(['examples', '--format', 'sarif', '--output', sarif], REPO_ROOT);
    assert.ok(JSON.parse(fs.readFileSync(sarif, 'utf8')).runs[0].results.length > 0);
    assert.deepEqual(validate(binary!, sarif, workDir), []);
  });

  it('for a workspace with notifications, astral characters, CRLF and a failed read', function () {
    const project = makeProject({
      'src/app.js': SNIPPETS.insecureCookie.replace(/\n/g, '\r\n'),
      'src/ünïcödé dir/hi.js': SNIPPETS.insecureCookie.replace("'Welcome!'", "'👋🏽 Welcome!'"),
      'src/broken.js': "const options = {{ res.cookie('session', id, {\n",
      'src/bundle.js': Buffer.from([0x72, 0x65, 0x73, 0, 0, 1]),
      'package.json': '{ not json',
    });
    try {
      const sarif = path.join(workDir, 'notifications.sarif');
      runCli(['--format', 'sarif', '--output', sarif], project);
      const log = JSON.parse(fs.readFileSync(sarif, 'utf8'));
      assert.ok(log.runs[0].invocations[0].toolExecutionNotifications.length >= 3);
      assert.ok(log.runs[0].results.some((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/%C3%BCn%C3%AFc%C3%B6d%C3%A9%20dir/hi.js'));
      assert.deepEqual(validate(binary!, sarif, workDir), []);
    } finally {
      removeProject(project);
    }
  });

  it('for a clean workspace (no results)', () => {
    const project = makeProject({ 'app.js': SNIPPETS.secureCookie });
    try {
      const sarif = path.join(workDir, 'clean.sarif');
      assert.equal(runCli(['--format', 'sarif', '--output', sarif], project).status, 0);
      assert.deepEqual(validate(binary!, sarif, workDir), []);
    } finally {
      removeProject(project);
    }
  });
});
