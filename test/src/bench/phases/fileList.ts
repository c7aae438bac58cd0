import * as fs from 'node:fs';

/** Phase scripts get their files as a list file (one absolute path a line): command lines are too short for thousands. */
export function readFileList(listFile: string | undefined): string[] {
  if (!listFile) throw new Error('usage: node <phase>.js <file-list>');
  return fs.readFileSync(listFile, 'utf8').split('\n').filter((line) => line !== '');
}

export function writeFileList(listFile: string, files: readonly string[]): void {
  fs.writeFileSync(listFile, files.join('\n') + '\n');
}

/** Prints a phase's result as the last line of output, where the runner reads it. */
export function report(result: object): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Reads a file the way the CLI does (bytes, then UTF-8 decoding). */
export function readText(file: string): { text: string; bytes: number } {
  const bytes = fs.readFileSync(file);
  return { text: decoder.decode(bytes), bytes: bytes.length };
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
