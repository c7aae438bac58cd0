import type { OptionKey } from '../../model/edit';
import type { SessionConfigFact } from '../../model/facts';
import { createRule, type RuleContext } from '../../model/rule';
import type { Value } from '../../model/value';
import { reportRange } from '../shared/cookies';
import { sessionLabel } from '../shared/sessionLabels';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

type Report = RuleContext<unknown>['report'];

interface Check {
  readonly key: OptionKey;
  /** The secure value, which the fix writes. */
  readonly secure: boolean;
  readonly messageId: 'transSid' | 'notOnlyCookies' | 'noCookies';
  readonly fixMessageId: 'disableTransSid' | 'onlyCookies' | 'useCookies';
  /** Whether the change keeps the application working for every client (a fix) or not (a suggestion). */
  readonly safe: boolean;
}

const CHECKS: readonly Check[] = [
  { key: 'useTransSid', secure: false, messageId: 'transSid', fixMessageId: 'disableTransSid', safe: true },
  { key: 'useOnlyCookies', secure: true, messageId: 'notOnlyCookies', fixMessageId: 'onlyCookies', safe: true },
  { key: 'useCookies', secure: true, messageId: 'noCookies', fixMessageId: 'useCookies', safe: false },
];

function sessionValue(fact: SessionConfigFact, key: OptionKey): Value<boolean> | undefined {
  if (key === 'useTransSid') return fact.session.useTransSid;
  if (key === 'useOnlyCookies') return fact.session.useOnlyCookies;
  return fact.session.useCookies;
}

/**
 * PHP only: use_trans_sid on, use_only_cookies off, use_cookies off. PHP's defaults are the secure
 * values, so only a written insecure value is reported. (RULES.md also lists a JS form, a session
 * id put into a URL by code; that needs data-flow facts the frontends do not produce yet.)
 */
export default createRule({
  meta,
  check(context) {
    for (const fact of context.facts) {
      if (fact.kind !== 'session-config') continue;
      for (const check of CHECKS) checkSetting(context.report, fact, check);
    }
  },
});

/**
 * Whether PHP reads or writes the id in URLs at all: only with use_only_cookies off or use_trans_sid
 * on. With both at PHP's defaults, use_cookies = 0 keeps the id out of cookies and out of URLs
 * alike (FreshRSS turns it off after the first session_start() of a request so that later ones do
 * not resend the cookie header).
 */
function urlIdsPossible(fact: SessionConfigFact): boolean {
  const { useOnlyCookies, useTransSid } = fact.session;
  return (useOnlyCookies !== undefined && insecureValue(useOnlyCookies, (v) => v === false) !== undefined) || (useTransSid !== undefined && insecureValue(useTransSid, (v) => v === true) !== undefined);
}

function checkSetting(report: Report, fact: SessionConfigFact, check: Check): void {
  const value = sessionValue(fact, check.key);
  if (!value) return;
  if (check.key === 'useCookies' && !urlIdsPossible(fact)) return;
  const verdict = insecureValue(value, (v) => v === !check.secure);
  if (!verdict || verdict.state === 'absent') return;
  const data = { label: sessionLabel(fact), option: fact.optionName(check.key), secure: check.secure ? '1' : '0', ...(verdict.state === 'env' ? { source: verdict.source } : {}) };
  const change = { messageId: check.fixMessageId, data, edits: fact.editor?.setOption(check.key, { type: 'boolean', value: check.secure }) };
  const range = reportRange(fact, value);
  const edit = check.safe ? { fix: change } : { suggestions: [change] };
  if (verdict.state === 'env') report({ messageId: 'envDependent', data, range, ...edit, envDependent: true });
  else report({ messageId: check.messageId, data, range, ...edit });
}
