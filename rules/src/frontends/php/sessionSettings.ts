import type { OptionKey } from '../../model/edit';
import type { CookieAttributes, SessionOptions } from '../../model/facts';
import { dependsOnAtLeast, type ProjectContext } from '../../model/project';
import { absent, envValue, known, unknown, type Known, type Value } from '../../model/value';

/**
 * PHP's session.* settings that rules look at, with PHP 8's defaults (RULES.md, "Library
 * defaults"). Shared by the PHP code adapters (ini_set, session_start options), the ini/.htaccess
 * frontend and the framework adapters that pass settings through to PHP.
 */
export type SettingType = 'bool' | 'int' | 'string';

export interface PhpSessionSetting {
  /** The name after `session.`: `cookie_httponly`. */
  readonly ini: string;
  readonly option: OptionKey;
  readonly type: SettingType;
  /** The key in session_set_cookie_params()' options array, for cookie settings. */
  readonly cookieParam?: string;
  /** The position in session_set_cookie_params()' positional form. */
  readonly cookieParamPosition?: number;
}

export const PHP_SESSION_SETTINGS: readonly PhpSessionSetting[] = [
  { ini: 'name', option: 'name', type: 'string' },
  { ini: 'cookie_lifetime', option: 'maxAge', type: 'int', cookieParam: 'lifetime', cookieParamPosition: 0 },
  { ini: 'cookie_path', option: 'path', type: 'string', cookieParam: 'path', cookieParamPosition: 1 },
  { ini: 'cookie_domain', option: 'domain', type: 'string', cookieParam: 'domain', cookieParamPosition: 2 },
  { ini: 'cookie_secure', option: 'secure', type: 'bool', cookieParam: 'secure', cookieParamPosition: 3 },
  { ini: 'cookie_httponly', option: 'httpOnly', type: 'bool', cookieParam: 'httponly', cookieParamPosition: 4 },
  { ini: 'cookie_samesite', option: 'sameSite', type: 'string', cookieParam: 'samesite' },
  { ini: 'use_strict_mode', option: 'strictMode', type: 'bool' },
  { ini: 'use_cookies', option: 'useCookies', type: 'bool' },
  { ini: 'use_only_cookies', option: 'useOnlyCookies', type: 'bool' },
  { ini: 'use_trans_sid', option: 'useTransSid', type: 'bool' },
  { ini: 'gc_maxlifetime', option: 'idleTimeout', type: 'int' },
  { ini: 'sid_length', option: 'sidLength', type: 'int' },
  { ini: 'sid_bits_per_character', option: 'sidBitsPerCharacter', type: 'int' },
];

const BY_INI = new Map(PHP_SESSION_SETTINGS.map((s) => [s.ini, s]));
const BY_OPTION = new Map(PHP_SESSION_SETTINGS.map((s) => [s.option, s]));

export function settingByIni(ini: string): PhpSessionSetting | undefined {
  return BY_INI.get(ini.toLowerCase());
}

export function settingByOption(option: OptionKey): PhpSessionSetting | undefined {
  return BY_OPTION.get(option);
}

/** A raw setting value before conversion: what ini_set() or php.ini receives. */
export type RawSetting = string | number | boolean | null;

/** php.ini / ini_set boolean parsing (zend_ini_parse_bool): on/yes/true, else the number. */
export function iniBoolean(raw: RawSetting): boolean {
  if (typeof raw === 'boolean') return raw;
  if (raw === null) return false;
  if (typeof raw === 'number') return raw !== 0;
  const text = raw.trim().toLowerCase();
  if (text === 'on' || text === 'yes' || text === 'true') return true;
  const number = Number.parseInt(text, 10);
  return !Number.isNaN(number) && number !== 0;
}

function iniInteger(raw: RawSetting): number | undefined {
  if (typeof raw === 'number') return Math.trunc(raw);
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (raw === null) return 0;
  const match = /^\s*[+-]?\d+/.exec(raw);
  return match ? Number.parseInt(match[0], 10) : undefined;
}

