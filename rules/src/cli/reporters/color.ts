/** ANSI styling for terminals; a no-op when colour is off. */
export interface Styles {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly blue: (s: string) => string;
  readonly green: (s: string) => string;
  readonly underline: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const ANSI: Styles = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  green: wrap(32, 39),
  underline: wrap(4, 24),
};

const identity = (s: string): string => s;
export const PLAIN: Styles = { bold: identity, dim: identity, red: identity, yellow: identity, blue: identity, green: identity, underline: identity };

/**
 * Whether to colour, first rule that speaks wins: `--color` / `--no-color`; FORCE_COLOR (`0` or
 * `false` off, anything else on: the convention of Node, chalk and supports-color); NO_COLOR
 * (no-color.org: set and not empty means off); else colour on a terminal only.
 */
export function stylesFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, flag?: boolean): Styles {
  if (flag !== undefined) return flag ? ANSI : PLAIN;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? PLAIN : ANSI;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return PLAIN;
  return stream.isTTY ? ANSI : PLAIN;
}
