import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAnnotations } from '../support/fixtures';
import { REPO_ROOT } from '../support/paths';

/**
 * Multi-file fixture apps (test/apps/<family>/<app>/): small realistic applications whose session,
 * routers, controllers and lockfile sit in separate files. `// expect: <rule>` and `// ok: <rule>`
 * annotate lines in any of their files, as in rule fixtures. Each insecure app has a secure twin
 * (`<app>-secure`) that differs only where the defence goes.
 */
export const APPS_ROOT = path.join(REPO_ROOT, 'test', 'apps');

/** The rules judged on the application as a whole. */
export const APP_RULES = ['csrf', 'session-regenerate-on-login', 'session-destroy-on-logout', 'login-rate-limit'];

export interface FixtureApp {
  readonly name: string;
  readonly directory: string;
  /** Source files, relative to the app, with forward slashes. */
  readonly sources: readonly string[];
  /** `file:line:rule` (1-based lines) of every expected finding of {@link APP_RULES}. */
  readonly expected: readonly string[];
}

/** The files of a JS/TS app that the faces analyse. */
export const JS_SOURCES = /\.(js|mjs|cjs|ts|mts|cts)$/;
/** The files of a PHP app that the faces analyse: PHP, and the YAML and ini config beside it. */
export const PHP_SOURCES = /\.(php|ya?ml|ini)$|(^|\/)\.htaccess$/;

function listFiles(directory: string, base = directory): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

export function loadFixtureApps(family: string, sourcePattern: RegExp = JS_SOURCES): FixtureApp[] {
  const root = path.join(APPS_ROOT, family);
  return fs
    .readdirSync(root)
    .sort()
    .map((name) => {
      const directory = path.join(root, name);
      const sources = listFiles(directory).filter((f) => sourcePattern.test(f)).sort();
      const expected: string[] = [];
      for (const file of sources) {
        for (const annotation of parseAnnotations(fs.readFileSync(path.join(directory, file), 'utf8'))) {
          if (annotation.kind !== 'expect') continue;
          for (const rule of annotation.ruleIds) expected.push(`${file}:${annotation.targetLine + 1}:${rule}`);
        }
      }
      return { name, directory, sources, expected: expected.sort() };
    });
}

/** At least 10 apps, each insecure one with a secure twin; insecure apps expect findings, secure twins none. */
export function assertTwins(apps: readonly FixtureApp[]): void {
  const insecure = apps.filter((a) => !a.name.endsWith('-secure'));
  assert.ok(insecure.length >= 10, `${insecure.length} insecure apps`);
  for (const app of insecure) assert.ok(apps.some((a) => a.name === `${app.name}-secure`), `${app.name} has a secure twin`);
  for (const app of apps) assert.equal(app.expected.length > 0, !app.name.endsWith('-secure'), `${app.name}: insecure apps expect findings, secure twins none`);
}

/** A copy of the app outside the repository (whose test folders the CLI skips by default); removed with {@link removeCopy}. */
export function copyApp(app: FixtureApp): string {
  const target = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `sessionlint-app-${app.name}-`)));
  fs.cpSync(app.directory, target, { recursive: true });
  return target;
}

export function removeCopy(directory: string): void {
  fs.rmSync(directory, { recursive: true, force: true });
}
