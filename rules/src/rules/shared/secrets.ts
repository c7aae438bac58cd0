import type { SecretFact } from '../../model/facts';
import type { TextRange } from '../../model/range';

/** Where a secret finding points: the literal (or env expression) in this file, else the call that uses it. */
export function secretRange(fact: SecretFact): TextRange {
  const value = fact.value;
  if ((value.kind === 'known' || value.kind === 'env') && !value.file) return value.range;
  return fact.range;
}

/** `process.env.SESSION_SECRET` → `SESSION_SECRET`: the variable the code already reads, if the source names one. */
export function envVariableOf(source: string | undefined): string | undefined {
  const named = source && /^process\.env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(source);
  return named ? named[1] : undefined;
}
