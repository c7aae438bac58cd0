import * as path from 'node:path';

/**
 * php-fpm pool files (`pool.d/www.conf`, `php-fpm.d/*.conf`, `php-fpm.conf`) are read by PHP's ini
 * parser and pass php.ini settings to a pool's workers as `php_value[name] = value`,
 * `php_flag[name] = on`, and the `php_admin_*` forms that scripts cannot override with ini_set().
 * https://www.php.net/manual/en/install.fpm.configuration.php
 */
const POOL_DIRECTIVE = /^(php_(?:admin_)?(?:value|flag))\[\s*([^\]\s]+)\s*\]$/i;

/** Where php-fpm keeps its pool files on Debian/Ubuntu, RHEL, Alpine, Homebrew and the official Docker images. */
const POOL_FOLDERS = new Set(['pool.d', 'php-fpm.d']);

/** A php.ini setting as an ini-style file writes it: directly, or wrapped in a php-fpm pool directive. */
export interface IniSettingKey {
  /** The php.ini name, e.g. `session.cookie_secure`. */
  readonly name: string;
  /** `php_admin_value` and the like, when a pool directive wraps the setting. */
  readonly poolDirective: string | undefined;
}

/** `session.cookie_secure` → itself; `php_admin_value[session.cookie_secure]` → the setting it wraps. */
export function iniSettingKey(key: string): IniSettingKey {
  const match = POOL_DIRECTIVE.exec(key);
  return match ? { name: match[2]!, poolDirective: match[1]! } : { name: key, poolDirective: undefined };
}

/** True for a php-fpm configuration file: `.conf` is too common a suffix (nginx, Apache) to take them all. */
export function isFpmPoolFile(fileName: string): boolean {
  const normalized = fileName.replace(/\\/g, '/');
  const base = path.posix.basename(normalized).toLowerCase();
  if (!base.endsWith('.conf')) return false;
  if (base === 'php-fpm.conf' || base === 'www.conf') return true;
  return POOL_FOLDERS.has(path.posix.basename(path.posix.dirname(normalized)).toLowerCase());
}

/** The pool directive for a new line, in the admin-ness of the file's last one: `php_admin_flag` for booleans. */
export function poolDirectiveFor(last: string, boolean: boolean): string {
  return `php_${/admin/i.test(last) ? 'admin_' : ''}${boolean ? 'flag' : 'value'}`;
}
