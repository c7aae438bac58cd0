import type { SessionConfigFact } from '../../model/facts';
import { createRule, type RuleContext } from '../../model/rule';
import type { Value } from '../../model/value';
import { reportRange } from '../shared/cookies';
import { combineEdits } from '../shared/edits';
import { sessionLabel } from '../shared/sessionLabels';
import { meta } from './meta';

/** PHP's defaults and limits for session ids. */
const DEFAULT_LENGTH = 32;
const DEFAULT_BITS = 4;
const MAX_LENGTH = 256;

interface Candidates {
  readonly values: readonly number[];
  readonly source?: string;
}

/** Every value a setting can take; undefined when it cannot be told (unknown). */
function candidates(value: Value<number>, fallback: number): Candidates | undefined {
  switch (value.kind) {
    case 'known':
      return { values: [value.value] };
    case 'absent':
      return { values: [value.default ?? fallback] };
    case 'env': {
      const values = value.fallback ? [...value.candidates, value.fallback.value] : [...value.candidates];
      return values.length > 0 ? { values, source: value.source } : undefined;
    }
    case 'unknown':
      return undefined;
  }
}

export default createRule({
  meta,
  check(context) {
    const minimum = context.options.minimumBits;
    for (const fact of context.facts) {
      if (fact.kind !== 'session-config') continue;
      const { sidLength, sidBitsPerCharacter } = fact.session;
      if (!sidLength || !sidBitsPerCharacter) continue;
      // Nothing written: PHP's default of 128 bits, unless the option asks for more than PHP offers by default.
      if (sidLength.kind === 'absent' && sidBitsPerCharacter.kind === 'absent' && minimum <= DEFAULT_LENGTH * DEFAULT_BITS) continue;
      const lengths = candidates(sidLength, DEFAULT_LENGTH);
      const perCharacter = candidates(sidBitsPerCharacter, DEFAULT_BITS);
      if (!lengths || !perCharacter) continue;
      let weakest: { length: number; bits: number } | undefined;
      for (const length of lengths.values) {
        for (const bits of perCharacter.values) {
          if (!weakest || length * bits < weakest.length * weakest.bits) weakest = { length, bits };
        }
      }
      if (!weakest || weakest.length * weakest.bits >= minimum) continue;
      report(context, fact, weakest, minimum, lengths.source ?? perCharacter.source);
    }
  },
});

function report(
  context: { report: RuleContext<unknown>['report'] },
  fact: SessionConfigFact,
  weakest: { length: number; bits: number },
  minimum: number,
  envSource: string | undefined,
): void {
  const { sidLength, sidBitsPerCharacter } = fact.session;
  const needed = Math.min(MAX_LENGTH, Math.ceil(minimum / weakest.bits));
  const data = {
    label: sessionLabel(fact),
    bits: weakest.length * weakest.bits,
    length: weakest.length,
    perCharacter: weakest.bits,
    minimum,
    needed,
    lengthOption: fact.optionName('sidLength'),
    bitsOption: fact.optionName('sidBitsPerCharacter'),
    ...(envSource ? { source: envSource } : {}),
  };
  const written = [sidLength!, sidBitsPerCharacter!].find((v) => v.kind !== 'absent') ?? sidLength!;
  const removals = [sidLength!, sidBitsPerCharacter!].map((v, i) => (v.kind === 'absent' ? [] : fact.editor?.removeOption?.(i === 0 ? 'sidLength' : 'sidBitsPerCharacter')));
  const suggestions = [
    { messageId: 'removeSettings', data, edits: combineEdits(removals) },
    { messageId: 'raiseLength', data, edits: fact.editor?.setOption('sidLength', { type: 'string', value: String(needed) }) },
  ];
  context.report({ messageId: envSource ? 'envDependent' : 'lowEntropy', data, range: reportRange(fact, written), suggestions, envDependent: envSource !== undefined });
}
