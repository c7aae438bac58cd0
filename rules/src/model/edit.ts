import type { TextRange } from './range';

/** A replacement of a range of the analysed file's text. Insertions have start === end. */
export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

/**
 * A value a rule wants written, in neutral form. The frontend that produced the fact renders it
 * in its own syntax and units: `httpOnly: true`, `'cookie_httponly' => true`, `session.cookie_httponly = 1`,
 * `maxAge: 28800000` (express, ms) or `session.gc_maxlifetime = 1800` (PHP, s).
 */
export type FixValue =
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'duration'; readonly seconds: number }
  | { readonly type: 'env'; readonly name: string };

/** Neutral names of the options a rule can ask a frontend to change. */
export type OptionKey =
  | CookieAttribute
  | 'secret'
  | 'store'
  | 'genid'
  | 'rolling'
  | 'idleTimeout'
  | 'absoluteTimeout'
  | 'strictMode'
  | 'useCookies'
  | 'useOnlyCookies'
  | 'useTransSid'
  | 'sidLength'
  | 'sidBitsPerCharacter'
  /** JWT: token lifetime (FixValue duration), the verify allow-list (FixValue string: the one algorithm to allow), ignoreExpiration. */
  | 'expiresIn'
  | 'algorithms'
  | 'ignoreExpiration';

export type CookieAttribute = 'name' | 'httpOnly' | 'secure' | 'sameSite' | 'maxAge' | 'domain' | 'path';

/**
 * Knows how to change the code behind one fact. Provided by the adapter that built the fact,
 * because only it knows the syntax and the option names of its library. Every method returns
 * undefined when it cannot produce a safe edit (the value lives in another file, inside a
 * function call it cannot see into, in a spread it does not own, ...).
 */
export interface FactEditor {
  /** Set an option to a value, replacing the existing value or adding the option. */
  setOption(key: OptionKey, value: FixValue): TextEdit[] | undefined;
  /** Remove an option (for example a too-wide `domain`). */
  removeOption?(key: OptionKey): TextEdit[] | undefined;
}

/** A fix or suggestion as the engine hands it to the faces. */
export interface Fix {
  /** The rule message id of the description (for ESLint `suggest`). */
  readonly messageId: string;
  /** The placeholder values of the description (ESLint interpolates `messageId` with them). */
  readonly data?: Readonly<Record<string, string>>;
  readonly message: string;
  readonly edits: readonly TextEdit[];
}

/** Applies non-overlapping edits to a text. Throws on overlapping edits: that is a bug in a fix. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.range.start < cursor) throw new Error(`overlapping edits at offset ${edit.range.start}`);
    result += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
  }
  return result + text.slice(cursor);
}

/** True when two edit lists touch overlapping ranges (so they cannot be applied in one pass). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) =>
    b.some((y) => x.range.start < y.range.end && y.range.start < x.range.end || (x.range.start === y.range.start && x.range.end === y.range.end)),
  );
}

/**
 * One edit that turns `before` into `after`: the differing middle between the common prefix and
 * suffix. The editor's fix-all sends it instead of the whole text (it keeps the cursor, folding and
 * undo stops where the user left them); the JS frontend re-parses only that span. Never splits a
 * surrogate pair or a CRLF.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && splitsPair(before, prefix)) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && splitsPair(before, before.length - suffix)) suffix--;
  return { range: { start: prefix, end: before.length - suffix }, newText: after.slice(prefix, after.length - suffix) };
}

/** True when `offset` falls between the halves of a surrogate pair or of a CRLF. */
function splitsPair(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (previous === 13 && next === 10);
}
