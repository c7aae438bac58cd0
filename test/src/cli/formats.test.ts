import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../../rules/dist/rules';
import { makeProject, parseJsonReport, removeProject, runCli, SNIPPETS } from './support';

/** A cookie write after an astral character on the same line: SARIF and JSON columns count UTF-16 code units. */
const ASTRAL = `const express = require('express');
const app = express();

app.get('/hi', (req, res) => { const wave = '👋🏽'; res.cookie('session_hint', req.query.v, { secure: true, sameSite: 'lax', maxAge: 60000 }); res.send(wave); });
`;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          helpUri: string;
          defaultConfiguration: { level: string };
          properties: { tags: string[] };
        }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: SarifLocation[];
      relatedLocations?: (SarifLocation & { message: { text: string } })[];
      fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

describe('CLI: output formats', () => {
  let project: string;
  before(() => {
    project = makeProject({ 'src/routes/welcome.js': SNIPPETS.insecureCookie, 'src/session.js': SNIPPETS.fixableSession, 'src/hi.js': ASTRAL, 'src/ok.js': SNIPPETS.secureCookie });
  });
  after(() => removeProject(project));

  it('stylish: one line per finding with file:line:column, severity, message, rule id and a fix marker; then a summary', () => {
    const run = runCli(['--format', 'stylish'], project);
    assert.equal(run.status, 1);
    const line = run.stdout.split('\n').find((l) => l.startsWith('src/routes/welcome.js:'));
    assert.ok(line, run.stdout);
    assert.match(line, /^src\/routes\/welcome\.js:5:45 {2}error {2}Cookie 'auth_token' has no HttpOnly: .*\. {2}cookie-httponly {2}\[suggestion\]$/);
    const fixable = run.stdout.split('\n').find((l) => l.startsWith('src/session.js:'));
    assert.match(fixable ?? run.stdout, /^src\/session\.js:12:13 {2}error {2}The express-session cookie has HttpOnly off.*\. {2}cookie-httponly {2}\[fix\]$/);
    assert.match(run.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\) in 3 of 4 files\./);
    assert.match(run.stdout, /fixable with --fix/);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when not writing to a terminal');
  });

  it('json: findings with 1-based lines, UTF-16 columns, fix edits and a summary', () => {
    const report = parseJsonReport(runCli(['--format', 'json'], project));
    const welcome = report.findings.find((f) => f.file === 'src/routes/welcome.js' && f.ruleId === 'cookie-httponly');
    assert.ok(welcome, JSON.stringify(report.findings));
    assert.deepEqual([welcome.line, welcome.column, welcome.severity], [5, 45, 'error']);
    assert.equal(welcome.fix, null);
    assert.ok(welcome.suggestions.length > 0);
    const sessionCookie = report.findings.find((f) => f.file === 'src/session.js' && f.ruleId === 'cookie-httponly');
    assert.ok(sessionCookie?.fix && sessionCookie.fix.edits.length > 0, JSON.stringify(sessionCookie));
    const astral = report.findings.find((f) => f.file === 'src/hi.js' && f.ruleId === 'cookie-httponly');
    assert.ok(astral);
    const line = ASTRAL.split('\n')[3]!;
    // The options object starts after the emoji: its column counts the emoji's four UTF-16 code units.
    assert.equal(astral.column, line.indexOf("{ secure: true") + 1);
    assert.equal(astral.line, 4);
    assert.equal(report.summary.errors, report.findings.filter((f) => f.severity === 'error').length);
  });

  it('sarif: a 2.1.0 log with the rule catalogue, relative URIs, regions, fixes and invocations', () => {
    const run = runCli(['--format', 'sarif'], project);
    assert.equal(run.status, 1);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
    const sarifRun = log.runs[0]!;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'sessionlint');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(driver.rules.map((r) => r.id), allRules.map((r) => r.meta.id), 'every rule of the engine is described');
    for (const rule of driver.rules) {
      const meta = allRules.find((r) => r.meta.id === rule.id)!.meta;
      assert.ok(rule.shortDescription.text.startsWith(meta.description));
      assert.equal(rule.fullDescription.text, meta.rationale);
      assert.match(rule.helpUri, new RegExp(`/${rule.id}/`));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(rule.properties.tags.includes('security'));
      for (const cwe of meta.cwe) assert.ok(rule.properties.tags.includes(`external/cwe/cwe-${cwe}`), `${rule.id} tags CWE-${cwe}`);
    }
    assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%']!.uri, `${pathToFileURL(project).href}/`);
    assert.equal(sarifRun.invocations[0]!.executionSuccessful, true);

    const result = sarifRun.results.find((r) => r.ruleId === 'cookie-httponly' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/routes/welcome.js');
    assert.ok(result, JSON.stringify(sarifRun.results.map((r) => r.locations[0])));
    assert.equal(driver.rules[result.ruleIndex]!.id, 'cookie-httponly');
    assert.equal(result.level, 'error');
    const location = result.locations[0]!.physicalLocation;
    assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual(location.region, { startLine: 5, startColumn: 45, endLine: 5, endColumn: SNIPPETS.insecureCookie.split('\n')[4]!.lastIndexOf('}') + 2 });
    assert.equal(result.fixes, undefined, 'a suggestion is not a SARIF fix');
    const fixed = sarifRun.results.find((r) => r.ruleId === 'cookie-httponly' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/session.js');
    const replacement = fixed!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    assert.equal(fixed!.fixes![0]!.artifactChanges[0]!.artifactLocation.uri, 'src/session.js');
    assert.match(replacement.insertedContent.text, /true/);
    assert.equal(replacement.deletedRegion.startLine, 12);
  });

  it('--output writes the report to a file (creating folders) and nothing to stdout', () => {
    const run = runCli(['--format', 'sarif', '--output', 'reports/sessionlint.sarif'], project);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    const written = JSON.parse(fs.readFileSync(path.join(project, 'reports', 'sessionlint.sarif'), 'utf8')) as SarifLog;
    assert.ok(written.runs[0]!.results.length > 0);
    const stylish = runCli(['-o', 'out.txt'], project);
    assert.equal(stylish.stdout, '');
    assert.match(fs.readFileSync(path.join(project, 'out.txt'), 'utf8'), /src\/routes\/welcome\.js:5:45/);
  });

  it('paths in every format are relative to the current directory when scanning a sub-folder', () => {
    const report = parseJsonReport(runCli(['--format', 'json', 'src/routes'], project));
    assert.deepEqual([...new Set(report.findings.map((f) => f.file))], ['src/routes/welcome.js']);
    const outside = runCli(['--format', 'json', path.join(project, 'src')], path.dirname(project));
    assert.ok(parseJsonReport(outside).findings.every((f) => f.file.startsWith(`${path.basename(project)}/src/`)));
  });
});
