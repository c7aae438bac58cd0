import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseDocument } from 'yaml';
import { analyze } from '../../../../rules/dist/engine';
import { applyEdits } from '../../../../rules/dist/model/edit';
import { frontendFor } from '../../../../rules/dist/frontends/registry';
import { phpParser } from '../../../../rules/dist/frontends/php/grammar';
import { languageOf } from '../../../../rules/dist/language';
import { loadFixtures } from '../../support/fixtures';
import { assertKnown, loadGrammar, phpFacts, phpOutput, sessions, single, syntaxErrors, writes } from './support/facts';

const STRICT = { preset: 'strict' } as const;

describe('PHP frontend', () => {
  before(loadGrammar);

  it('loads the grammar once and shares the load', () => {
    assert.equal(phpParser.load(), phpParser.load());
    assert.equal(phpParser.loaded, true);
  });

  it('is picked by file name and editor language', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['/app/public/index.php', undefined, 'php'],
      ['/app/templates/login.phtml', undefined, 'php'],
      ['/app/config/session.php', undefined, 'php'],
      ['/etc/php/8.3/fpm/php.ini', undefined, 'ini'],
      ['/usr/local/etc/php/php.ini-production', undefined, 'ini'],
      ['/var/www/html/.user.ini', undefined, 'ini'],
      ['/etc/php/8.3/fpm/conf.d/99-session.ini', undefined, 'ini'],
      ['/var/www/html/.htaccess', undefined, 'htaccess'],
      ['/app/config/packages/framework.yaml', undefined, 'yaml'],
      ['/untitled', 'php', 'php'],
    ];
    for (const [file, languageId, expected] of cases) {
      const language = languageOf(file, languageId);
      assert.equal(language, expected, file);
      assert.ok(language && frontendFor(language), `no frontend for ${file}`);
    }
  });

  it('skips files without session or cookie words before parsing', () => {
    const frontend = frontendFor('php')!;
    assert.equal(frontend.mightContainFacts('<?php echo strtoupper($name);'), false);
    assert.equal(frontend.mightContainFacts('<?php SetCookie("a", "b");'), true);
    assert.equal(frontendFor('ini')!.mightContainFacts('[xdebug]\nxdebug.mode = debug\n'), false);
    assert.equal(frontendFor('yaml')!.mightContainFacts('services:\n  _defaults: { autowire: true }\n'), false);
  });

  it('returns //, # and /* */ comments without their delimiters, and honours suppressions in each', async () => {
    const code = "<?php\n// one\n# two\n/* three */\n#[Attribute]\nclass A {}\n";
    assert.deepEqual(phpOutput(code).comments.map((c) => c.text), [' one', ' two', ' three ']);
    const suppressed = "<?php\n# sessionlint-disable-next-line cookie-httponly -- read by the widget\nsetcookie('sid', $v, ['secure' => true, 'samesite' => 'Lax']);\n// sessionlint-disable-next-line cookie-httponly\nsetcookie('sid2', $v, ['secure' => true, 'samesite' => 'Lax']);\n";
    const result = await analyze(suppressed, { fileName: '/app/index.php', settings: STRICT });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'cookie-httponly'), []);
    const ini = '[Session]\n; sessionlint-disable-next-line cookie-httponly\nsession.cookie_httponly = 0\n';
    assert.deepEqual((await analyze(ini, { fileName: '/etc/php.ini', settings: STRICT })).findings.filter((f) => f.ruleId === 'cookie-httponly'), []);
    const htaccess = '# sessionlint-disable-next-line cookie-httponly\nphp_flag session.cookie_httponly off\n';
    assert.deepEqual((await analyze(htaccess, { fileName: '/www/.htaccess', settings: STRICT })).findings.filter((f) => f.ruleId === 'cookie-httponly'), []);
  });

  it('reads PHP mixed with HTML, short echo tags and PHP 8.4 syntax', () => {
    const code = [
      '<!doctype html><html><body>',
      '<?= htmlspecialchars($title) ?>',
      '<?php',
      'final class Cart {',
      '    public private(set) int $count = 0;',
      '    public string $label { get => strtoupper($this->label); set(string $v) { $this->label = trim($v); } }',
      '}',
      "setcookie('cart_session', $id, ['httponly' => true]);",
      '?>',
      '<p>😀 ünïcödé</p>',
      "<?php setcookie('auth', $t, ['httponly' => false]); ?>",
      '</body></html>',
    ].join('\n');
    const [first, second] = writes(phpFacts(code));
    assertKnown(code, first!.cookie.httpOnly, true, 'true');
    assertKnown(code, second!.cookie.httpOnly, false, 'false');
  });

  it('recovers from half-typed code', () => {
    const code = "<?php\nfunction login($user {\n    if ($user->ok() {\n        setcookie('remember_token', $t, ['httponly' => false\n    }\n\nini_set('session.cookie_secure', '0');\nsession_start([\n";
    const facts = phpFacts(code);
    assert.ok(writes(facts).length <= 1);
    assertKnown(code, single(sessions(facts)).cookie.secure, false, "'0'");
  });

  it('never throws on junk, deep nesting or empty input', () => {
    const inputs = [
      '',
      '<?php',
      '\u0000\u0001\uFFFD'.repeat(1000),
      `<?php session_start(${'['.repeat(5000)}${']'.repeat(5000)});`,
      `<?php $x = ${'('.repeat(20000)}1${')'.repeat(20000)}; setcookie('sid', $x);`,
      `<?php ${"setcookie('sid', 'v'); ".repeat(2000)}`,
    ];
    for (const input of inputs) assert.doesNotThrow(() => phpFacts(input));
  });

  it('keeps UTF-16 offsets with BOM, CRLF and astral characters', () => {
    const code = "\uFEFF<?php\r\n// 😀😀 ☕\r\n$s = '𝒳';\r\nsetcookie('sid', $s, ['secure' => false]);\r\n";
    const fact = single(writes(phpFacts(code)));
    assertKnown(code, fact.cookie.secure, false, 'false');
    const fixed = applyEdits(code, fact.editor!.setOption('secure', { type: 'boolean', value: true })!);
    assert.ok(fixed.includes("['secure' => true]"));
  });

  it('keeps every fix and suggestion of the PHP fixtures free of new syntax errors', async () => {
    let checked = 0;
    for (const fixture of loadFixtures()) {
      if (!fixture.virtualFileName.endsWith('.php')) continue;
      const result = await analyze(fixture.text, { fileName: fixture.virtualFileName, settings: STRICT, project: fixture.project });
      const before = syntaxErrors(fixture.text);
      for (const finding of result.findings) {
        for (const edit of [finding.fix, ...finding.suggestions]) {
          if (!edit) continue;
          checked++;
          const after = applyEdits(fixture.text, edit.edits);
          assert.ok(syntaxErrors(after) <= before, `${fixture.path}: ${finding.ruleId} '${edit.messageId}' breaks the code:\n${after}`);
        }
      }
    }
    assert.ok(checked > 50, `only ${checked} PHP fixes were checked`);
  });

  it('keeps every fix and suggestion of the YAML fixtures valid YAML', async () => {
    let checked = 0;
    for (const fixture of loadFixtures()) {
      if (!/\.ya?ml$/.test(fixture.virtualFileName)) continue;
      const result = await analyze(fixture.text, { fileName: fixture.virtualFileName, settings: STRICT, project: fixture.project });
      for (const finding of result.findings) {
        for (const edit of [finding.fix, ...finding.suggestions]) {
          if (!edit) continue;
          checked++;
          const after = applyEdits(fixture.text, edit.edits);
          assert.deepEqual(parseDocument(after).errors.map((e) => e.message), [], `${fixture.path}: ${finding.ruleId} '${edit.messageId}':\n${after}`);
        }
      }
    }
    assert.ok(checked > 10, `only ${checked} YAML fixes were checked`);
  });

  it('analyses a large file quickly', () => {
    const block = fs.readFileSync(require.resolve('../../../../rules/src/rules/cookie-httponly/fixtures/php-setcookie.php'), 'utf8');
    const big = block + block.replace(/^[\s\S]*?<\?php/, '<?php').repeat(200);
    const started = process.hrtime.bigint();
    const facts = phpFacts(big);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(writes(facts).length > 1000);
    assert.ok(ms < 10000, `took ${ms} ms`);
  });
});
