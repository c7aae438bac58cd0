import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectContext } from '../../../rules/dist/model/project';
import { RULES_SOURCE } from './paths';

/**
 * Fixture files live in rules/src/rules/<rule-id>/fixtures/. A line `// expect: <id>[, <id>]`
 * (`#` in PHP, YAML and .htaccess, `;` in ini) says the next code line must have a finding of each
 * id; `// ok: <id>` says it must have none. Every other line must have no finding of the ids the
 * file annotates. `<fixture>.project.json` beside a fixture gives its project (dependency versions).
 */
export interface Annotation {
  readonly kind: 'expect' | 'ok';
  readonly ruleIds: readonly string[];
  /** 0-based line of the code the annotation is about. */
  readonly targetLine: number;
  readonly annotationLine: number;
}

export interface Fixture {
  readonly ruleId: string;
  readonly path: string;
  /** The name the fixture is analysed under: its own name, outside any test folder. */
  readonly virtualFileName: string;
  readonly text: string;
  readonly annotations: readonly Annotation[];
  readonly project: ProjectContext;
}

const ANNOTATION = /^\s*(?:\/\/|#|;|<!--|\/\*)\s*(expect|ok):\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/;

function isCodeLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !ANNOTATION.test(line);
}

export function parseAnnotations(text: string): Annotation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const annotations: Annotation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ANNOTATION.exec(lines[i]!);
    if (!match) continue;
    let target = i + 1;
    while (target < lines.length && !isCodeLine(lines[target]!)) target++;
    annotations.push({ kind: match[1] as 'expect' | 'ok', ruleIds: match[2]!.split(',').map((s) => s.trim()), targetLine: target, annotationLine: i });
  }
  return annotations;
}

export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const ruleId of fs.readdirSync(RULES_SOURCE).sort()) {
    const dir = path.join(RULES_SOURCE, ruleId, 'fixtures');
    if (!fs.existsSync(dir)) continue;
    for (const file of listFiles(dir)) {
      if (file.endsWith('.project.json')) continue;
      const text = fs.readFileSync(file, 'utf8');
      const projectFile = `${file}.project.json`;
      const project: ProjectContext = fs.existsSync(projectFile) ? JSON.parse(fs.readFileSync(projectFile, 'utf8')) : { dependencies: {} };
      const relative = path.relative(dir, file).split(path.sep).join('/');
      fixtures.push({ ruleId, path: file, virtualFileName: `/project/src/${relative}`, text, annotations: parseAnnotations(text), project });
    }
  }
  return fixtures;
}

/** Every file under `dir`, in a stable order. */
export function listFiles(dir: string): string[] {
  const result: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) result.push(...listFiles(full));
    else result.push(full);
  }
  return result;
}

/** The rule ids a fixture makes claims about: its folder's rule and every annotated id. */
export function claimedRuleIds(fixture: Fixture): Set<string> {
  const ids = new Set<string>([fixture.ruleId]);
  for (const annotation of fixture.annotations) for (const id of annotation.ruleIds) ids.add(id);
  return ids;
}
