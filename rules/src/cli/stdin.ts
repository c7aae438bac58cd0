import * as path from 'node:path';
import { ProjectLoader } from '../workspace/project';
import { isInside } from '../workspace/paths';
import { analyzeFile, projectNotification, type AnalysisOutput, type AnalysisSetup } from './analyzeFiles';
import type { Notification } from './report';

/** The name a text from standard input has without `--stdin-filename`: JavaScript, as in ESLint. */
export const DEFAULT_STDIN_NAME = '<stdin>.js';

export interface StdinAnalysis extends AnalysisOutput {
  /** The directory the report path is relative to. */
  readonly base: string;
}

/**
 * `--stdin`: one text (from an editor, a pre-commit hook, a pipe) analysed as if it were the file
 * `--stdin-filename` names. That name decides the language, the report path, the test-file policy
 * and the project around it (nearest package.json, the modules it imports, read from disk); the
 * file itself need not exist. Never written: `--fix` with `--stdin` is a usage error.
 */
export async function analyzeStdin(text: string, stdinFilename: string | undefined, cwd: string, setup: Omit<AnalysisSetup, 'base' | 'fix'>): Promise<StdinAnalysis> {
  const absolute = path.resolve(cwd, stdinFilename ?? DEFAULT_STDIN_NAME);
  // Paths in the report are relative to the current directory, as for files; a name outside it is shown from its own directory.
  const base = isInside(cwd, absolute) ? cwd : path.dirname(absolute);
  const notifications: Notification[] = [];
  const project = new ProjectLoader({ baseDir: base, onProblem: (problem) => notifications.push(projectNotification(base, problem)) });
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const read = { ok: true as const, text: withoutBom, byteLength: Buffer.byteLength(text), bom: withoutBom !== text, validUtf8: true };
  const report = await analyzeFile(absolute, { ...setup, base, fix: false }, project, read);
  return { base, files: [report], notifications };
}
