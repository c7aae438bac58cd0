import type { TextRange } from '../../../model/range';

/**
 * A tokenizer for cookie strings as a Set-Cookie header or a `document.cookie` write carries them:
 * `name=value; HttpOnly; Secure; SameSite=Lax; Max-Age=3600; Path=/`. It works on characters that
 * remember where they came from, so that attribute ranges point into the source and edits can
 * replace a value in place when the source holds it verbatim.
 */

/** One character (code point) of a cookie string and its origin. */
export interface SourceChar {
  /** One code point: two UTF-16 units for an astral character. */
  readonly char: string;
  /** Offset of the character in the file when the source holds it verbatim (raw === cooked); -1 otherwise. */
  readonly offset: number;
  /** The range of the source it came from (the literal or the `${…}` expression). */
  readonly from: TextRange;
  /** Set on the placeholder standing for an expression whose text is not known. */
  readonly hole?: { readonly source: string; readonly env: boolean };
}

/** A half-open span of character indexes. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface CookieAttributeToken {
  /** Lower-cased attribute name (`max-age`); undefined when the name is (partly) an expression. */
  readonly key: string | undefined;
  readonly name: Span;
  /** The value after `=`, trimmed; undefined for flags (`HttpOnly`). */
  readonly value: Span | undefined;
  /** From the `;` before the attribute to its last character: what removing the attribute removes. */
  readonly segment: Span;
}

export interface CookieStringTokens {
  readonly chars: readonly SourceChar[];
  readonly name: Span;
  readonly value: Span;
  readonly attributes: readonly CookieAttributeToken[];
}

const isSpace = (c: SourceChar | undefined): boolean => c !== undefined && !c.hole && (c.char === ' ' || c.char === '\t');

function trim(chars: readonly SourceChar[], span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(chars[start])) start++;
  while (end > start && isSpace(chars[end - 1])) end--;
  return { start, end };
}

/** Splits a cookie string into its name, value and attributes. Holes never split a token. */
export function tokenizeCookieString(chars: readonly SourceChar[]): CookieStringTokens {
  const separators: number[] = [];
  chars.forEach((c, i) => {
    if (c.char === ';' && !c.hole) separators.push(i);
  });
  const bounds = [-1, ...separators, chars.length];
  const attributes: CookieAttributeToken[] = [];
  let name: Span = { start: 0, end: 0 };
  let value: Span = { start: 0, end: 0 };
  for (let s = 0; s + 1 < bounds.length; s++) {
    const body = trim(chars, { start: bounds[s]! + 1, end: bounds[s + 1]! });
    let equals = -1;
    for (let i = body.start; i < body.end; i++) {
      if (chars[i]!.char === '=' && !chars[i]!.hole) {
        equals = i;
        break;
      }
    }
    const nameSpan = trim(chars, { start: body.start, end: equals < 0 ? body.end : equals });
    const valueSpan = equals < 0 ? undefined : trim(chars, { start: equals + 1, end: body.end });
    if (s === 0) {
      // RFC 6265bis: a pair without `=` is a cookie with an empty name.
      name = equals < 0 ? { start: body.start, end: body.start } : nameSpan;
      value = valueSpan ?? body;
      continue;
    }
    if (body.start === body.end) continue;
    const key = hasHole(chars, nameSpan) ? undefined : textOf(chars, nameSpan).toLowerCase();
    attributes.push({ key, name: nameSpan, value: valueSpan, segment: { start: bounds[s]!, end: body.end } });
  }
  return { chars, name, value, attributes };
}

export function textOf(chars: readonly SourceChar[], span: Span): string {
  let text = '';
  for (let i = span.start; i < span.end; i++) text += chars[i]!.char;
  return text;
}

export function hasHole(chars: readonly SourceChar[], span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (chars[i]!.hole) return true;
  return false;
}

/** The holes inside a span, in order. */
export function holesIn(chars: readonly SourceChar[], span: Span): NonNullable<SourceChar['hole']>[] {
  const holes: NonNullable<SourceChar['hole']>[] = [];
  for (let i = span.start; i < span.end; i++) if (chars[i]!.hole) holes.push(chars[i]!.hole!);
  return holes;
}

/** The source range covering a span (verbatim characters by offset, others by their origin). */
export function rangeOfSpan(chars: readonly SourceChar[], span: Span): TextRange | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (let i = span.start; i < span.end; i++) {
    const c = chars[i]!;
    const from = c.offset >= 0 ? { start: c.offset, end: c.offset + c.char.length } : c.from;
    start = Math.min(start, from.start);
    end = Math.max(end, from.end);
  }
  return start === Infinity ? undefined : { start, end };
}

/** The exact source range of a span when every character is verbatim and adjacent; otherwise undefined. */
export function exactRangeOfSpan(chars: readonly SourceChar[], span: Span): TextRange | undefined {
  if (span.start >= span.end) return undefined;
  const first = chars[span.start]!.offset;
  if (first < 0) return undefined;
  let next = first;
  for (let i = span.start; i < span.end; i++) {
    if (chars[i]!.offset !== next) return undefined;
    next += chars[i]!.char.length;
  }
  return { start: first, end: next };
}
