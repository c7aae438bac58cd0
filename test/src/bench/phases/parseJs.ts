import { parseJs } from '../../../../rules/dist/frontends/js/parse';
import { elapsedMs, readFileList, readText, report } from './fileList';

/** typescript-estree alone, with the engine's parse options, on every file of the list. */
const files = readFileList(process.argv[2]);
const start = process.hrtime.bigint();
let bytes = 0;
let errors = 0;
for (const file of files) {
  const read = readText(file);
  bytes += read.bytes;
  if (!parseJs(read.text, file).program) errors++;
}
report({ files: files.length, bytes, errors, ms: elapsedMs(start) });
