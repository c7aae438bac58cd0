import * as path from 'node:path';
import type { LanguageKind } from './frontends/frontend';
import { isFpmPoolFile } from './frontends/ini/fpmPool';

/** `.vue`: the JS frontend reads a component's <script> blocks. */
const JS_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.vue']);
const PHP_EXTENSIONS = new Set(['.php', '.phtml', '.inc']);

const DECLARATION_FILE = /\.d\.[cm]?ts$/;

const LANGUAGE_IDS: Readonly<Record<string, LanguageKind>> = {
  javascript: 'js',
  javascriptreact: 'js',
  typescript: 'js',
  typescriptreact: 'js',
  vue: 'js',
  php: 'php',
  ini: 'ini',
  properties: 'ini',
  yaml: 'yaml',
};

/**
 * Which frontend reads a file, from its editor language id when there is one, else from its name.
 * php.ini-style files are recognised by name (php.ini, php.ini-production, .user.ini, any *.ini) and
 * php-fpm pool files by their folder (pool.d/*.conf, php-fpm.d/*.conf) or name (php-fpm.conf, www.conf).
 */
export function languageOf(fileName: string, languageId?: string): LanguageKind | undefined {
  const base = path.basename(fileName).toLowerCase();
  // Declaration files (.d.ts) hold types only: nothing in them runs, so nothing can be insecure.
  if (DECLARATION_FILE.test(base)) return undefined;
  if (base === '.htaccess') return 'htaccess';
  if (languageId && LANGUAGE_IDS[languageId]) return LANGUAGE_IDS[languageId];
  const ext = path.extname(base);
  if (JS_EXTENSIONS.has(ext)) return 'js';
  if (PHP_EXTENSIONS.has(ext)) return 'php';
  if (base === '.user.ini' || base.startsWith('php.ini') || ext === '.ini' || isFpmPoolFile(fileName)) return 'ini';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}