function iniString(raw: RawSetting): string {
  if (raw === null || raw === false) return '';
  if (raw === true) return '1';
  return String(raw);
}

/** Converts a raw value to what the fact holds for that setting; undefined when it means nothing. */
export function convertSetting(setting: PhpSessionSetting, raw: RawSetting): unknown {
  switch (setting.option) {
    case 'sameSite':
      return iniString(raw).trim().toLowerCase();
    case 'maxAge': {
      const seconds = iniInteger(raw);
      // cookie_lifetime 0: the cookie lasts until the browser closes.
      return seconds === undefined ? undefined : seconds <= 0 ? null : seconds;
    }
    default:
      if (setting.type === 'bool') return iniBoolean(raw);
      if (setting.type === 'int') return iniInteger(raw);
      return iniString(raw);
  }
}

/** PHP 8's defaults as fact values (undefined: PHP sends no such attribute). */
export const PHP_DEFAULTS: Readonly<Record<string, unknown>> = {
  name: 'PHPSESSID',
  cookie_lifetime: null,
  cookie_path: '/',
  cookie_domain: undefined,
  cookie_secure: false,
  cookie_httponly: false,
  cookie_samesite: undefined,
  use_strict_mode: false,
  use_cookies: true,
  use_only_cookies: true,
  use_trans_sid: false,
  gc_maxlifetime: 1440,
  sid_length: 32,
  sid_bits_per_character: 4,
};

/**
 * The settings that say how the session id travels (cookie, URL), not what the cookie or the id is.
 * A file that writes only these, such as a bootstrap that hardens them (osTicket's
 * `ini_set('session.use_trans_sid', 0)`), does not set the session up: PHP's defaults for the
 * cookie are not assumed there, and the file that does set it up is judged instead.
 */
const ID_TRANSPORT_SETTINGS = new Set(['use_cookies', 'use_only_cookies', 'use_trans_sid']);

export function setsUpSession(setting: PhpSessionSetting): boolean {
  return !ID_TRANSPORT_SETTINGS.has(setting.ini);
}

/** Composer packages whose session layer sets PHP's session up itself, or does without it. */
const SYMFONY_SESSION = ['symfony/http-foundation', 'symfony/framework-bundle'];
const LARAVEL_SESSION = 'laravel/framework';

/**
 * True when a setting that a PHP file or an ini file leaves out is not PHP's default, because the
 * project's framework decides it at run time: Symfony's NativeSessionStorage passes
 * framework.session's cookie parameters and name to PHP and, since 3.4 (symfony/symfony#24523),
 * turns use_strict_mode on; Laravel's sessions never use PHP's session or its cookie. Such a
 * setting is judged where the framework is configured (framework.yaml, config/session.php).
 */
export function frameworkDecidesSetting(setting: PhpSessionSetting, project: ProjectContext): boolean {
  const laravel = project.dependencies[LARAVEL_SESSION] !== undefined;
  const symfony = SYMFONY_SESSION.find((name) => project.dependencies[name] !== undefined);
  if (!laravel && !symfony) return false;
  if (setting.cookieParam !== undefined || setting.ini === 'name') return true;
  if (setting.ini !== 'use_strict_mode') return false;
  return laravel || dependsOnAtLeast(project, symfony!, '3.4.0') !== false;
}

/**
 * True in a Laravel app: Laravel's StartSession middleware keeps its own session store and cookie
 * (config/session.php) and never calls session_start(), so the session.* settings of a php.ini,
 * .user.ini or .htaccess (pixelfed's Docker template copies php.ini-development) apply to no
 * session. PHP code that calls PHP's session API itself is still judged.
 */
export function phpSessionUnused(project: ProjectContext): boolean {
  return project.dependencies[LARAVEL_SESSION] !== undefined;
}

/** A setting as written: a raw value in one of the four states, before conversion. */
export type RawValue = Value<RawSetting>;

