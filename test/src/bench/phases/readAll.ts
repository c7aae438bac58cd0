import { elapsedMs, readFileList, readText, report } from './fileList';

/** Baseline: read and decode every file, nothing else. */
const files = readFileList(process.argv[2]);
const start = process.hrtime.bigint();
let bytes = 0;
let characters = 0;
for (const file of files) {
  const read = readText(file);
  bytes += read.bytes;
  characters += read.text.length;
}
report({ files: files.length, bytes, characters, ms: elapsedMs(start) });
