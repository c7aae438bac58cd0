import type { OptionKey } from '../../model/edit';
import { renderValue, type OptionSyntax } from './objectEditor';

export type OptionPaths = Partial<Record<OptionKey, readonly string[]>>;

/** The cookie attributes, under `prefix` (`['cookie']` for express-session, `[]` for flat options). */
export function cookieAttributePaths(prefix: readonly string[]): OptionPaths {
  const paths: Record<string, readonly string[]> = {};
  for (const key of ['httpOnly', 'secure', 'sameSite', 'maxAge', 'domain', 'path'] as const) paths[key] = [...prefix, key];
  return paths;
}

/**
 * A library's option table: where each neutral option lives in its options object, how values are
 * written (durations in the library's unit), and how messages name the option (`cookie.httpOnly`).
 */
export function optionTable(paths: OptionPaths, durationUnit: 'ms' | 's'): { readonly syntax: OptionSyntax; readonly optionName: (key: OptionKey) => string } {
  return {
    syntax: { path: (key) => paths[key], render: (_key, value, quote) => renderValue(value, quote, durationUnit) },
    optionName: (key) => (paths[key] ?? [key]).join('.'),
  };
}
