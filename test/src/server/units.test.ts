import * as assert from 'node:assert/strict';
import { applyEdits, minimalEdit } from '../../../rules/dist/model/edit';
import { LineIndex } from '../../../rules/dist/model/range';
import { documentInfo } from '../../../server/dist/documents';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/dist/settings';
import { lineEnding, suppressionEdit } from '../../../server/dist/suppression';
import { uriToFileName } from '../../../server/dist/uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../../server/dist/analysis';
import { DocumentMemories } from '../../../server/dist/documentMemories';
import { MemorySlot } from '../../../rules/dist/model/documentMemory';
import { Logger } from '../../../server/dist/log';
import { ProjectFacts } from '../../../server/dist/project';
import { SettingsCache } from '../../../server/dist/settings';

function suppress(text: string, line: number, lineComment: string, ruleId: string, language?: string): string {
  return applyEdits(text, [suppressionEdit(text, new LineIndex(text), line, lineComment, ruleId, language)]);
}

describe('server units', function () {
  describe('suppression comments', function () {
    it('go above the line, indented like it, in the language comment syntax and line ending', () => {
      assert.equal(suppress('a\n\t  b: 1\n', 1, '//', 'cookie-secure'), 'a\n\t  // sessionlint-disable-next-line cookie-secure\n\t  b: 1\n');
      assert.equal(suppress('[Session]\r\nsession.cookie_secure = 0\r\n', 1, ';', 'cookie-secure'), '[Session]\r\n; sessionlint-disable-next-line cookie-secure\r\nsession.cookie_secure = 0\r\n');
      assert.equal(suppress('php_flag session.cookie_httponly off', 0, '#', 'cookie-httponly'), '# sessionlint-disable-next-line cookie-httponly\nphp_flag session.cookie_httponly off');
    });

    it('extend an existing directive on the line above, keeping its reason last', () => {
      assert.equal(suppress('  // sessionlint-disable-next-line a\n  x\n', 1, '//', 'b'), '  // sessionlint-disable-next-line a, b\n  x\n');
      assert.equal(suppress('// sessionlint-disable-next-line a -- legacy\nx', 1, '//', 'b'), '// sessionlint-disable-next-line a, b -- legacy\nx');
    });

    it('go after the PHP open tag as a block comment when the line opens PHP', () => {
      assert.equal(suppress("<?php session_start(['cookie_httponly' => false]);\n", 0, '//', 'cookie-httponly', 'php'), "<?php /* sessionlint-disable-line cookie-httponly */ session_start(['cookie_httponly' => false]);\n");
      assert.equal(suppress('<h1>Hi</h1>\n  <?=setcookie("sid", $id)?>\n', 1, '//', 'cookie-httponly', 'php'), '<h1>Hi</h1>\n  <?= /* sessionlint-disable-line cookie-httponly */ setcookie("sid", $id)?>\n');
      assert.equal(suppress("<?php\nini_set('session.cookie_httponly', 0);\n", 1, '//', 'cookie-httponly', 'php'), "<?php\n// sessionlint-disable-next-line cookie-httponly\nini_set('session.cookie_httponly', 0);\n");
    });

    it('use the comment syntax of each language', () => {
      assert.equal(documentInfo('file:///srv/app/php.ini-production', 'plaintext').lineComment, ';');
      assert.equal(documentInfo('file:///srv/app/.user.ini', 'ini').lineComment, ';');
      assert.equal(documentInfo('file:///srv/app/public/.htaccess', 'plaintext').lineComment, '#');
      assert.equal(documentInfo('file:///srv/app/index.tsx', 'typescriptreact').lineComment, '//');
      assert.equal(documentInfo('untitled:Untitled-1', 'javascript').language, 'js');
    });

    it('detect the line ending in use', () => {
      assert.equal(lineEnding('a\r\nb'), '\r\n');
      assert.equal(lineEnding('a\nb\r\n'), '\n');
      assert.equal(lineEnding('a\rb'), '\r');
      assert.equal(lineEnding('a'), '\n');
    });
  });

  describe('the fix-all edit', function () {
    const roundTrip = (before: string, after: string): void => {
      const edit = minimalEdit(before, after);
      assert.equal(edit ? applyEdits(before, [edit]) : before, after);
    };

    it('replaces only the part that changed', () => {
      assert.deepEqual(minimalEdit('httpOnly: false, secure: true', 'httpOnly: true, secure: true'), { range: { start: 10, end: 14 }, newText: 'tru' });
      assert.equal(minimalEdit('same', 'same'), undefined);
      roundTrip('abc', 'abxc');
      roundTrip('abc', '');
      roundTrip('', 'abc');
      roundTrip('aaaa', 'aa');
    });

    it('never splits a surrogate pair or a CRLF', () => {
      const edit = minimalEdit('x 😀 y', 'x 😁 y')!;
      assert.equal(edit.range.start, 2);
      assert.equal(edit.newText, '😁');
      const crlf = minimalEdit('a\r\nb', 'a\r\r\nb')!;
      assert.ok(!(crlf.range.start === 2), 'not between \\r and \\n');
      roundTrip('a\r\nb', 'a\r\r\nb');
    });
  });

  describe('settings', function () {
    it('fall back to the defaults for missing or mistyped values', () => {
      assert.deepEqual(normalizeSettings(undefined).settings, DEFAULT_SETTINGS);
      const { settings, problems } = normalizeSettings({ enable: 'yes', run: 'sometimes', preset: 'strict', testFiles: 'ignore', rules: { 'cookie-secure': 'warning', 'cookie-domain': ['error', { allowedDomains: ['example.com'] }], typo: 'loud' } });
      assert.equal(settings.enable, true);
      assert.equal(settings.run, 'onType');
      assert.deepEqual(settings.engine, { preset: 'strict', testFiles: 'ignore', envDependent: 'report', rules: { 'cookie-secure': 'warn', 'cookie-domain': ['error', { allowedDomains: ['example.com'] }] } });
      assert.deepEqual(problems, ['sessionlint.rules.typo: expected off, info, warn, error or [level, options]; ignored']);
    });

    it('report findings in test files one level softer by default', () => {
      assert.equal(DEFAULT_SETTINGS.engine.testFiles, 'downgrade');
    });
  });

  it('turns URIs into file names the engine understands', () => {
    assert.equal(uriToFileName('file:///home/dev/app%20one/server.js'), '/home/dev/app one/server.js');
    assert.equal(uriToFileName('untitled:Untitled-1'), 'Untitled-1');
  });

  describe('analysis cache', function () {
    const insecure = "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', cookie: { httpOnly: false } }));\n";
    const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, log: () => undefined };

    function analyzer(): Analyzer {
      return new Analyzer(new SettingsCache(async () => ({}), () => undefined), new ProjectFacts(() => undefined, () => undefined), () => [], new Logger(quiet as never));
    }

    it('keeps the analysis when a new version has the text last analysed (a save or format that changed nothing), and redoes an edited one', async () => {
      const cache = analyzer();
      const uri = 'file:///srv/app/app.js';
      const first = await cache.analyzeDocument(TextDocument.create(uri, 'javascript', 1, insecure));
      assert.ok(first.findings.length > 0);
      const edited = await cache.analyzeDocument(TextDocument.create(uri, 'javascript', 2, insecure.replace('httpOnly: false', 'httpOnly: true')));
      assert.notEqual(edited.findings, first.findings, 'a changed text is analysed again');
      assert.ok(edited.findings.length < first.findings.length);
      const undone = await cache.analyzeDocument(TextDocument.create(uri, 'javascript', 3, insecure.replace('httpOnly: false', 'httpOnly: true')));
      assert.equal(undone.version, 3);
      assert.equal(undone.findings, edited.findings, 'the same text keeps its findings: no new analysis');
    });
  });

  describe('document memories', function () {
    it('are kept for the documents analysed last, the least recently analysed dropped first', () => {
      const memories = new DocumentMemories(3, 1_000);
      const a = memories.for('a', 10);
      memories.for('b', 10);
      memories.for('c', 10);
      assert.equal(memories.for('a', 10), a, 'the same document gets the same memory back');
      memories.for('d', 10);
      assert.deepEqual(memories.documents, ['c', 'a', 'd'], 'b was analysed longest ago');
      assert.notEqual(memories.for('b', 10), memories.for('e', 10));
      memories.forget('d');
      assert.deepEqual(memories.documents, ['b', 'e']);
    });

    it('dispose what they drop (a tree-sitter tree lives outside the JavaScript heap)', () => {
      const dropped: string[] = [];
      const slot = new MemorySlot<string>('test.tree', (uri) => dropped.push(uri));
      const memories = new DocumentMemories(1, 1_000);
      memories.for('a', 10).set(slot, 'a');
      memories.for('b', 10).set(slot, 'b');
      assert.deepEqual(dropped, ['a'], 'evicted');
      memories.forget('b');
      assert.deepEqual(dropped, ['a', 'b'], 'closed');
    });

    it('drop older documents when the texts grow over the size budget, but never the one being analysed', () => {
      const memories = new DocumentMemories(10, 1_000);
      memories.for('a', 400);
      memories.for('b', 400);
      memories.for('c', 300);
      assert.deepEqual(memories.documents, ['b', 'c'], 'a made way for c');
      memories.for('huge', 5_000);
      assert.deepEqual(memories.documents, ['huge'], 'a document over the budget alone still keeps its memory');
      memories.for('b', 10);
      assert.deepEqual(memories.documents, ['b'], 'and loses it to the next document analysed');
    });
  });
});
