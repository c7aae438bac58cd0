import * as assert from 'node:assert/strict';
import type { TextEdit } from '../../../../../rules/dist/model/edit';
import { applyEdits } from '../../../../../rules/dist/model/edit';
import type { CookieWriteFact, Fact, SecretFact, SessionConfigFact } from '../../../../../rules/dist/model/facts';
import type { ProjectContext } from '../../../../../rules/dist/model/project';
import type { TextRange } from '../../../../../rules/dist/model/range';
import type { Value } from '../../../../../rules/dist/model/value';
import { extractJsFacts } from '../../../../../rules/dist/frontends/js/index';
import { parseJs } from '../../../../../rules/dist/frontends/js/parse';

/** Helpers for JS frontend tests: extract facts from a snippet and assert their values and ranges. */

export interface SnippetOptions {
  readonly fileName?: string;
  readonly project?: ProjectContext;
}

export function factsOf(code: string, options: SnippetOptions = {}): Fact[] {
  const fileName = options.fileName ?? '/project/src/app.ts';
  const parsed = parseJs(code, fileName);
  assert.ok(parsed.program, `snippet does not parse: ${parsed.error}`);
  return extractJsFacts(parsed.program, code, fileName, options.project ?? { dependencies: {} });
}

export function sessionConfigs(code: string, options?: SnippetOptions): SessionConfigFact[] {
  return factsOf(code, options).filter((f): f is SessionConfigFact => f.kind === 'session-config');
}

export function cookieWrites(code: string, options?: SnippetOptions): CookieWriteFact[] {
  return factsOf(code, options).filter((f): f is CookieWriteFact => f.kind === 'cookie-write');
}

export function secretsOf(code: string, options?: SnippetOptions): SecretFact[] {
  return factsOf(code, options).filter((f): f is SecretFact => f.kind === 'secret');
}

/** The one fact of a list (fails when there are more or none). */
export function single<T>(facts: readonly T[]): T {
  assert.equal(facts.length, 1, `expected one fact, got ${facts.length}`);
  return facts[0]!;
}

export function textAt(code: string, range: TextRange | undefined): string | undefined {
  return range ? code.slice(range.start, range.end) : undefined;
}

function describeValue(value: Value<unknown> | undefined): string {
  return JSON.stringify(value);
}

/** Asserts a known value, and that its range covers `rangeText` when given. */
export function assertKnown<T>(code: string, value: Value<T> | undefined, expected: T, rangeText?: string): void {
  assert.ok(value?.kind === 'known', `expected known ${JSON.stringify(expected)}, got ${describeValue(value)}`);
  assert.deepEqual(value.value, expected);
  if (rangeText !== undefined) assert.equal(textAt(code, value.range), rangeText);
}

export function assertAbsent<T>(value: Value<T> | undefined, defaultValue: T | undefined): void {
  assert.ok(value?.kind === 'absent', `expected absent, got ${describeValue(value)}`);
  assert.deepEqual(value.default, defaultValue);
}

/** Asserts an env value; `candidates` compared as a set when given. */
export function assertEnv<T>(code: string, value: Value<T> | undefined, candidates?: readonly T[], rangeText?: string): void {
  assert.ok(value?.kind === 'env', `expected env, got ${describeValue(value)}`);
  if (candidates) assert.deepEqual(new Set(value.candidates), new Set(candidates));
  if (rangeText !== undefined) assert.equal(textAt(code, value.range), rangeText);
}

export function assertUnknown(value: Value<unknown> | undefined): void {
  assert.ok(value?.kind === 'unknown', `expected unknown, got ${describeValue(value)}`);
}

/** Applies edits, asserts the result still parses, and returns it. */
export function applyAndParse(code: string, edits: readonly TextEdit[] | undefined, fileName = '/project/src/app.ts'): string {
  assert.ok(edits && edits.length > 0, 'expected edits');
  const result = applyEdits(code, edits);
  const parsed = parseJs(result, fileName);
  assert.ok(parsed.program, `edited code does not parse: ${parsed.error}\n${result}`);
  return result;
}

/** A fake project whose readModule serves files from a map (relative to /project/src). */
export function projectWithModules(files: Readonly<Record<string, string>>): ProjectContext {
  return {
    dependencies: {},
    readModule(_from, specifier) {
      const key = specifier.replace(/^\.\//, '');
      for (const candidate of [key, `${key}.ts`, `${key}.js`]) {
        const text = files[candidate];
        if (text !== undefined) return { fileName: `/project/src/${candidate}`, text };
      }
      return undefined;
    },
  };
}
