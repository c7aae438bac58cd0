import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../rules/dist/engine';
import { applyEdits } from '../../../rules/dist/model/edit';
import type { Finding } from '../../../rules/dist/model/finding';
import { LineIndex } from '../../../rules/dist/model/range';
import { loadFixtures } from '../support/fixtures';
import { EXAMPLES } from '../support/paths';
import { cliFindings, eslintFindings, serverFindings } from './support/faces';
import { applyEslintFix, isEslintLintable, lintText, type ParserName } from './support/lint';

/**
 * One source of truth, two faces: every JS/TS rule fixture linted through ESLint's Linter with
 * `configs.strict` gives exactly the findings of the engine's `analyze` (strict preset): same rule,
 * position, message, fix result and suggestion results. TS fixtures run on @typescript-eslint/parser;
 * JS fixtures on it and on ESLint's default parser (espree).
 */
interface Comparable {
  readonly rule: string;
  readonly messageId: string;
  readonly start: string;
  readonly end: string;
  readonly message: string;
  readonly fixed?: string;
  readonly suggested: readonly string[];
}

const PREFIX = 'sessionlint/';

function fromEngine(text: string, finding: Finding): Comparable {
  const lines = new LineIndex(text);
  const at = (offset: number): string => {
    const p = lines.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return {
    rule: finding.ruleId,
    messageId: finding.messageId,
    start: at(finding.range.start),
    end: at(finding.range.end),
    message: finding.message,
    ...(finding.fix ? { fixed: applyEdits(text, finding.fix.edits) } : {}),
    suggested: finding.suggestions.map((s) => `${s.messageId}: ${applyEdits(text, s.edits)}`),
  };
}

function fromEslint(text: string, message: ReturnType<typeof lintText>[number]): Comparable {
  return {
    rule: (message.ruleId ?? '<none>').slice(PREFIX.length),
    messageId: message.messageId ?? '<none>',
    start: `${message.line}:${message.column}`,
    end: `${message.endLine}:${message.endColumn}`,
    message: message.message,
    ...(message.fix ? { fixed: applyEslintFix(text, message.fix) } : {}),
    suggested: (message.suggestions ?? []).map((s) => `${s.messageId}: ${applyEslintFix(text, s.fix)}`),
  };
}

const byPosition = (a: Comparable, b: Comparable): number =>
  a.start.localeCompare(b.start, undefined, { numeric: true }) || a.rule.localeCompare(b.rule) || a.messageId.localeCompare(b.messageId);

describe('ESLint plugin parity with the engine (rule fixtures, strict)', () => {
  const fixtures = loadFixtures().filter((f) => isEslintLintable(f.path));

  it('has JS/TS fixtures to compare', () => {
    assert.ok(fixtures.length > 0);
  });

  for (const fixture of fixtures) {
    const parsers: ParserName[] = /\.(ts|tsx|mts|cts)$/.test(fixture.path) ? ['typescript-eslint'] : ['typescript-eslint', 'espree'];
    for (const parser of parsers) {
      it(`${fixture.ruleId}/${fixture.virtualFileName.replace('/project/src/', '')} (${parser})`, async () => {
        const engine = await analyze(fixture.text, { fileName: fixture.virtualFileName, settings: { preset: 'strict' }, project: fixture.project });
        assert.equal(engine.parseError, undefined, `the engine could not parse the fixture: ${engine.parseError}`);
        const messages = lintText(fixture.text, fixture.virtualFileName, { parser, preset: 'strict', sessionlint: { dependencies: fixture.project.dependencies } });
        const fatal = messages.filter((m) => m.fatal || m.ruleId === null);
        assert.deepEqual(fatal.map((m) => m.message), [], 'ESLint could not lint the fixture');
        const expected = engine.findings.map((f) => fromEngine(fixture.text, f)).sort(byPosition);
        const actual = messages.map((m) => fromEslint(fixture.text, m)).sort(byPosition);
        assert.deepEqual(actual, expected);
      });
    }
  }
});

/**
 * The three faces on the bundled example apps, as users run them: the CLI on the directory, the
 * language server with the app as its workspace, ESLint with `configs.recommended` from the app's
 * directory. Same findings (file, rule, range, message); the CLI and the server also agree on the
 * level. ESLint sees JS/TS only and has no `info` level (info rules are `warn` in its configs).
 */
describe('the three faces agree on examples/ (CLI, language server, ESLint)', function () {
  this.timeout(120_000);
  const apps = fs.readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(EXAMPLES, d.name));

  it('has example apps in JS, TS and PHP', () => {
    const names = apps.map((a) => path.basename(a));
    assert.ok(['express-insecure', 'fastify-insecure', 'php-insecure'].every((n) => names.includes(n)), names.join(', '));
  });

  for (const app of apps) {
    const name = path.basename(app);
    it(`examples/${name}`, async () => {
      const cli = cliFindings(app);
      if (name.endsWith('-insecure')) assert.ok(cli.length > 0, 'the insecure example has findings');
      assert.deepEqual(await serverFindings(app), cli, 'language server vs CLI');
      const jsTs = cli.filter((f) => isEslintLintable(f.file)).map((f) => ({ ...f, level: f.level === 'info' ? 'warn' : f.level }));
      assert.deepEqual(await eslintFindings(app), jsTs, 'ESLint vs CLI');
    });
  }
});

