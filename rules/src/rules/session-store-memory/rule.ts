import { createRule } from '../../model/rule';
import { libraryLabel, reportRange } from '../shared/cookies';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

const MESSAGE = { known: 'memoryStore', absent: 'defaultStore', env: 'envDependent' } as const;

export default createRule({
  meta,
  check(context) {
    for (const fact of context.facts) {
      // Cookie-only sessions (cookie-session) have no server-side store at all.
      if (fact.kind !== 'session-config' || !fact.serverSide || !fact.session.store) continue;
      const value = fact.session.store;
      const verdict = insecureValue(value, (v) => v === 'memory');
      if (!verdict) continue;
      const data = { library: libraryLabel(fact.library), option: fact.optionName('store'), ...(verdict.state === 'env' ? { source: verdict.source } : {}) };
      // Laravel's 'array' driver: a driver name, not a store object to pass.
      const messageId = fact.library === 'laravel' && verdict.state === 'known' ? 'memoryDriver' : MESSAGE[verdict.state];
      context.report({ messageId, data, range: reportRange(fact, value), envDependent: verdict.state === 'env' });
    }
  },
});
