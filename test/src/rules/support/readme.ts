import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The examples of a rule README: a line `❌ Incorrect` or `✅ Correct` followed by a fenced code
 * block. The fence's language decides the file name the block is analysed under.
 */
export interface ReadmeExample {
  readonly kind: 'incorrect' | 'correct';
  /** The `### …` heading the example sits under (the library). */
  readonly section: string;
  readonly language: string;
  readonly code: string;
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
}

const MARKER = /^\s*(❌|✅)\s*(Incorrect|Correct)\b/;
const FENCE = /^\s*```\s*([\w.-]*)\s*$/;

export function readmeExamples(text: string): ReadmeExample[] {
  const lines = text.split(/\r?\n/);
  const examples: ReadmeExample[] = [];
  let section = '';
  let pending: ReadmeExample['kind'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      section = line.replace(/^#+\s*/, '');
      pending = undefined;
      continue;
    }
    const marker = MARKER.exec(line);
    if (marker) {
      pending = marker[1] === '❌' ? 'incorrect' : 'correct';
      continue;
    }
    const fence = FENCE.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (pending) examples.push({ kind: pending, section, language: fence[1] ?? '', code: `${body.join('\n')}\n`, line: start + 1 });
    pending = undefined;
  }
  return examples;
}

/** File names by fence language; a block in any other language cannot be checked. */
const FILE_NAMES: Readonly<Record<string, string>> = {
  js: 'example.js',
  javascript: 'example.js',
  jsx: 'example.jsx',
  mjs: 'example.mjs',
  cjs: 'example.cjs',
  ts: 'example.ts',
  typescript: 'example.ts',
  tsx: 'example.tsx',
  php: 'example.php',
  ini: 'php.ini',
  yaml: 'example.yaml',
  yml: 'example.yaml',
  apache: '.htaccess',
  htaccess: '.htaccess',
};

export function exampleFileName(language: string): string | undefined {
  return FILE_NAMES[language.toLowerCase()];
}

export function readRuleReadme(rulesSource: string, ruleId: string): string | undefined {
  const file = path.join(rulesSource, ruleId, 'README.md');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}
