import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES_SOURCE } from '../../support/paths';

/** Every rule folder (a folder of rules/src/rules holding a rule.ts), sorted. */
export function ruleFolderNames(): string[] {
  return fs
    .readdirSync(RULES_SOURCE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(RULES_SOURCE, entry.name, 'rule.ts')))
    .map((entry) => entry.name)
    .sort();
}
