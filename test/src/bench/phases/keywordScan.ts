import { frontendFor } from '../../../../rules/dist/frontends/registry';
import { languageOf } from '../../../../rules/dist/language';
import { elapsedMs, readFileList, readText, report, writeFileList } from './fileList';

/**
 * Read every file and run its frontend's prefilter (the keyword scan): which files sessionlint
 * would parse at all. Writes the files that pass to the list file given as the second argument.
 */
const files = readFileList(process.argv[2]);
const passedList = process.argv[3];
const start = process.hrtime.bigint();
const passed: string[] = [];
const byLanguage: Record<string, { files: number; passed: number; bytes: number; passedBytes: number }> = {};
for (const file of files) {
  const language = languageOf(file);
  const frontend = language && frontendFor(language);
  if (!language || !frontend) continue;
  const { text, bytes } = readText(file);
  const counts = (byLanguage[language] ??= { files: 0, passed: 0, bytes: 0, passedBytes: 0 });
  counts.files++;
  counts.bytes += bytes;
  if (frontend.mightContainFacts(text, file)) {
    counts.passed++;
    counts.passedBytes += bytes;
    passed.push(file);
  }
}
const ms = elapsedMs(start);
if (passedList) writeFileList(passedList, passed);
report({ files: files.length, passed: passed.length, byLanguage, ms });
