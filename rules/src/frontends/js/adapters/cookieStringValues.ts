import type { CookieAttributes } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import { absent, envValue, known, unknown, type Value } from '../../../model/value';
import { hasHole, holesIn, rangeOfSpan, textOf, tokenizeCookieString, type CookieAttributeToken, type CookieStringTokens, type SourceChar, type Span } from './cookieString';
import type { BuiltString, StringPart } from './stringParts';

/**
 * The cookie attributes of a built string. An expression whose value depends on the environment
 * with known candidates (`${prod ? '; Secure' : ''}`) is expanded into one variant per candidate;
 * an attribute that differs between variants is `env`. Other expressions are holes: an attribute
 * whose value is a hole is `unknown`, and so is every missing attribute once a hole stands where an
 * attribute name goes (it may add any attribute).
 */
export interface CookieStringReading {
  readonly cookie: CookieAttributes;
  /** True when every variant deletes the cookie (Max-Age ≤ 0, an Expires date in the past). */
  readonly clearing: boolean;
  /** The tokens of the first variant, for edits (verbatim characters are the same in every variant). */
  readonly tokens: CookieStringTokens;
}

/** Above this many variants, env expressions are holes instead. */
const MAX_VARIANTS = 16;

interface Variant {
  readonly tokens: CookieStringTokens;
}

interface Alternatives {
  readonly part: Extract<StringPart, { kind: 'expression' }>;
  /** What the expression can stand for: known text, or a branch's text with holes in it. */
  readonly texts: readonly (readonly SourceChar[])[];
}

function charsOfText(part: Extract<StringPart, { kind: 'text' }>): SourceChar[] {
  const chars: SourceChar[] = [];
  let unit = 0;
  // Iterate by code point but count offsets in UTF-16 units (an astral character is two).
  for (const char of part.text) {
    chars.push({ char, offset: part.offset < 0 ? -1 : part.offset + unit, from: part.from });
    unit += char.length;
  }
  return chars;
}

function literalTexts(part: Extract<StringPart, { kind: 'expression' }>): readonly string[] | undefined {
  const value = part.value;
  if (value.kind === 'literal') return [String(value.value)];
  if (value.kind !== 'env' || value.candidates.length === 0) return undefined;
  const texts: string[] = [];
  for (const candidate of value.candidates) {
    if (candidate.kind !== 'literal') return undefined;
    texts.push(String(candidate.value));
  }
  return [...new Set(texts)];
}

/** Characters that stand in for an expression's value: not in the source verbatim, so never edited in place. */
function standIn(text: string, from: TextRange): SourceChar[] {
  return [...text].map((char) => ({ char, offset: -1, from }));
}

/** A branch of a conditional as characters: its text known, its own expressions holes (or literals). */
function branchChars(branch: BuiltString, from: TextRange): SourceChar[] {
  return branch.parts.flatMap((part) => {
    if (part.kind === 'text') return standIn(part.text, from);
    return part.value.kind === 'literal' ? standIn(String(part.value.value), from) : [holeChar(part)];
  });
}

function alternativesOf(part: Extract<StringPart, { kind: 'expression' }>): readonly (readonly SourceChar[])[] | undefined {
  const texts = literalTexts(part);
  if (texts) return texts.map((text) => standIn(text, part.from));
  return part.branches?.map((branch) => branchChars(branch, part.from));
}

function holeChar(part: Extract<StringPart, { kind: 'expression' }>): SourceChar {
  return { char: '\u0000', offset: -1, from: part.from, hole: { source: part.source, env: part.value.kind === 'env' } };
}

/** Every combination of the env alternatives (bounded), each as a character sequence. */
function variantsOf(built: BuiltString): { variants: Variant[]; varying: Alternatives[] } {
  const alternatives = new Map<number, Alternatives>();
  let count = 1;
  built.parts.forEach((part, i) => {
    if (part.kind !== 'expression') return;
    const texts = alternativesOf(part);
    if (!texts) return;
    if (texts.length > 1 && count * texts.length > MAX_VARIANTS) return;
    count *= texts.length;
    alternatives.set(i, { part, texts });
  });
  const variants: Variant[] = [];
  for (let n = 0; n < count; n++) {
    let rest = n;
    const chars: SourceChar[] = [];
    built.parts.forEach((part, i) => {
      if (part.kind === 'text') {
        chars.push(...charsOfText(part));
        return;
      }
      const alternative = alternatives.get(i);
      if (!alternative) {
        chars.push(holeChar(part));
        return;
      }
      const choice = rest % alternative.texts.length;
      rest = Math.floor(rest / alternative.texts.length);
      chars.push(...alternative.texts[choice]!);
    });
    variants.push({ tokens: tokenizeCookieString(chars) });
  }
  return { variants, varying: [...alternatives.values()].filter((a) => a.texts.length > 1) };
}

/** What one variant says about one attribute. */
type Observation<T> =
  | { readonly kind: 'set'; readonly value: T; readonly range: TextRange | undefined }
  | { readonly kind: 'hole'; readonly range: TextRange | undefined; readonly env?: string }
  | { readonly kind: 'unset' }
  | { readonly kind: 'open' };

function lastAttribute(tokens: CookieStringTokens, keys: readonly string[]): CookieAttributeToken | undefined {
  for (let i = tokens.attributes.length - 1; i >= 0; i--) {
    const attribute = tokens.attributes[i]!;
    if (attribute.key !== undefined && keys.includes(attribute.key)) return attribute;
  }
  return undefined;
}

