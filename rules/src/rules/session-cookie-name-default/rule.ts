import type { CookieAttributes } from '../../model/facts';
import { createRule } from '../../model/rule';
import { hostPrefixedName, libraryLabel, nameSharedWithOtherCookies, reportRange } from '../shared/cookies';
import { certainly } from '../shared/values';
import { meta } from './meta';

/** `__Host-sid` where the cookie already meets that prefix's rules, `sid` where renaming alone would break it. */
function suggestedName(cookie: CookieAttributes, name: string): string {
  const hostReady = certainly(cookie.secure, true) && certainly(cookie.path, '/') && cookie.domain.kind === 'absent';
  return hostReady ? hostPrefixedName(name) : 'sid';
}

export default createRule({
  meta,
  check(context) {
    const defaults = new Set(context.options.names.map((n) => n.toLowerCase()));
    for (const fact of context.facts) {
      if (fact.kind !== 'session-config') continue;
      const value = fact.cookie.name;
      const name = value.kind === 'known' ? value.value : value.kind === 'absent' ? value.default : undefined;
      if (name === undefined || !defaults.has(name.toLowerCase())) continue;
      // A name shared with other cookies is renamed for all of them: only a prefix-free name is safe there.
      const suggested = nameSharedWithOtherCookies(context.facts, fact) ? 'sid' : suggestedName(fact.cookie, name);
      const data = { library: libraryLabel(fact.library), name, option: fact.optionName('name'), suggested };
      const suggestions = [{ messageId: 'rename', data, edits: fact.editor?.setOption('name', { type: 'string', value: suggested }) }];
      context.report({ messageId: value.kind === 'known' ? 'defaultName' : 'defaultNameAbsent', data, range: reportRange(fact, value), suggestions });
    }
  },
});
