import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';

/**
 * Every regular expression in the project's own code, found by parsing the sources (a regex over
 * source code would miss some and invent others): regex literals, and `new RegExp(…)` /
 * `RegExp(…)` calls. A pattern built from a template has each `${…}` replaced by a letter, which
 * is what the interpolated names are (the checker then judges the shape around them); any other
 * dynamic pattern is returned as such, for the test to refuse.
 */
export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  readonly pattern: string;
  readonly flags: string;
  /** True when the pattern came from a template literal with interpolations. */
  readonly templated: boolean;
}

export interface DynamicRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'fixtures']);

export function sourceFiles(roots: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (directory: string): void => {
    if (!fs.existsSync(directory)) return;
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) visit(full);
      } else if (/\.(?:ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(full);
      }
    }
  };
  for (const root of roots) visit(root);
  return files.sort();
}

function isRegExpConstructor(node: TSESTree.Node): node is TSESTree.NewExpression | TSESTree.CallExpression {
  return (node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee.type === 'Identifier' && node.callee.name === 'RegExp';
}

function staticString(node: TSESTree.Node | undefined): { value: string; templated: boolean } | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return { value: node.value, templated: false };
  if (node.type === 'TemplateLiteral') {
    const cooked = node.quasis.map((q) => q.value.cooked);
    if (cooked.some((c) => c === null)) return undefined;
    return { value: cooked.join('a'), templated: node.expressions.length > 0 };
  }
  return undefined;
}

export function collectRegexes(files: readonly string[], relativeTo: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const program = parse(text, { range: true, loc: true, jsx: file.endsWith('x'), comment: false });
    const name = path.relative(relativeTo, file).split(path.sep).join('/');
    simpleTraverse(program, {
      enter(node) {
        if (node.type === 'Literal' && 'regex' in node && node.regex) {
          found.push({ file: name, line: node.loc.start.line, pattern: node.regex.pattern, flags: node.regex.flags, templated: false });
        } else if (isRegExpConstructor(node)) {
          const [patternArgument, flagsArgument] = node.arguments;
          const pattern = staticString(patternArgument);
          const flags = flagsArgument === undefined ? { value: '', templated: false } : staticString(flagsArgument);
          if (pattern && flags && !flags.templated) found.push({ file: name, line: node.loc.start.line, pattern: pattern.value, flags: flags.value, templated: pattern.templated });
          else dynamic.push({ file: name, line: node.loc.start.line, source: text.slice(node.range[0], node.range[1]) });
        }
      },
    });
  }
  return { found, dynamic };
}
