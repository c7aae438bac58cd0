import type { Node } from 'web-tree-sitter';
import type { Fact } from '../../model/facts';
import type { TextRange } from '../../model/range';
import { envValue, known, unknown, type Known, type Value } from '../../model/value';
import type { RawSetting, RawValue } from './sessionSettings';
import type { PhpFile } from './fileContext';
import type { PhpResolver } from './resolve';
import { rangeOf } from './syntax';
import type { PhpScalar, PhpValue } from './values';

/** What every PHP adapter gets: the file, a resolver, and the list to add facts to. */
export interface PhpAdapterContext {
  readonly file: PhpFile;
  readonly resolver: PhpResolver;
  readonly facts: Fact[];
}

export interface PhpAdapter {
  readonly name: string;
  collect(context: PhpAdapterContext): void;
}

/** What an env value depends on; one decided by the request's scheme is 'auto' (Secure on HTTPS requests). */
function envSource(value: Extract<PhpValue, { kind: 'env' }>): string {
  return value.requestScheme ? 'auto' : value.source;
}

function scalar(value: PhpValue): RawSetting | undefined {
  return value.kind === 'literal' ? value.value : undefined;
}

/**
 * A resolved PHP value as a raw setting value in one of the four states. `valueNode` is the
 * expression as written where the setting is made, `place` the whole option (array element, call)
 * that findings point at.
 */
export function rawValueOf(value: PhpValue, valueNode: Node, place: TextRange): RawValue {
  switch (value.kind) {
    case 'literal':
      return known(value.value, rangeOf(value.node), place);
    case 'env': {
      const candidates = value.candidates.map(scalar).filter((c): c is RawSetting => c !== undefined);
      const fallbackScalar = value.fallback ? scalar(value.fallback) : undefined;
      const fallback: Known<RawSetting> | undefined =
        value.fallback?.kind === 'literal' && fallbackScalar !== undefined ? known(fallbackScalar, rangeOf(value.fallback.node)) : undefined;
      return envValue(envSource(value), rangeOf(valueNode), candidates, { optionRange: place, ...(fallback ? { fallback } : {}) });
    }
    default:
      return unknown(rangeOf(valueNode), place);
  }
}

/** A resolved PHP value as a fact value, converted by `convert` (undefined: the literal means nothing here). */
export function factValue<T>(value: PhpValue, valueNode: Node, place: TextRange, convert: (v: PhpScalar) => T | undefined): Value<T> {
  if (value.kind === 'literal') {
    const converted = convert(value.value);
    return converted === undefined ? unknown(rangeOf(valueNode), place) : known(converted, rangeOf(value.node), place);
  }
  if (value.kind === 'env') {
    const candidates = value.candidates.flatMap((c) => (c.kind === 'literal' ? [convert(c.value)] : [])).filter((c): c is T => c !== undefined);
    const literal = value.fallback?.kind === 'literal' ? value.fallback : undefined;
    const fallback = literal ? convert(literal.value) : undefined;
    return envValue(envSource(value), rangeOf(valueNode), candidates, { optionRange: place, ...(literal && fallback !== undefined ? { fallback: known(fallback, rangeOf(literal.node)) } : {}) });
  }
  return unknown(rangeOf(valueNode), place);
}
