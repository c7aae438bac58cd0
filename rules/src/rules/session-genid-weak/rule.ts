import { createRule } from '../../model/rule';
import { libraryLabel, reportRange } from '../shared/cookies';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export default createRule({
  meta,
  check(context) {
    for (const fact of context.facts) {
      if (fact.kind !== 'session-config' || !fact.session.genid) continue;
      const value = fact.session.genid;
      const verdict = insecureValue(value, (sources) => sources !== undefined && sources.length > 0);
      if (!verdict?.value) continue;
      const option = fact.optionName('genid');
      const data = { library: libraryLabel(fact.library), option, sources: list(verdict.value), ...(verdict.state === 'env' ? { source: verdict.source } : {}) };
      const suggestions = [{ messageId: 'removeGenid', data, edits: fact.editor?.removeOption?.('genid') }];
      // PHP has no generator option: the id is set with session_id($id) (php frontend, 'php-session').
      const messageId = verdict.state === 'env' ? 'envDependent' : fact.library === 'php-session' ? 'weakSessionId' : 'weakGenerator';
      context.report({ messageId, data, range: reportRange(fact, value), suggestions, envDependent: verdict.state === 'env' });
    }
  },
});
