import { createRule } from '../../model/rule';
import { cookieTargets, libraryLabel, reportRange } from '../shared/cookies';
import { exceedsLimit, formatDuration, formatLimit } from '../shared/durations';
import { insecureValue } from '../shared/values';
import { meta } from './meta';
import { reportPersistent } from './persistent';

const MESSAGE = { known: 'tooLong', absent: 'defaultTooLong', env: 'envDependent' } as const;


export default createRule({
  meta,
  check(context) {
    const limitSeconds = context.options.maxAgeHours * 3600;
    for (const target of cookieTargets(context.facts)) {
      // A long-lived theme or consent cookie is fine; only sessions must expire.
      if (!target.sessionLike) continue;
      const { fact } = target;
      const value = target.cookie.maxAge;
      // null is a browser-session cookie; zero or less deletes the cookie.
      const verdict = insecureValue(value, (v) => typeof v === 'number' && v > 0 && exceedsLimit(v, limitSeconds));
      if (!verdict || typeof verdict.value !== 'number') {
        if (context.options.persistentSession) reportPersistent(context, target);
        continue;
      }
      const data = {
        label: target.label,
        option: fact.optionName('maxAge'),
        library: libraryLabel(fact.library),
        duration: formatDuration(verdict.value),
        limit: formatLimit(context.options.maxAgeHours, 'hour'),
        ...(verdict.state === 'env' ? { source: verdict.source } : {}),
      };
      const suggestion = { messageId: 'lowerMaxAge', data, edits: fact.editor?.setOption('maxAge', { type: 'duration', seconds: limitSeconds }) };
      context.report({
        messageId: MESSAGE[verdict.state],
        data,
        range: reportRange(fact, value),
        suggestions: [suggestion],
        envDependent: verdict.state === 'env',
      });
    }
  },
});
