import { phpParser } from '../../../../rules/dist/frontends/php/grammar';
import { elapsedMs, readFileList, readText, report } from './fileList';

/** tree-sitter-php (WebAssembly) alone: load the grammar once, parse every file of the list. */
async function main(): Promise<void> {
  const files = readFileList(process.argv[2]);
  const start = process.hrtime.bigint();
  await phpParser.load();
  const loadMs = elapsedMs(start);
  let bytes = 0;
  let withErrors = 0;
  for (const file of files) {
    const read = readText(file);
    bytes += read.bytes;
    const tree = phpParser.parse(read.text);
    if (tree.rootNode.hasError) withErrors++;
    tree.delete();
  }
  report({ files: files.length, bytes, withErrors, loadMs, ms: elapsedMs(start) });
}

void main();
