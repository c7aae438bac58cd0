import * as assert from 'node:assert/strict';
import { activeRules, analyze } from '../../../rules/dist/engine';
import { LineIndex } from '../../../rules/dist/model/range';
import { dependsOnAtLeast, minimumVersion } from '../../../rules/dist/model/project';
import { applyEdits } from '../../../rules/dist/model/edit';
import { isTestFile } from '../../../rules/dist/testFiles';
import { languageOf } from '../../../rules/dist/language';

const INSECURE = `const session = require('express-session');
app.use(session({ secret: process.env.S, cookie: { httpOnly: false } }));
`;

describe('engine', () => {
  it('reports through the frontend, with the rule id, severity, range and fix', async () => {
    const result = await analyze(INSECURE, { fileName: 'app.js' });
    const finding = result.findings.find((f) => f.ruleId === 'cookie-httponly');
    assert.ok(finding);
    assert.equal(INSECURE.slice(finding.range.start, finding.range.end), 'httpOnly: false');
    assert.equal(finding.severity, 'error');
    assert.ok(finding.fix);
    assert.match(applyEdits(INSECURE, finding.fix.edits), /httpOnly: true/);
  });

  it('turns rules off and changes severity from settings', async () => {
    const off = await analyze(INSECURE, { fileName: 'app.js', settings: { rules: { 'cookie-httponly': 'off' } } });
    assert.equal(off.findings.filter((f) => f.ruleId === 'cookie-httponly').length, 0);
    const info = await analyze(INSECURE, { fileName: 'app.js', settings: { rules: { 'cookie-httponly': ['info', {}] } } });
    assert.equal(info.findings.find((f) => f.ruleId === 'cookie-httponly')?.severity, 'info');
  });

  it('honours suppression comments in every form', async () => {
    const nextLine = INSECURE.replace('app.use', '// sessionlint-disable-next-line cookie-httponly -- legacy client reads it\napp.use');
    assert.equal((await analyze(nextLine, { fileName: 'app.js' })).findings.filter((f) => f.ruleId === 'cookie-httponly').length, 0);
    const otherRule = INSECURE.replace('app.use', '// sessionlint-disable-next-line cookie-secure\napp.use');
    assert.equal((await analyze(otherRule, { fileName: 'app.js' })).findings.filter((f) => f.ruleId === 'cookie-httponly').length, 1);
    const block = `/* sessionlint-disable cookie-httponly */\n${INSECURE}/* sessionlint-enable cookie-httponly */\n${INSECURE.split('\n')[1]}\n`;
    const blockFindings = (await analyze(block, { fileName: 'app.js' })).findings.filter((f) => f.ruleId === 'cookie-httponly');
    assert.equal(blockFindings.length, 1, 'only the line after sessionlint-enable is reported');
  });

  it('downgrades or ignores test files by setting', async () => {
    const downgraded = await analyze(INSECURE, { fileName: '/p/test/app.test.js', settings: { testFiles: 'downgrade' } });
    assert.equal(downgraded.findings.find((f) => f.ruleId === 'cookie-httponly')?.severity, 'warn');
    const ignored = await analyze(INSECURE, { fileName: '/p/test/app.test.js', settings: { testFiles: 'ignore' } });
    assert.equal(ignored.findings.length, 0);
  });

  it('reports env-dependent values as info at most, and can ignore them', async () => {
    const envGated = INSECURE.replace('httpOnly: false', "httpOnly: process.env.NODE_ENV === 'production'");
    const finding = (await analyze(envGated, { fileName: 'app.js' })).findings.find((f) => f.ruleId === 'cookie-httponly');
    assert.equal(finding?.envDependent, true);
    assert.equal(finding?.severity, 'info');
    // The idiom of the express-session README, for Secure: info, whatever the rule's level.
    const readmeIdiom = INSECURE.replace('httpOnly: false', "secure: process.env.NODE_ENV !== 'development'");
    const secure = (await analyze(readmeIdiom, { fileName: 'app.js', settings: { rules: { 'cookie-secure': 'error' } } })).findings.find((f) => f.ruleId === 'cookie-secure');
    assert.deepEqual([secure?.envDependent, secure?.severity], [true, 'info']);
    const ignored = await analyze(envGated, { fileName: 'app.js', settings: { envDependent: 'ignore' } });
    assert.equal(ignored.findings.filter((f) => f.ruleId === 'cookie-httponly').length, 0);
  });

  it('leaves preference cookies written by browser script to the strict preset; credential-like names are reported in both', async () => {
    const script = "export function applyTheme(theme) {\n  document.cookie = 'theme=' + theme + '; path=/';\n}\nexport function remember(token) {\n  document.cookie = 'auth_token=' + token + '; path=/';\n}\n";
    const lines = async (preset: 'recommended' | 'strict'): Promise<number[]> =>
      (await analyze(script, { fileName: 'public/prefs.js', settings: { preset } })).findings.filter((f) => f.ruleId === 'cookie-samesite' || f.ruleId === 'cookie-secure').map((f) => script.slice(0, f.range.start).split('\n').length);
    assert.deepEqual([...new Set(await lines('recommended'))], [5]);
    assert.deepEqual([...new Set(await lines('strict'))], [2, 5]);
  });

  it('never throws on broken input and says why', async () => {
    const result = await analyze('const session = require("express-session"); app.use(session({ cookie: { ', { fileName: 'app.js' });
    assert.equal(result.findings.length, 0);
    assert.ok(result.parseError);
  });

  it('skips files of unknown languages and files the prefilter rules out', async () => {
    assert.equal((await analyze('x', { fileName: 'notes.txt' })).skipped, 'language');
    assert.equal((await analyze('export const x = 1;', { fileName: 'x.ts' })).skipped, 'prefilter');
  });

  it('presets decide the base levels', () => {
    assert.ok(activeRules({ preset: 'strict' }).length >= activeRules({ preset: 'recommended' }).length);
  });
});

