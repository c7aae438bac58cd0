import * as fs from 'node:fs';
import { encodeSource } from '../workspace/readText';

/**
 * Writes a fixed file back, unless that could lose something: the file changed on disk since it was
 * read (an editor saved it meanwhile), or its bytes were not UTF-8 (rewriting would replace them).
 * Returns 'written' or why not.
 */
export function writeFixedFile(absolutePath: string, originalBytes: Buffer, text: string, bom: boolean, validUtf8: boolean): 'written' | string {
  if (!validUtf8) return 'the file is not valid UTF-8, so rewriting it could change bytes the fix does not touch';
  try {
    const now = fs.readFileSync(absolutePath);
    if (!now.equals(originalBytes)) return 'the file changed on disk while it was analysed';
    fs.writeFileSync(absolutePath, encodeSource(text, bom));
    return 'written';
  } catch (error) {
    return `cannot write the file (${error instanceof Error ? error.message : String(error)})`;
  }
}
