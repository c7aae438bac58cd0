import type { Fact } from '../../model/facts';
import type { TokenSignFact, TokenVerifyFact } from '../../model/tokenFacts';
import type { ReportDescriptor } from '../../model/finding';
import { createRule } from '../../model/rule';
import { libraryLabel, reportRange } from '../shared/cookies';
import { exceedsLimit, formatDuration, formatLimit } from '../shared/durations';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

/** The lifetime the suggestion sets: short-lived access tokens, renewed through a refresh flow. */
const SUGGESTED_SECONDS = 15 * 60;

function checkSign(fact: TokenSignFact, limitHours: number, report: (d: ReportDescriptor) => void): void {
  const value = fact.expiresIn;
  const data = { library: libraryLabel(fact.library), option: fact.optionName('expiresIn'), limit: formatLimit(limitHours, 'hour') };
  const suggestions = [{ messageId: 'setExpiry', data, edits: fact.editor?.setOption('expiresIn', { type: 'duration', seconds: SUGGESTED_SECONDS }) }];
  if (value.kind === 'absent') {
    // Registration defaults are judged alone; a single call only when its payload has no exp either.
    if (fact.defaults) report({ messageId: 'noDefaultExpiry', data, range: reportRange(fact, value), suggestions });
    else if (fact.hasExpClaim === false) report({ messageId: 'noExpiry', data, range: reportRange(fact, value), suggestions });
    return;
  }
  // An unsubscribe or password-reset link token is not a session: the session limit does not apply to it.
  if (fact.linkPurpose !== undefined) return;
  // Zero or negative lifetimes make tokens that are already expired: not this rule's business.
  const verdict = insecureValue(value, (v) => typeof v === 'number' && v > 0 && exceedsLimit(v, limitHours * 3600));
  if (!verdict || typeof verdict.value !== 'number') return;
  report({
    messageId: verdict.state === 'env' ? 'envDependent' : 'tooLong',
    data: { ...data, duration: formatDuration(verdict.value), ...(verdict.state === 'env' ? { source: verdict.source } : {}) },
    range: reportRange(fact, value),
    suggestions,
    envDependent: verdict.state === 'env',
  });
}

function checkVerify(fact: TokenVerifyFact, report: (d: ReportDescriptor) => void): void {
  const value = fact.ignoreExpiration;
  const verdict = insecureValue(value, (v) => v === true);
  if (!verdict || verdict.state === 'absent') return;
  const data = { library: libraryLabel(fact.library), option: fact.optionName('ignoreExpiration') };
  const suggestions = [{ messageId: 'removeIgnoreExpiration', data, edits: fact.editor?.removeOption?.('ignoreExpiration') }];
  report({
    messageId: verdict.state === 'env' ? 'ignoreExpirationEnv' : 'ignoreExpiration',
    data: verdict.state === 'env' ? { ...data, source: verdict.source } : data,
    range: reportRange(fact, value),
    suggestions,
    envDependent: verdict.state === 'env',
  });
}

export default createRule({
  meta,
  check(context) {
    const report = (descriptor: ReportDescriptor): void => context.report(descriptor);
    for (const fact of context.facts as readonly Fact[]) {
      if (fact.kind === 'token-sign') {
        // An unsecured token ('none') is jwt-algorithm's finding; its lifetime is beside the point.
        if (fact.algorithm.kind === 'known' && fact.algorithm.value.toLowerCase() === 'none') continue;
        checkSign(fact, context.options.maxHours, report);
      } else if (fact.kind === 'token-verify') {
        checkVerify(fact, report);
      }
    }
  },
});
