/**
 * Preloaded into a language server under test (`node --require countReads.js`): writes one line to
 * stderr for every file the server opens for reading, so a test can count what an edit reads.
 */
import fs = require('node:fs');
import { READ_MARK } from './readMark';

const openSync = fs.openSync;
const readFileSync = fs.readFileSync;

function report(file: unknown): void {
  if (typeof file === 'string') process.stderr.write(`${READ_MARK}${file}\n`);
}

fs.openSync = function (this: unknown, ...args: Parameters<typeof fs.openSync>) {
  const flags = args[1];
  if (flags === undefined || flags === 'r' || flags === fs.constants.O_RDONLY || (typeof flags === 'number' && (flags & 3) === 0)) report(args[0]);
  return openSync.apply(this, args);
} as typeof fs.openSync;

fs.readFileSync = function (this: unknown, ...args: Parameters<typeof fs.readFileSync>) {
  report(args[0]);
  return readFileSync.apply(this, args);
} as typeof fs.readFileSync;
