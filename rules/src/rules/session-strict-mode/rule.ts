import { createRule } from '../../model/rule';
import { reportRange } from '../shared/cookies';
import { insecureValue } from '../shared/values';
import { meta } from './meta';
import { sessionLabel } from '../shared/sessionLabels';

const MESSAGE = { known: 'disabled', absent: 'missing', env: 'envDependent' } as const;

export default createRule({
  meta,
  check(context) {
    for (const fact of context.facts) {
      // Only libraries with a strict-mode setting have the field (PHP, php.ini, Symfony 3); an absent value
      // comes only from files that configure sessions, so a bare session_start() is never reported.
      if (fact.kind !== 'session-config' || !fact.session.strictMode) continue;
      const value = fact.session.strictMode;
      const verdict = insecureValue(value, (v) => v === false);
      if (!verdict) continue;
      const data = { label: sessionLabel(fact), option: fact.optionName('strictMode'), ...(verdict.state === 'env' ? { source: verdict.source } : {}) };
      const fix = { messageId: 'enableStrictMode', data, edits: fact.editor?.setOption('strictMode', { type: 'boolean', value: true }) };
      context.report({ messageId: MESSAGE[verdict.state], data, range: reportRange(fact, value), fix, envDependent: verdict.state === 'env' });
    }
  },
});
