import { factsOfKind } from '../../model/facts';
import { createRule } from '../../model/rule';
import { meta } from './meta';

export default createRule({
  meta,
  check(context) {
    for (const fact of factsOfKind(context.facts, 'session-id-input')) {
      context.report({ messageId: 'fromInput', data: { source: fact.source }, range: fact.range, related: fact.related });
    }
  },
});
