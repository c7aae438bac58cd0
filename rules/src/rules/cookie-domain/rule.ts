import { createRule } from '../../model/rule';
import { cookieTargets, reportRange } from '../shared/cookies';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

const withoutDot = (domain: string): string => domain.replace(/^\./, '').toLowerCase();

export default createRule({
  meta,
  check(context) {
    const allowed = new Set(context.options.allowedDomains.map(withoutDot));
    for (const target of cookieTargets(context.facts)) {
      if (!target.sessionLike && !context.options.checkAllCookies) continue;
      const { fact } = target;
      const value = target.cookie.domain;
      // An empty or absent Domain is host-only; only a written domain widens the cookie.
      const verdict = insecureValue(value, (v) => v !== undefined && v.trim() !== '' && !allowed.has(withoutDot(v)));
      if (!verdict || verdict.value === undefined) continue;
      const domain = verdict.value;
      const option = fact.optionName('domain');
      const data = { label: target.label, option, domain, parent: withoutDot(domain) };
      const suggestions = [{ messageId: 'removeDomain', data, edits: fact.editor?.removeOption?.('domain') }];
      const range = reportRange(fact, value);
      if (verdict.state === 'env') {
        context.report({ messageId: 'envDependent', data: { ...data, source: verdict.source }, range, suggestions, envDependent: true });
      } else {
        context.report({ messageId: domain.startsWith('.') ? 'leadingDot' : 'domainSet', data, range, suggestions });
      }
    }
  },
});