function isOpen(tokens: CookieStringTokens): boolean {
  return tokens.attributes.some((a) => a.key === undefined);
}

function bodyOf(attribute: CookieAttributeToken): Span {
  return { start: attribute.name.start, end: attribute.value?.end ?? attribute.name.end };
}

function observe<T>(tokens: CookieStringTokens, keys: readonly string[], read: (text: string | undefined) => T | undefined): Observation<T> {
  const attribute = lastAttribute(tokens, keys);
  if (!attribute) return isOpen(tokens) ? { kind: 'open' } : { kind: 'unset' };
  const range = rangeOfSpan(tokens.chars, bodyOf(attribute));
  if (attribute.value && hasHole(tokens.chars, attribute.value)) return holeObservation(tokens.chars, attribute.value, range);
  const value = read(attribute.value ? textOf(tokens.chars, attribute.value) : undefined);
  return value === undefined ? { kind: 'hole', range } : { kind: 'set', value, range };
}

function merge<T>(observations: readonly Observation<T>[], defaultValue: T | undefined, varying: readonly Alternatives[]): Value<T> {
  const hole = observations.find((o): o is Extract<Observation<T>, { kind: 'hole' }> => o.kind === 'hole');
  if (hole) return hole.env !== undefined && hole.range ? envValue(hole.env, hole.range, [], { optionRange: hole.range }) : unknown(hole.range, hole.range);
  if (observations.some((o) => o.kind === 'open')) return unknown();
  const set = observations.filter((o): o is Extract<Observation<T>, { kind: 'set' }> => o.kind === 'set');
  if (set.length === 0) return absent(defaultValue);
  const first = set[0]!;
  const values = [...new Set(observations.map((o) => (o.kind === 'set' ? o.value : defaultValue)))];
  if (set.length === observations.length && values.length === 1) return first.range ? known(first.value, first.range, first.range) : unknown();
  if (values.length === 1 && values[0] !== undefined) return first.range ? known(values[0], first.range, first.range) : unknown();
  const cause = causeOf(set, varying);
  const range = cause?.part.from ?? first.range;
  if (!range) return unknown();
  return envValue(cause?.part.source ?? 'a run-time value', range, values.filter((v): v is T => v !== undefined), { optionRange: range });
}

/**
 * The expression that makes an attribute differ between variants: the one whose text holds the
 * attribute where it is set (`(secure ? '; Secure' : '')`), else the first that varies.
 */
function causeOf<T>(set: readonly Extract<Observation<T>, { kind: 'set' }>[], varying: readonly Alternatives[]): Alternatives | undefined {
  const within = (range: TextRange, outer: TextRange): boolean => range.start >= outer.start && range.end <= outer.end;
  return varying.find((a) => set.some((o) => o.range !== undefined && within(o.range, a.part.from))) ?? varying[0];
}

const flag = (): true => true;
const text = (value: string | undefined): string => value ?? '';
const sameSite = (value: string | undefined): string => (value ?? '').toLowerCase();

/** Lifetime in seconds: Max-Age wins over Expires (RFC 6265 §5.3). */
function lifetime(tokens: CookieStringTokens, now: number): Observation<number | null> {
  const maxAge = observe(tokens, ['max-age'], (v) => (v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined));
  if (maxAge.kind !== 'unset') return maxAge;
  return observe(tokens, ['expires'], (v) => {
    const time = v === undefined ? NaN : Date.parse(v);
    return Number.isNaN(time) ? undefined : Math.round((time - now) / 1000);
  });
}

/** A value with expressions in it: env when every expression depends on the environment. */
function holeObservation(chars: readonly SourceChar[], span: Span, range: TextRange | undefined): Observation<never> {
  const holes = holesIn(chars, span);
  return { kind: 'hole', range, env: holes.every((h) => h.env) ? holes.map((h) => h.source).join(' + ') : undefined };
}

function nameObservation(tokens: CookieStringTokens): Observation<string> {
  const range = rangeOfSpan(tokens.chars, tokens.name);
  if (hasHole(tokens.chars, tokens.name)) return holeObservation(tokens.chars, tokens.name, range);
  return range ? { kind: 'set', value: textOf(tokens.chars, tokens.name), range } : { kind: 'set', value: '', range: undefined };
}

/** Reads a built cookie string; `now` decides whether an Expires date is in the past. */
export function readCookieString(built: BuiltString, now = Date.now()): CookieStringReading {
  const { variants, varying } = variantsOf(built);
  const tokens = variants.map((v) => v.tokens);
  const all = <T>(read: (t: CookieStringTokens) => Observation<T>, defaultValue: T | undefined): Value<T> => merge(tokens.map(read), defaultValue, varying);
  const lifetimes = tokens.map((t) => lifetime(t, now));
  return {
    cookie: {
      name: all(nameObservation, undefined),
      httpOnly: all((t) => observe(t, ['httponly'], flag), false),
      secure: all((t) => observe(t, ['secure'], flag), false),
      sameSite: all((t) => observe(t, ['samesite'], sameSite), undefined),
      maxAge: merge(lifetimes, null, varying),
      domain: all((t) => observe(t, ['domain'], text), undefined),
      // Without Path the browser uses the directory of the request path: no fixed default.
      path: all((t) => observe(t, ['path'], text), undefined),
    },
    clearing: lifetimes.every((l) => l.kind === 'set' && l.value !== null && l.value <= 0),
    tokens: tokens[0]!,
  };
}
