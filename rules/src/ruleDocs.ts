import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleDocsUrl, type AnyRule } from './model/rule';
import { packageRoot } from './runtime/packageRoot';

/**
 * A rule's documentation as shipped with the package, for reading offline (`sessionlint --explain`,
 * the editor's "Show documentation"). The rule READMEs stay where they are written,
 * `rules/src/rules/<id>/README.md` below the package root, in the repository and in the installed
 * package alike, found from the package root (runtime/packageRoot.ts) in both layouts. Returns the
 * shipped README of a rule (an absolute path), when the package has it.
 */
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
