import * as fs from 'node:fs';
import { describeError } from './problems';

/** Files above this size are not analysed: no hand-written session setup is that large. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export type SourceRead =
  | {
      readonly ok: true;
      /** The text without a byte-order mark: offsets match what an editor shows. */
      readonly text: string;
      /** The bytes as read, to detect a change on disk before writing a fix back. */
      readonly bytes: Buffer;
      readonly bom: boolean;
      /** False when the bytes are not valid UTF-8 (the text then holds U+FFFD); such files are never rewritten. */
      readonly validUtf8: boolean;
    }
  | { readonly ok: false; readonly reason: 'unreadable' | 'too-large' | 'binary'; readonly message: string };

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Reads a source file as text; says why when it cannot or should not (too large, binary). Never throws. */
export function readSourceFile(fileName: string, maxBytes: number = MAX_SOURCE_BYTES): SourceRead {
  let bytes: Buffer;
  try {
    // Opened first and asked with fstat (one path lookup per file, not two: this runs on every file
    // of a project). Non-blocking, so that opening a FIFO does not wait for a writer.
    const fd = fs.openSync(fileName, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const stat = fs.fstatSync(fd);
      // A FIFO or device would block or never end; a directory cannot be read.
      if (!stat.isFile()) return { ok: false, reason: 'unreadable', message: stat.isDirectory() ? 'cannot read file (it is a directory)' : 'not a regular file' };
      const size = stat.size;
      if (size > maxBytes) return { ok: false, reason: 'too-large', message: `file is larger than ${Math.round(maxBytes / 1024)} KiB (${size} bytes)` };
      bytes = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `cannot read file (${describeError(error)})` };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: 'too-large', message: `file is larger than ${Math.round(maxBytes / 1024)} KiB` };
  // UTF-16 (what Windows tools such as PowerShell's `>` write) is text full of NUL bytes: its BOM says so.
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      // Never rewritten (validUtf8: false): --fix writes UTF-8 only.
      return { ok: true, text: new TextDecoder(utf16, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(2)), bytes, bom: true, validUtf8: false };
    } catch {
      return { ok: false, reason: 'binary', message: `${utf16.toUpperCase()} file that this Node.js cannot decode` };
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: strictDecoder.decode(body), bytes, bom, validUtf8: true };
  } catch {
    return { ok: true, text: lenientDecoder.decode(body), bytes, bom, validUtf8: false };
  }
}

function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A NUL byte in the first 8 KiB: what git and grep take as the sign of a binary file. */
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** The bytes to write for a text read with {@link readSourceFile}: its byte-order mark kept. */
export function encodeSource(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
