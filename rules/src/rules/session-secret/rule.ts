import type { SecretFact } from '../../model/facts';
import { createRule } from '../../model/rule';
import { secretWeakness } from '../shared/entropy';
import { libraryLabel } from '../shared/cookies';
import { envVariableOf, secretRange } from '../shared/secrets';
import { meta } from './meta';

/** The variable a moved secret is read from: the one the code already names, or a conventional one. */
function envNameFor(fact: SecretFact, source: string | undefined): string {
  const named = envVariableOf(source);
  if (named) return named;
  const base = fact.purpose === 'cookie-signing' ? 'COOKIE_SECRET' : 'SESSION_SECRET';
  // keys[1], secret[2]: the rotated keys each need their own variable.
  const index = /\[(\d+)\]$/.exec(fact.option);
  return index && index[1] !== '0' ? `${base}_${index[1]}` : base;
}

export default createRule({
  meta,
  check(context) {
    const { minLength, minEntropyBits } = context.options;
    for (const fact of context.facts) {
      // JWT keys belong to jwt-secret.
      if (fact.kind !== 'secret' || fact.purpose === 'jwt') continue;
      const value = fact.value;
      const data = { option: fact.option, library: libraryLabel(fact.library), minLength };
      if (value.kind === 'known') {
        const envName = envNameFor(fact, undefined);
        const suggestions = [{ messageId: 'moveToEnv', data: { envName }, edits: fact.editor?.setOption('secret', { type: 'env', name: envName }) }];
        const reason = secretWeakness(value.value, minLength, minEntropyBits);
        const range = secretRange(fact);
        if (reason) context.report({ messageId: 'weak', data: { ...data, reason }, range, suggestions });
        else context.report({ messageId: 'hardcoded', data, range, suggestions });
      } else if (value.kind === 'env' && (value.fallback || value.candidates.length > 0)) {
        // `process.env.X || 'literal'`, or `isProd ? process.env.X : 'dev-secret'`.
        const envName = envNameFor(fact, value.source);
        const suggestions = [{ messageId: 'moveToEnv', data: { envName }, edits: fact.editor?.setOption('secret', { type: 'env', name: envName }) }];
        const messageId = value.fallback ? 'fallback' : 'conditional';
        context.report({ messageId, data: { ...data, source: value.source }, range: secretRange(fact), suggestions });
      }
    }
  },
});