export function convertValue<T>(setting: PhpSessionSetting, value: RawValue): Value<T> {
  const convert = (raw: RawSetting): T | undefined => convertSetting(setting, raw) as T | undefined;
  switch (value.kind) {
    case 'known': {
      const converted = convert(value.value);
      return converted === undefined ? unknown(value.range, value.optionRange) : known(converted, value.range, value.optionRange, value.file);
    }
    case 'env': {
      const candidates = value.candidates.map(convert).filter((c): c is T => c !== undefined);
      const fallbackValue = value.fallback ? convert(value.fallback.value) : undefined;
      const fallback: Known<T> | undefined = value.fallback && fallbackValue !== undefined ? known(fallbackValue, value.fallback.range) : undefined;
      return envValue(value.source, value.range, candidates, { optionRange: value.optionRange, ...(fallback ? { fallback } : {}), ...(value.file ? { file: value.file } : {}) });
    }
    case 'absent':
      return absent(value.default === undefined ? undefined : convert(value.default));
    case 'unknown':
      return value;
  }
}

/**
 * The cookie and session values of a PHP session configuration. `read` gives the raw value of a
 * setting where the file writes it; a setting it does not write takes PHP's default when the file
 * configures sessions (`configured`), and is unknown otherwise (the server's php.ini decides).
 */
export function phpSessionValues(
  read: (setting: PhpSessionSetting) => RawValue | undefined,
  configured: (setting: PhpSessionSetting) => boolean,
): { cookie: CookieAttributes; session: SessionOptions } {
  const value = <T>(ini: string): Value<T> => {
    const setting = settingByIni(ini)!;
    const raw = read(setting);
    if (raw) return convertValue<T>(setting, raw);
    return configured(setting) ? absent(PHP_DEFAULTS[ini] as T | undefined) : unknown();
  };
  const path = value<string>('cookie_path');
  const smuggled = sameSiteInPath(path, read(settingByIni('cookie_samesite')!) !== undefined);
  return {
    cookie: {
      name: value('name'),
      httpOnly: value('cookie_httponly'),
      secure: value('cookie_secure'),
      sameSite: smuggled?.sameSite ?? value('cookie_samesite'),
      maxAge: value('cookie_lifetime'),
      domain: value('cookie_domain'),
      path: smuggled?.path ?? path,
    },
    session: {
      strictMode: value('use_strict_mode'),
      useCookies: value('use_cookies'),
      useOnlyCookies: value('use_only_cookies'),
      useTransSid: value('use_trans_sid'),
      idleTimeout: value('gc_maxlifetime'),
      sidLength: value('sid_length'),
      sidBitsPerCharacter: value('sid_bits_per_character'),
    },
  };
}

/**
 * Before PHP 7.3 had session.cookie_samesite, the attribute was smuggled into the path, which PHP
 * copies into the Set-Cookie header as written: `session_set_cookie_params(0, '/; samesite=Lax')`
 * (the php.net workaround). The browser then sees `path=/; samesite=Lax`. Only used when the
 * samesite setting itself is not written.
 */
function sameSiteInPath(path: Value<string>, sameSiteWritten: boolean): { sameSite: Value<string>; path: Value<string> } | undefined {
  if (sameSiteWritten || path.kind !== 'known') return undefined;
  const semicolon = path.value.indexOf(';');
  if (semicolon < 0) return undefined;
  // One unambiguous pattern after the first `;` (no adjacent optional blanks: linear time).
  const match = /^\s*samesite\s*=\s*([A-Za-z]+)[\s;]*$/i.exec(path.value.slice(semicolon + 1));
  if (!match) return undefined;
  return {
    sameSite: known(match[1]!.toLowerCase(), path.range, path.optionRange, path.file),
    path: known(path.value.slice(0, semicolon).trim(), path.range, path.optionRange, path.file),
  };
}

/** `session.cookie_httponly` for messages about ini files and ini_set(). */
export function iniOptionName(option: OptionKey): string {
  const setting = settingByOption(option);
  return setting ? `session.${setting.ini}` : option;
}

