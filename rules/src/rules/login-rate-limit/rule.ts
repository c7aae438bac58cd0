import { factsOfKind } from '../../model/facts';
import { createRule } from '../../model/rule';
import { meta } from './meta';

export default createRule({
  meta,
  check(context) {
    for (const handler of factsOfKind(context.facts, 'auth-handler')) {
      if (handler.role !== 'login' || handler.rateLimited !== false) continue;
      const route = handler.route ? `${handler.route.method} ${handler.route.path ?? ''}`.trim() : 'login';
      context.report({ messageId: 'unlimited', data: { route }, // The route's path, not the whole registration: the handler can be many lines long.
      range: handler.route?.pathRange ?? handler.route?.range ?? handler.range, related: handler.related });
    }
  },
});
