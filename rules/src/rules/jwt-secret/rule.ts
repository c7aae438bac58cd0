import type { SecretFact } from '../../model/facts';
import { createRule } from '../../model/rule';
import { libraryLabel } from '../shared/cookies';
import { secretWeakness } from '../shared/entropy';
import { envVariableOf, secretRange } from '../shared/secrets';
import { meta } from './meta';

function isPem(text: string): boolean {
  return text.trimStart().startsWith('-----BEGIN');
}

/** The variable a moved key is read from: the one the code already names, or a conventional one. */
function envNameFor(fact: SecretFact, source: string | undefined, value: string | undefined): string {
  const named = envVariableOf(source);
  if (named) return named;
  if (/passphrase/i.test(fact.option)) return 'JWT_KEY_PASSPHRASE';
  return value !== undefined && isPem(value) ? 'JWT_PRIVATE_KEY' : 'JWT_SECRET';
}

export default createRule({
  meta,
  check(context) {
    const { minLength, minEntropyBits } = context.options;
    for (const fact of context.facts) {
      // Session and cookie secrets belong to session-secret.
      if (fact.kind !== 'secret' || fact.purpose !== 'jwt') continue;
      const value = fact.value;
      const data = { option: fact.option, library: libraryLabel(fact.library), minLength };
      const suggest = (envName: string) => [{ messageId: 'moveToEnv', data: { envName }, edits: fact.editor?.setOption('secret', { type: 'env', name: envName }) }];
      if (value.kind === 'known') {
        const suggestions = suggest(envNameFor(fact, undefined, value.value));
        const range = secretRange(fact);
        if (isPem(value.value)) {
          context.report({ messageId: 'privateKey', data, range, suggestions });
          continue;
        }
        const reason = secretWeakness(value.value, minLength, minEntropyBits);
        context.report({ messageId: reason ? 'weak' : 'hardcoded', data: reason ? { ...data, reason } : data, range, suggestions });
      } else if (value.kind === 'env' && (value.fallback || value.candidates.length > 0)) {
        // `process.env.JWT_SECRET || 'dev'`, or `isProd ? process.env.JWT_SECRET : 'dev'`.
        const suggestions = suggest(envNameFor(fact, value.source, value.fallback?.value));
        const messageId = value.fallback ? 'fallback' : 'conditional';
        context.report({ messageId, data: { ...data, source: value.source }, range: secretRange(fact), suggestions });
      }
    }
  },
});
