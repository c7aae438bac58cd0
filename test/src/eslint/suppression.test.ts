import * as assert from 'node:assert/strict';
import { Linter } from 'eslint';
import { flatConfig } from './support/lint';

/**
 * In ESLint, ESLint applies its own `eslint-disable` comments and the engine applies sessionlint's.
 * The engine must not drop what an eslint-disable names: ESLint would then call the directive unused
 * (`reportUnusedDisableDirectives`, on by default since ESLint 9) and `--fix` would delete it.
 */
const SESSION = "const session = require('express-session');";
const INSECURE_LINE = 'app.use(session({ secret: process.env.S, cookie: { httpOnly: false } }));';

function lint(...lines: string[]): Linter.LintMessage[] {
  const config: Linter.Config[] = [...flatConfig({ parser: 'espree', preset: 'recommended' }), { linterOptions: { reportUnusedDisableDirectives: 'error' } }];
  return new Linter({ cwd: '/project' }).verify([SESSION, ...lines, ''].join('\n'), config, '/project/src/app.js');
}

const describeMessage = (m: Linter.LintMessage): string => `${m.line} ${m.ruleId ?? '<directive>'}: ${m.ruleId ? '' : m.message}`;

describe('ESLint plugin: suppression comments', () => {
  it('reports cookie-httponly when nothing suppresses it', () => {
    assert.ok(lint(INSECURE_LINE).some((m) => m.ruleId === 'sessionlint/cookie-httponly' && m.line === 2));
  });

  it('an eslint-disable-next-line naming the rule suppresses it and is not reported as unused', () => {
    const messages = lint('// eslint-disable-next-line sessionlint/cookie-httponly -- the widget reads it', INSECURE_LINE);
    assert.deepEqual(messages.filter((m) => m.ruleId === 'sessionlint/cookie-httponly' || m.ruleId === null).map(describeMessage), []);
  });

  it('a /* eslint-disable */ block naming the rule is used, not reported', () => {
    const messages = lint('/* eslint-disable sessionlint/cookie-httponly */', INSECURE_LINE, '/* eslint-enable sessionlint/cookie-httponly */');
    assert.deepEqual(messages.filter((m) => m.ruleId === 'sessionlint/cookie-httponly' || m.ruleId === null).map(describeMessage), []);
  });

  it('a sessionlint-disable-next-line comment suppresses it too', () => {
    const messages = lint('// sessionlint-disable-next-line cookie-httponly -- the widget reads it', INSECURE_LINE);
    assert.deepEqual(messages.filter((m) => m.ruleId === 'sessionlint/cookie-httponly' || m.ruleId === null).map(describeMessage), []);
  });

  it('an eslint-disable for a rule that does not fire there is reported unused, and the finding stays', () => {
    const messages = lint('// eslint-disable-next-line sessionlint/jwt-expiry', INSECURE_LINE);
    assert.ok(messages.some((m) => m.ruleId === 'sessionlint/cookie-httponly' && m.line === 3));
    assert.ok(messages.some((m) => m.ruleId === null && /Unused eslint-disable directive/.test(m.message)));
  });
});
