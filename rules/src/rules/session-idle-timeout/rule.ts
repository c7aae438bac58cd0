import type { OptionKey } from '../../model/edit';
import type { SessionConfigFact } from '../../model/facts';
import { createRule, type RuleContext } from '../../model/rule';
import type { Value } from '../../model/value';
import { libraryLabel, reportRange } from '../shared/cookies';
import { exceedsLimit, formatDuration, formatLimit } from '../shared/durations';
import { insecureValue } from '../shared/values';
import { meta } from './meta';

type Report = RuleContext<unknown>['report'];

interface Limit {
  readonly seconds: number;
  /** As configured: `30 minutes`, `24 hours`. */
  readonly label: string;
  readonly tooLong: string;
  readonly defaultTooLong: string;
}

/** Reports a timeout (in seconds) above the limit; `key` is the option a suggestion lowers. */
function checkTimeout(report: Report, fact: SessionConfigFact, value: Value<number | null>, key: OptionKey, limit: Limit): void {
  const verdict = insecureValue(value, (v) => typeof v === 'number' && v > 0 && exceedsLimit(v, limit.seconds));
  if (!verdict || typeof verdict.value !== 'number') return;
  const option = fact.optionName(key);
  const data = {
    library: libraryLabel(fact.library),
    option,
    duration: formatDuration(verdict.value),
    limit: limit.label,
    ...(verdict.state === 'env' ? { source: verdict.source } : {}),
  };
  const messageId = verdict.state === 'env' ? 'envDependent' : verdict.state === 'known' ? limit.tooLong : limit.defaultTooLong;
  const suggestions = [{ messageId: 'setTimeout', data, edits: fact.editor?.setOption(key, { type: 'duration', seconds: limit.seconds }) }];
  report({ messageId, data, range: reportRange(fact, value), suggestions, envDependent: verdict.state === 'env' });
}

export default createRule({
  meta,
  check(context) {
    const { idleTimeoutMinutes, absoluteTimeoutHours } = context.options;
    const idle: Limit = { seconds: idleTimeoutMinutes * 60, label: formatLimit(idleTimeoutMinutes, 'minute'), tooLong: 'idleTooLong', defaultTooLong: 'idleDefaultTooLong' };
    const absolute: Limit = { seconds: absoluteTimeoutHours * 3600, label: formatLimit(absoluteTimeoutHours, 'hour'), tooLong: 'absoluteTooLong', defaultTooLong: 'absoluteDefaultTooLong' };
    for (const fact of context.facts) {
      if (fact.kind !== 'session-config') continue;
      const { session } = fact;
      if (session.idleTimeout) checkTimeout(context.report, fact, session.idleTimeout, 'idleTimeout', idle);
      // Rolling sessions (express-session `rolling: true`, @fastify/session by default) idle out only through maxAge.
      else if ((session.rolling?.kind === 'known' && session.rolling.value) || (session.rolling?.kind === 'absent' && session.rolling.default === true)) checkRolling(context.report, fact, idle);
      if (session.absoluteTimeout) checkTimeout(context.report, fact, session.absoluteTimeout, 'absoluteTimeout', absolute);
    }
  },
});

/**
 * express-session `rolling: true` re-sends the cookie with a fresh maxAge on every response, which
 * makes cookie.maxAge the idle timeout; without a maxAge nothing ever idles out.
 */
function checkRolling(report: Report, fact: SessionConfigFact, idle: Limit): void {
  const maxAge = fact.cookie.maxAge;
  const noMaxAge = (maxAge.kind === 'known' && maxAge.value === null) || (maxAge.kind === 'absent' && (maxAge.default === null || maxAge.default === undefined));
  if (!noMaxAge) {
    checkTimeout(report, fact, maxAge, 'maxAge', { ...idle, defaultTooLong: 'idleTooLong' });
    return;
  }
  const option = fact.optionName('maxAge');
  const data = { library: libraryLabel(fact.library), option, limit: idle.label };
  const suggestions = [{ messageId: 'setTimeout', data, edits: fact.editor?.setOption('maxAge', { type: 'duration', seconds: idle.seconds }) }];
  // Point at `rolling: true` when this call's options hold it, else at the call (a shared spread base
  // is not where one particular session is configured) with the rolling option as related place.
  const rolling = fact.session.rolling;
  const rollingRange = rolling?.kind === 'known' && !rolling.file ? rolling.optionRange ?? rolling.range : undefined;
  const callOptions = fact.optionsRange ?? fact.range;
  const inCall = rollingRange !== undefined && rollingRange.start >= callOptions.start && rollingRange.end <= callOptions.end;
  const range = inCall ? rollingRange : callOptions;
  const related = rollingRange && !inCall ? [{ message: 'rolling is turned on here.', range: rollingRange }] : undefined;
  report({ messageId: 'rollingWithoutMaxAge', data, range, suggestions, ...(related ? { related } : {}) });
}
