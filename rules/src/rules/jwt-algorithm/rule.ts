import type { Fact } from '../../model/facts';
import type { FixDescriptor, ReportDescriptor } from '../../model/finding';
import type { TokenKeyType, TokenVerifyFact } from '../../model/tokenFacts';
import { createRule } from '../../model/rule';
import { libraryLabel, reportRange } from '../shared/cookies';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

const isNone = (alg: string | undefined): boolean => alg?.toLowerCase() === 'none';
const isHmac = (alg: string): boolean => /^HS\d+$/i.test(alg);
const isAsymmetric = (alg: string): boolean => /^(RS|PS|ES)\d+K?$|^EdDSA$|^Ed25519$|^Ed448$/i.test(alg);

/** The algorithms the file signs with, when it signs (so a verifier can be pinned to them). */
function signingAlgorithms(facts: readonly Fact[]): string[] {
  const found = new Set<string>();
  for (const fact of facts) {
    if (fact.kind !== 'token-sign') continue;
    const alg = fact.algorithm.kind === 'known' ? fact.algorithm.value : fact.algorithm.kind === 'absent' ? fact.algorithm.default : undefined;
    if (alg && !isNone(alg)) found.add(alg);
  }
  return [...found];
}

/**
 * What to pin a verifier to: the file's own signing algorithm when there is exactly one that fits,
 * else the usual algorithm of the key's type (both public-key families when the type is unclear).
 */
function candidates(keyType: TokenKeyType, signing: readonly string[], allowed?: readonly string[]): string[] {
  const fits = (alg: string): boolean => (keyType === 'secret' ? isHmac(alg) : keyType === 'asymmetric' ? isAsymmetric(alg) : true) && (!allowed || allowed.includes(alg));
  const signed = signing.filter(fits);
  if (signed.length === 1) return signed;
  if (allowed) {
    const hmac = allowed.find((alg) => isHmac(alg) && fits(alg));
    const asymmetric = allowed.find((alg) => isAsymmetric(alg) && fits(alg));
    return [hmac, asymmetric].filter((alg): alg is string => alg !== undefined);
  }
  if (keyType === 'secret') return ['HS256'];
  if (keyType === 'asymmetric') return ['RS256', 'ES256'];
  return ['HS256', 'RS256'];
}

function allowOnly(fact: TokenVerifyFact, algorithms: readonly string[]): FixDescriptor[] {
  const option = fact.optionName('algorithms');
  return algorithms.map((algorithm) => ({ messageId: 'allowOnly', data: { algorithm, option }, edits: fact.editor?.setOption('algorithms', { type: 'string', value: algorithm }) }));
}

export default createRule({
  meta,
  check(context) {
    const facts = context.facts;
    const report = (descriptor: ReportDescriptor): void => context.report(descriptor);
    const signing = signingAlgorithms(facts);
    for (const fact of facts) {
      if (fact.kind === 'token-sign') {
        const verdict = insecureValue(fact.algorithm, isNone);
        if (!verdict) continue;
        const data = { library: libraryLabel(fact.library) };
        if (verdict.state === 'env') report({ messageId: 'noneSignEnv', data: { ...data, source: verdict.source }, range: reportRange(fact, fact.algorithm), envDependent: true });
        else report({ messageId: 'noneSign', data, range: reportRange(fact, fact.algorithm) });
      } else if (fact.kind === 'token-verify') {
        checkVerify(fact, signing, context.options, report);
      }
    }
  },
});

function checkVerify(fact: TokenVerifyFact, signing: readonly string[], options: { requireAllowList: boolean; requireAllowListWithTypedKeys: boolean }, report: (d: ReportDescriptor) => void): void {
  const value = fact.algorithms;
  const data = { library: libraryLabel(fact.library), option: fact.optionName('algorithms') };
  if (value.kind === 'known') {
    const list = value.value;
    const range = reportRange(fact, value);
    if (list.some(isNone)) {
      const rest = list.filter((alg) => !isNone(alg));
      report({ messageId: 'noneVerify', data, range, suggestions: allowOnly(fact, candidates(fact.keyType, signing, rest.length > 0 ? rest : undefined)) });
      return;
    }
    const hmac = list.filter(isHmac);
    const asymmetric = list.filter(isAsymmetric);
    if (hmac.length > 0 && asymmetric.length > 0) {
      report({ messageId: 'mixed', data: { ...data, hmac: hmac.join(', '), asymmetric: asymmetric.join(', ') }, range, suggestions: allowOnly(fact, candidates(fact.keyType, signing, list)) });
    }
    return;
  }
  if (value.kind !== 'absent' || !options.requireAllowList) return;
  if (fact.algorithmsBoundToKey && !options.requireAllowListWithTypedKeys) return;
  report({ messageId: 'missingAllowList', data, range: reportRange(fact, value), suggestions: allowOnly(fact, candidates(fact.keyType, signing)) });
}
