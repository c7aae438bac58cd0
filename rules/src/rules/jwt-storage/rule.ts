import { createRule } from '../../model/rule';
import { meta } from './meta';

export default createRule({
  meta,
  check(context) {
    for (const fact of context.facts) {
      if (fact.kind !== 'token-storage') continue;
      if (fact.storage === 'sessionStorage' && !context.options.checkSessionStorage) continue;
      const key = fact.key.kind === 'known' ? `'${fact.key.value}'` : 'a computed key';
      if (fact.why === 'login-response' && fact.origin) {
        context.report({ messageId: 'loginResponse', data: { storage: fact.storage, key, origin: fact.origin }, range: fact.range });
      } else {
        context.report({ messageId: 'tokenByName', data: { storage: fact.storage, key }, range: fact.range });
      }
    }
  },
});