/**
 * Both suppression syntaxes in one app, through all three faces: the same findings are left, and
 * ESLint reports none of the eslint-disable comments as unused (the engine leaves them to ESLint).
 */
describe('the three faces honour both suppression syntaxes alike', function () {
  this.timeout(120_000);
  const COOKIE = (name: string): string => `  res.cookie('${name}', req.query.v, { secure: true, sameSite: 'lax', maxAge: 3600000 });`;
  const APP = [
    "const express = require('express');",
    'const app = express();',
    "app.get('/a', (req, res) => {",
    COOKIE('sid_reported'),
    '  // eslint-disable-next-line sessionlint/cookie-httponly -- read by the legacy widget',
    COOKIE('sid_eslint_next_line'),
    '  // sessionlint-disable-next-line cookie-httponly -- read by the other widget',
    COOKIE('sid_sessionlint_next_line'),
    `${COOKIE('sid_eslint_line')} // eslint-disable-line sessionlint/cookie-httponly`,
    '  /* eslint-disable sessionlint/cookie-httponly */',
    COOKIE('sid_eslint_block'),
    '  /* eslint-enable sessionlint/cookie-httponly */',
    '  // sessionlint-disable cookie-httponly',
    COOKIE('sid_sessionlint_block'),
    '  // sessionlint-enable cookie-httponly',
    COOKIE('sid_after_the_blocks'),
    '  res.end();',
    '});',
    'module.exports = app;',
    '',
  ].join('\n');
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-suppress-'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'suppress-app', private: true, dependencies: { express: '^4.21.2' } }));
    fs.writeFileSync(path.join(dir, 'app.js'), APP);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('CLI, language server and ESLint leave the same findings', async () => {
    const cli = cliFindings(dir);
    const lines = APP.split('\n');
    const httpOnly = cli.filter((f) => f.rule === 'cookie-httponly').map((f) => /'(sid_\w+)'/.exec(lines[Number(f.start.split(':')[0]) - 1]!)?.[1]);
    assert.deepEqual(httpOnly, ['sid_reported', 'sid_after_the_blocks']);
    assert.deepEqual(await serverFindings(dir), cli, 'language server vs CLI');
    assert.deepEqual(await eslintFindings(dir), cli.map((f) => ({ ...f, level: f.level === 'info' ? 'warn' : f.level })), 'ESLint vs CLI (an unused directive would show here)');
  });
});
