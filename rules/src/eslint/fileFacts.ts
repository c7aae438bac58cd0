import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SourceCode } from 'eslint';
import type { SourceComment } from '../frontends/frontend';
import { extractJsFacts } from '../frontends/js';
import { mightContainJsFacts } from '../frontends/js/prefilter';
import type { Fact } from '../model/facts';
import type { ProjectContext } from '../model/project';
import type { FileInfo } from '../model/rule';
import { isTestFile } from '../testFiles';
import { projectFromDisk } from './diskProject';
import { warnOnce } from './warnings';

/** What every sessionlint rule needs from one file, computed once per file per lint pass. */
export interface FileFacts {
  readonly facts: readonly Fact[];
  readonly comments: readonly SourceComment[];
  readonly file: FileInfo;
  readonly project: ProjectContext;
}

/**
 * Keyed by ESLint's SourceCode object: ESLint makes one per file per pass (a `--fix` pass makes a
 * new one), so all sessionlint rules on a file share one extraction and nothing goes stale.
 * `null` records a file with nothing to look at, so it is not examined again by the next rule.
 */
const cache = new WeakMap<SourceCode, FileFacts | null>();

/** ESTree programs only: a rule enabled for a non-JS language (JSON, CSS, Markdown) sees nothing. */
function isEstreeProgram(ast: unknown): ast is TSESTree.Program {
  return typeof ast === 'object' && ast !== null && (ast as { type?: unknown }).type === 'Program' && Array.isArray((ast as { body?: unknown }).body);
}

function commentsOf(sourceCode: SourceCode): SourceComment[] {
  return sourceCode.getAllComments().map((comment) => ({
    range: { start: comment.range?.[0] ?? 0, end: comment.range?.[1] ?? 0 },
    text: comment.value,
  }));
}

/** Where the text comes from: the name ESLint reports, the file on disk behind it, and the project stated in settings. */
export interface LintedFile {
  readonly fileName: string;
  readonly physicalFilename: string;
  readonly settingsProject: ProjectContext;
  /** ESLint's working directory: projects read from disk are cached per directory for the run. */
  readonly cwd: string;
}

export function fileFacts(sourceCode: SourceCode, linted: LintedFile): FileFacts | undefined {
  const cached = cache.get(sourceCode);
  if (cached !== undefined) return cached ?? undefined;
  const computed = computeFileFacts(sourceCode, linted);
  cache.set(sourceCode, computed ?? null);
  return computed;
}

function computeFileFacts(sourceCode: SourceCode, linted: LintedFile): FileFacts | undefined {
  const { text } = sourceCode;
  const ast: unknown = sourceCode.ast;
  const { fileName } = linted;
  if (!isEstreeProgram(ast) || !mightContainJsFacts(text, fileName)) return undefined;
  const project = projectFromDisk(linted.physicalFilename, linted.settingsProject, linted.cwd);
  let facts: Fact[];
  try {
    // ESLint's AST (espree or @typescript-eslint/parser) is ESTree with ranges; the frontend walks it by visitor keys.
    facts = extractJsFacts(ast, text, fileName, project);
  } catch (error) {
    // A custom parser's AST the frontend does not understand must not crash the lint run.
    warnOnce(`could not analyse ${fileName}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const file: FileInfo = { fileName, languageId: 'js', isTestFile: isTestFile(fileName) };
  return { facts, comments: commentsOf(sourceCode), file, project };
}
