import * as fs from 'node:fs';
import { describeError } from './problems';

/** Files above this size are not analysed: no hand-written session setup is that large. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export type SourceRead =
  | {
      readonly ok: true;
      /** The text without a byte-order mark: offsets match what an editor shows. */
      readonly text: string;
      /** The bytes as read, to detect a change on disk before writing a fix back (unless `keepBytes: false`). */
      readonly bytes?: Buffer;
      /** The file's size in bytes. */
      readonly byteLength: number;
      readonly bom: boolean;
      /** False when the bytes are not valid UTF-8 (the text then holds U+FFFD); such files are never rewritten. */
      readonly validUtf8: boolean;
    }
  | { readonly ok: false; readonly reason: 'unreadable' | 'too-large' | 'binary'; readonly message: string };

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Files are read into one reused buffer: a project scan reads thousands of files, most only to find
 * that they need no analysis, and a buffer per file is garbage the collector must chase.
 */
const SCRATCH_BYTES = 1024 * 1024;
let scratch: Buffer | undefined;

export interface ReadOptions {
  /**
   * Keep a copy of the bytes (`bytes`), to write a fix back only over an unchanged file. Default
   * true; a scan that only needs the text says false.
   */
  readonly keepBytes?: boolean;
}

/** Reads a source file as text; says why when it cannot or should not (too large, binary). Never throws. */
export function readSourceFile(fileName: string, maxBytes: number = MAX_SOURCE_BYTES, options: ReadOptions = {}): SourceRead {
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
      bytes = readAll(fd, size);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `cannot read file (${describeError(error)})` };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: 'too-large', message: `file is larger than ${Math.round(maxBytes / 1024)} KiB` };
  // The scratch buffer is reused by the next read: bytes kept are copied out of it (a large file's own buffer is kept as it is).
  const kept = options.keepBytes === false ? undefined : bytes.buffer === scratch?.buffer ? Buffer.from(bytes) : bytes;
  const byteLength = bytes.length;
  // UTF-16 (what Windows tools such as PowerShell's `>` write) is text full of NUL bytes: its BOM says so.
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      // Never rewritten (validUtf8: false): --fix writes UTF-8 only.
      return { ok: true, text: new TextDecoder(utf16, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(2)), bytes: kept, byteLength, bom: true, validUtf8: false };
    } catch {
      return { ok: false, reason: 'binary', message: `${utf16.toUpperCase()} file that this Node.js cannot decode` };
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: strictDecoder.decode(body), bytes: kept, byteLength, bom, validUtf8: true };
  } catch {
    return { ok: true, text: lenientDecoder.decode(body), bytes: kept, byteLength, bom, validUtf8: false };
  }
}

/**
 * The file's bytes: into the shared scratch buffer when they fit (valid until the next read), else
 * into a buffer of their own. The size fstat gave is read, as readFileSync does; a file that says 0
 * (a /proc file, a pipe-like file system) is read to its end.
 */
function readAll(fd: number, size: number): Buffer {
  let buffer = size < SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : Buffer.allocUnsafe(size);
  let length = 0;
  while (size === 0 || length < size) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = fs.readSync(fd, buffer, length, (size === 0 ? buffer.length : size) - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
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
