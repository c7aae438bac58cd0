import * as assert from 'node:assert/strict';
import { applyEdits, type TextEdit } from '../../../../../rules/dist/model/edit';
import type { CookieWriteFact, Fact, SessionConfigFact } from '../../../../../rules/dist/model/facts';
import type { ProjectContext } from '../../../../../rules/dist/model/project';
import type { TextRange } from '../../../../../rules/dist/model/range';
import type { Value } from '../../../../../rules/dist/model/value';
import type { Frontend, FrontendOutput } from '../../../../../rules/dist/frontends/frontend';
import { htaccessFrontend, iniFrontend } from '../../../../../rules/dist/frontends/ini/index';
import { phpFrontend } from '../../../../../rules/dist/frontends/php/index';
import { phpParser } from '../../../../../rules/dist/frontends/php/grammar';
import { yamlFrontend } from '../../../../../rules/dist/frontends/yaml/index';

/** Helpers for the PHP, ini and YAML frontend tests: facts of a snippet, value assertions, edits that must parse. */

export const EMPTY: ProjectContext = { dependencies: {} };

/** Loads the grammar once for the whole run (mocha root hook style: call in a `before`). */
export function loadGrammar(): Promise<void> {
  return phpParser.load();
}

function run(frontend: Frontend, text: string, fileName: string, project: ProjectContext): FrontendOutput {
  return frontend.analyze({ text, fileName, project });
}

export function phpOutput(code: string, fileName = '/project/src/index.php', project: ProjectContext = EMPTY): FrontendOutput {
  return run(phpFrontend, code, fileName, project);
}

export function phpFacts(code: string, fileName?: string, project?: ProjectContext): Fact[] {
  return [...phpOutput(code, fileName, project).facts];
}

export function iniFacts(text: string): Fact[] {
  return [...run(iniFrontend, text, '/project/php.ini', EMPTY).facts];
}

export function htaccessFacts(text: string): Fact[] {
  return [...run(htaccessFrontend, text, '/project/public/.htaccess', EMPTY).facts];
}

export function yamlFacts(text: string, project: ProjectContext = EMPTY): Fact[] {
  return [...run(yamlFrontend, text, '/project/config/packages/framework.yaml', project).facts];
}

export function sessions(facts: readonly Fact[]): SessionConfigFact[] {
  return facts.filter((f): f is SessionConfigFact => f.kind === 'session-config');
}

export function writes(facts: readonly Fact[]): CookieWriteFact[] {
  return facts.filter((f): f is CookieWriteFact => f.kind === 'cookie-write');
}

export function single<T>(facts: readonly T[]): T {
  assert.equal(facts.length, 1, `expected one fact, got ${facts.length}`);
  return facts[0]!;
}

export function textAt(code: string, range: TextRange | undefined): string | undefined {
  return range ? code.slice(range.start, range.end) : undefined;
}

export function assertKnown<T>(code: string, value: Value<T> | undefined, expected: T, rangeText?: string): void {
  assert.ok(value?.kind === 'known', `expected known ${JSON.stringify(expected)}, got ${JSON.stringify(value)}`);
  assert.deepEqual(value.value, expected);
  if (rangeText !== undefined) assert.equal(textAt(code, value.range), rangeText);
}

export function assertAbsent<T>(value: Value<T> | undefined, defaultValue: T | undefined): void {
  assert.ok(value?.kind === 'absent', `expected absent, got ${JSON.stringify(value)}`);
  assert.deepEqual(value.default, defaultValue);
}

export function assertEnv<T>(value: Value<T> | undefined, candidates?: readonly T[], fallback?: T): void {
  assert.ok(value?.kind === 'env', `expected env, got ${JSON.stringify(value)}`);
  if (candidates) assert.deepEqual(new Set(value.candidates), new Set(candidates));
  if (fallback !== undefined) assert.deepEqual(value.fallback?.value, fallback);
}

export function assertUnknown(value: Value<unknown> | undefined): void {
  assert.ok(value?.kind === 'unknown', `expected unknown, got ${JSON.stringify(value)}`);
}

/** Counts ERROR and MISSING nodes: a fix must not add any. */
export function syntaxErrors(code: string): number {
  const tree = phpParser.parse(code);
  try {
    let count = 0;
    const cursor = tree.rootNode.walk();
    let descending = true;
    for (;;) {
      if (descending && (cursor.nodeType === 'ERROR' || cursor.nodeIsMissing)) count++;
      if (descending && cursor.gotoFirstChild()) continue;
      if (cursor.gotoNextSibling()) {
        descending = true;
        continue;
      }
      if (!cursor.gotoParent()) break;
      descending = false;
    }
    cursor.delete();
    return count;
  } finally {
    tree.delete();
  }
}

/** Applies edits to PHP code and asserts the result parses with no more syntax errors than before. */
export function applyPhp(code: string, edits: readonly TextEdit[] | undefined): string {
  assert.ok(edits && edits.length > 0, 'expected edits');
  const result = applyEdits(code, edits);
  assert.ok(syntaxErrors(result) <= syntaxErrors(code), `the edit breaks the code:\n${result}`);
  return result;
}