describe('model helpers', () => {
  it('LineIndex maps offsets with LF, CRLF and CR line ends and UTF-16 columns', () => {
    const text = 'a\r\nb😀c\rd\ne';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 1, character: 3 });
    assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 2, character: 0 });
    assert.equal(index.offsetAt({ line: 3, character: 0 }), text.indexOf('e'));
    assert.equal(index.lineText(1), 'b😀c');
  });

  it('reads minimum versions from ranges', () => {
    assert.deepEqual(minimumVersion('^0.6.0'), [0, 6, 0]);
    assert.deepEqual(minimumVersion('~10.1'), [10, 1, 0]);
    assert.equal(minimumVersion('latest'), undefined);
    assert.equal(dependsOnAtLeast({ dependencies: { passport: '^0.6.0' } }, 'passport', '0.6.0'), true);
    assert.equal(dependsOnAtLeast({ dependencies: { passport: '0.5.3' } }, 'passport', '0.6.0'), false);
    assert.equal(dependsOnAtLeast({ dependencies: {} }, 'passport', '0.6.0'), undefined);
  });

  it('recognises test files and languages', () => {
    assert.equal(isTestFile('/repo/test/app.js'), true);
    assert.equal(isTestFile('src/auth.spec.ts'), true);
    assert.equal(isTestFile('/repo/src/app.js'), false);
    // Conventions of real projects beyond test/ and *.spec.*: the suites and helpers around the app.
    for (const helper of ['integration-tests/helpers/create-admin-user.ts', 'apps/api/e2e/auth.ts', 'test-app/src/app.e2e-spec.ts', 'spec/support/login.js', 'src/__mocks__/jwt.ts', 'benchmark/session.js', 'packages/server/benchmarks/cookies.mjs', 'vendor/symfony/http-foundation/Tests/Fixtures/cookie.php', 'cypress/support/e2e.ts', 'apps/web/src/login.cy.tsx', 'libs/testing/src/user.session.ts', 'frontend/src/test-utils/mock-session.ts']) {
      assert.equal(isTestFile(helper), true, helper);
    }
    // Names that only contain the words are app code.
    for (const app of ['src/specials/offer.ts', 'src/benchmarking-service/index.ts', 'src/e2e-encryption/session.ts', 'src/tests-api.ts', 'src/cypress-config/session.ts', 'src/fancy.cyan.ts', 'src/testing-ground/session.ts', 'src/ab-testing.ts']) {
      assert.equal(isTestFile(app), false, app);
    }
    assert.equal(languageOf('php.ini-production'), 'ini');
    assert.equal(languageOf('/x/.htaccess'), 'htaccess');
    assert.equal(languageOf('a.tsx'), 'js');
    assert.equal(languageOf('a.php', 'php'), 'php');
    // Declaration files hold types only: never analysed, whatever the editor calls them.
    assert.equal(languageOf('types/express-session.d.ts'), undefined);
    assert.equal(languageOf('lib/index.d.mts', 'typescript'), undefined);
    assert.equal(languageOf('src/ad.ts'), 'js');
  });

  it('skips declaration files, which no session code runs in', async () => {
    const text = "declare module 'express-session' {\n  interface SessionData { userId: string }\n}\nexport declare const secret = 'keyboard cat';\n";
    assert.equal((await analyze(text, { fileName: '/p/types/session.d.ts' })).skipped, 'language');
  });
});
