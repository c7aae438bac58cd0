import * as fs from 'node:fs';
import * as path from 'node:path';
import { frontendFor } from '../frontends/registry';
import { languageOf } from '../language';
import { isTestFile } from '../testFiles';
import { commonAncestor, isInside, relativePosix, toPosix } from '../workspace/paths';
import { walkFiles } from '../workspace/walk';
import type { Notification } from './report';
import { UsageError } from './usageError';

export interface FileSelection {
  /** Absolute directory report paths are relative to: the current directory when every path is inside it. */
  readonly base: string;
  /** Absolute paths, sorted. */
  readonly files: string[];
  /** Test and fixture files left out (without `--include-tests`). */
  readonly skippedTestFiles: number;
  readonly notifications: Notification[];
}

export interface SelectOptions {
  readonly cwd: string;
  readonly includeTests: boolean;
  readonly ignorePatterns: readonly string[];
  readonly patternBase: string;
}

/** True for files some frontend reads (a language without a frontend yet is left out). */
export function isAnalysable(fileName: string): boolean {
  const language = languageOf(fileName);
  return language !== undefined && frontendFor(language) !== undefined;
}

/**
 * The files to analyse for the command-line paths. Directories are walked (.gitignore,
 * `ignorePatterns`); files named explicitly are taken as they are. Test and fixture files, judged
 * by their path relative to `base`, are left out unless `includeTests`.
 */
export async function selectFiles(paths: readonly string[], options: SelectOptions): Promise<FileSelection> {
  const directories: string[] = [];
  const explicitFiles: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`No such file or directory: ${given}`);
    }
    if (stat.isDirectory()) directories.push(absolute);
    else explicitFiles.push(absolute);
  }
  const containers = [...directories, ...explicitFiles.map((f) => path.dirname(f))];
  const base = containers.every((c) => isInside(options.cwd, c)) ? options.cwd : commonAncestor(containers);

  const walked = await walkFiles({ directories, includeFile: isAnalysable, ignorePatterns: options.ignorePatterns, patternBase: options.patternBase });
  const notifications: Notification[] = walked.problems.map((problem) => ({
    level: 'warning',
    kind: 'walk',
    file: toPosix(path.relative(base, problem.path)),
    message: problem.message.replace(problem.path, toPosix(path.relative(base, problem.path)) || '.'),
  }));
  const candidates = new Set([...walked.files, ...explicitFiles.filter(isAnalysable)]);
  let skippedTestFiles = 0;
  const files: string[] = [];
  for (const file of [...candidates].sort()) {
    if (!options.includeTests && isTestFile(relativePosix(base, file))) skippedTestFiles++;
    else files.push(file);
  }
  return { base, files, skippedTestFiles, notifications };
}
