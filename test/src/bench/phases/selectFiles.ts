import * as fs from 'node:fs';
import { selectFiles } from '../../../../rules/dist/cli/files';
import { languageOf } from '../../../../rules/dist/language';
import { report, writeFileList } from './fileList';

/**
 * The files the CLI would check below some directories, chosen by the CLI's own walk (.gitignore,
 * test and fixture files left out as by default): `node selectFiles.js <cwd> <out-list> <dir>...`.
 * Prints the counts and bytes by language.
 */
async function main(): Promise<void> {
  const [cwd, outList, ...directories] = process.argv.slice(2);
  if (!cwd || !outList || directories.length === 0) throw new Error('usage: node selectFiles.js <cwd> <out-list> <dir>...');
  const selection = await selectFiles(directories, { cwd, includeTests: false, ignorePatterns: [], patternBase: cwd });
  const byLanguage: Record<string, { files: number; bytes: number }> = {};
  for (const file of selection.files) {
    const counts = (byLanguage[languageOf(file) ?? 'other'] ??= { files: 0, bytes: 0 });
    counts.files++;
    counts.bytes += fs.statSync(file).size;
  }
  writeFileList(outList, selection.files);
  report({ files: selection.files.length, skippedTestFiles: selection.skippedTestFiles, byLanguage });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
