import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleDocsUrl, type AnyRule } from './model/rule';

/**
 * A rule's documentation as shipped with the package, for reading offline (`sessionlint --explain`,
 * the editor's "Show documentation"). The rule READMEs stay where they are written,
 * `rules/src/rules/<id>/README.md` below the package root, in the repository and in the installed
 * package alike; the package root is the nearest directory above this compiled module whose
 * package.json is sessionlint's, so it is found from `rules/dist/` and from a bundle alike.
 */
const PACKAGE_NAME = 'sessionlint';

let root: string | null | undefined;

/** The sessionlint package's root directory, or undefined when this code runs outside it. */
export function packageRoot(): string | undefined {
  if (root === undefined) root = findPackageRoot(__dirname) ?? null;
  return root ?? undefined;
}

function findPackageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (manifest.name === PACKAGE_NAME) return dir;
    } catch {
      // No package.json here, or not JSON: look further up.
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The shipped README of a rule (an absolute path), when the package has it. */
export function shippedReadme(ruleId: string): string | undefined {
  const base = packageRoot();
  // Rule ids are folder names of lower-case words: nothing else may reach the file system.
  if (!base || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ruleId)) return undefined;
  const file = path.join(base, 'rules', 'src', 'rules', ruleId, 'README.md');
  return fs.existsSync(file) ? file : undefined;
}

/**
 * What `sessionlint --explain <rule>` prints: the shipped README, else (a package built without
 * the READMEs) what the rule's metadata says, with the address of the online copy either way.
 */
export function explainRule(rule: AnyRule): string {
  const { meta } = rule;
  const readme = shippedReadme(meta.id);
  const online = `Online: ${ruleDocsUrl(meta.id)}\n`;
  if (readme) {
    const text = fs.readFileSync(readme, 'utf8');
    return `${text.endsWith('\n') ? text : `${text}\n`}\n${online}`;
  }
  const references = meta.references.map((r) => `- ${r.title}: ${r.url}`).join('\n');
  return `# ${meta.id}\n\n> ${meta.description}.\n\n## Why\n\n${meta.rationale}\n\n## References\n\n${references}\n\n${online}`;
}
