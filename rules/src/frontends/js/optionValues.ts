import { absent, envValue, known, unknown, type Known, type Value } from '../../model/value';
import type { TextRange } from '../../model/range';
import type { Node } from './ast';
import type { FileContext } from './fileContext';
import { getEntry, type JsValue, type ObjectEntry, type ObjectValue } from './values';

/** Turns resolved JS values into the four-state values of facts. */

export function rangeOfNode(node: Node): TextRange {
  return { start: node.range[0], end: node.range[1] };
}

/** Where a value sits: its node in its file; `file` is set only for values from another file. */
function where(value: JsValue, root: FileContext, fallback: TextRange): { range: TextRange; file?: string } {
  const node = 'node' in value ? value.node : undefined;
  if (!node || !value.file) return { range: fallback };
  return value.file === root ? { range: rangeOfNode(node) } : { range: rangeOfNode(node), file: value.file.fileName };
}

export interface ValueReader<T> {
  /** Converts a literal to the fact's type; undefined when the literal cannot mean anything for this option. */
  (literal: string | number | boolean | null | undefined): T | undefined;
}

export const asBoolean: ValueReader<boolean> = (v) => Boolean(v);
export const asString: ValueReader<string> = (v) => (typeof v === 'string' ? v : undefined);
export const asNumber: ValueReader<number> = (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined);

/**
 * The fact value of one option. `entry` is the option's entry in the options object (undefined
 * when not written); `complete` tells whether a missing entry really means "not set".
 */
export function optionValue<T>(
  root: FileContext,
  entry: ObjectEntry | undefined,
  complete: boolean,
  read: ValueReader<T>,
  defaultValue: T | undefined,
  fallbackRange: TextRange,
): Value<T> {
  if (!entry) return complete ? absent(defaultValue) : unknown();
  const optionRange = entry.property && entry.file === root ? rangeOfNode(entry.property) : undefined;
  return fromJsValue(root, entry.value, read, defaultValue, optionRange ?? fallbackRange, optionRange);
}

export function fromJsValue<T>(root: FileContext, value: JsValue, read: ValueReader<T>, defaultValue: T | undefined, fallbackRange: TextRange, optionRange?: TextRange): Value<T> {
  const place = where(value, root, fallbackRange);
  switch (value.kind) {
    case 'literal': {
      // `httpOnly: undefined` is the same as leaving the option out.
      if (value.value === undefined) return absent(defaultValue);
      const converted = read(value.value);
      return converted === undefined ? unknown(place.range, optionRange) : known(converted, place.range, optionRange, place.file);
    }
    case 'env': {
      const candidates: T[] = [];
      for (const candidate of value.candidates) {
        if (candidate.kind !== 'literal') continue;
        const converted = candidate.value === undefined ? defaultValue : read(candidate.value);
        if (converted !== undefined) candidates.push(converted);
      }
      let fallback: Known<T> | undefined;
      if (value.fallback?.kind === 'literal' && value.fallback.value !== undefined) {
        const converted = read(value.fallback.value);
        const fallbackPlace = where(value.fallback, root, fallbackRange);
        if (converted !== undefined) fallback = known(converted, fallbackPlace.range, undefined, fallbackPlace.file);
      }
      return envValue(value.source, place.range, candidates, { optionRange, fallback, file: place.file });
    }
    default:
      return unknown(place.range, optionRange);
  }
}

/** The entry at a dotted path (`cookie.httpOnly`) and whether a missing entry means "not set". */
export function entryAt(object: ObjectValue, path: readonly string[]): { entry: ObjectEntry | undefined; complete: boolean } {
  let current: ObjectValue = object;
  for (let i = 0; i < path.length - 1; i++) {
    const entry = getEntry(current, path[i]!);
    if (!entry) return { entry: undefined, complete: current.complete };
    if (entry.value.kind === 'literal' && (entry.value.value === undefined || entry.value.value === null)) return { entry: undefined, complete: true };
    if (entry.value.kind !== 'object') return { entry: undefined, complete: false };
    current = entry.value;
  }
  const entry = getEntry(current, path[path.length - 1]!);
  return { entry, complete: current.complete };
}
