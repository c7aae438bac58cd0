import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/** sessionlint's own version, from its package.json (read as data; the file sits three levels above rules/dist/cli). */
export function toolVersion(): string {
  if (cached === undefined) {
    try {
      const manifest: unknown = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
      const version = typeof manifest === 'object' && manifest !== null ? (manifest as { version?: unknown }).version : undefined;
      cached = typeof version === 'string' ? version : '0.0.0';
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
