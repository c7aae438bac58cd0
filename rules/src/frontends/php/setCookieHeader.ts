import type { TextRange } from '../../model/range';
import type { StringTemplate } from './stringTemplate';

/** One attribute of a Set-Cookie header template (`; SameSite=Lax`). */
export interface HeaderAttribute {
  /** Lower-cased attribute name. */
  readonly name: string;
  /** The value after `=`, undefined for flags (`HttpOnly`) or when it holds an unknown part. */
  readonly value: string | undefined;
  readonly hasValue: boolean;
  /** Source range of the value, when written verbatim in one place. */
  readonly valueRange: TextRange | undefined;
  /** Source range of `; Name=value`, when written verbatim in one place (for removal). */
  readonly segmentRange: TextRange | undefined;
  /** Source range of the attribute text, for findings. */
  readonly range: TextRange | undefined;
}

export interface ParsedSetCookie {
  /** The cookie name; undefined when it is not a literal. */
  readonly name: string | undefined;
  readonly nameRange: TextRange | undefined;
  readonly attributes: readonly HeaderAttribute[];
  /** False when an unknown part may add attributes: a missing attribute is then unknown, not absent. */
  readonly complete: boolean;
}

const HOLE = '\u0000';

/** The template's characters, with the source offset of each one that is written verbatim. */
function flatten(template: StringTemplate): { text: string; offsets: (number | undefined)[] } {
  let text = '';
  const offsets: (number | undefined)[] = [];
  for (const piece of template.pieces) {
    if (piece.kind === 'hole') {
      text += HOLE;
      offsets.push(undefined);
      continue;
    }
    text += piece.text;
    for (let i = 0; i < piece.text.length; i++) offsets.push(piece.verbatim ? piece.range.start + i : undefined);
  }
  return { text, offsets };
}

/** The source range of characters [from, to) when all are verbatim and contiguous. */
function sourceRange(offsets: readonly (number | undefined)[], from: number, to: number): TextRange | undefined {
  if (to <= from) {
    const at = offsets[from - 1];
    return at === undefined ? undefined : { start: at + 1, end: at + 1 };
  }
  const start = offsets[from];
  if (start === undefined) return undefined;
  for (let i = from + 1; i < to; i++) if (offsets[i] !== start + (i - from)) return undefined;
  return { start, end: start + (to - from) };
}

function trimmedBounds(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Parses `Set-Cookie: name=value; Attr; Attr=value` from a string template. `prefixed` says the
 * text starts with the header name (PHP `header()`); undefined when it is not a Set-Cookie header.
 */
export function parseSetCookie(template: StringTemplate, prefixed: boolean): ParsedSetCookie | undefined {
  const { text, offsets } = flatten(template);
  let start = 0;
  if (prefixed) {
    const match = /^\s*set-cookie\s*:/i.exec(text);
    if (!match) return undefined;
    start = match[0].length;
  }
  const segments: [number, number][] = [];
  let segmentStart = start;
  for (let i = start; i <= text.length; i++) {
    if (i === text.length || text[i] === ';') {
      segments.push([segmentStart, i]);
      segmentStart = i + 1;
    }
  }
  const [first, ...rest] = segments;
  if (!first) return undefined;
  const equals = text.indexOf('=', first[0]);
  let name: string | undefined;
  let nameRange: TextRange | undefined;
  let complete = true;
  if (equals < 0 || equals > first[1]) {
    complete = false;
  } else {
    const [nameStart, nameEnd] = trimmedBounds(text, first[0], equals);
    const raw = text.slice(nameStart, nameEnd);
    if (raw.includes(HOLE)) complete = false;
    else {
      name = raw;
      nameRange = sourceRange(offsets, nameStart, nameEnd);
    }
  }
  const attributes: HeaderAttribute[] = [];
  for (const [from, to] of rest) {
    const [attrStart, attrEnd] = trimmedBounds(text, from, to);
    if (attrStart === attrEnd) continue;
    const eq = text.indexOf('=', attrStart);
    const keyEnd = eq >= 0 && eq < attrEnd ? eq : attrEnd;
    const key = text.slice(attrStart, keyEnd).trim();
    if (key.includes(HOLE)) {
      complete = false;
      continue;
    }
    const hasValue = keyEnd < attrEnd;
    const [valueStart, valueEnd] = hasValue ? trimmedBounds(text, keyEnd + 1, attrEnd) : [attrEnd, attrEnd];
    const rawValue = text.slice(valueStart, valueEnd);
    attributes.push({
      name: key.toLowerCase(),
      value: hasValue && !rawValue.includes(HOLE) ? rawValue : undefined,
      hasValue,
      valueRange: hasValue ? sourceRange(offsets, valueStart, valueEnd) : undefined,
      segmentRange: sourceRange(offsets, from - 1, to),
      range: sourceRange(offsets, attrStart, attrEnd),
    });
  }
  return { name, nameRange, attributes, complete };
}
