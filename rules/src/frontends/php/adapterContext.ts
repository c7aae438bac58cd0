import type { Node } from 'web-tree-sitter';
import type { Fact } from '../../model/facts';
import type { TextRange } from '../../model/range';
import { envValue, known, unknown, type Known } from '../../model/value';
import type { RawSetting, RawValue } from './sessionSettings';
import type { PhpFile } from './fileContext';
import type { PhpResolver } from './resolve';
import { rangeOf } from './syntax';
import type { PhpValue } from './values';

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
      return envValue(value.source, rangeOf(valueNode), candidates, { optionRange: place, ...(fallback ? { fallback } : {}) });
    }
    default:
      return unknown(rangeOf(valueNode), place);
  }
}
