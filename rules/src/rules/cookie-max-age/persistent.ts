import type { RuleContext } from '../../model/rule';
import { reportRange, type CookieTarget } from '../shared/cookies';
import { formatDuration } from '../shared/durations';

/** PHP's own session cookie: session.cookie_lifetime 0 (the default) ends it with the browser session. */
/**
 * The persistentSession option: a PHP session cookie with any lifetime (session.cookie_lifetime,
 * session_set_cookie_params(3600, …)) outlives the browser session. Only a known, written lifetime
 * is reported: PHP's default is 0, and a value from the environment is not judged here.
 */
export function reportPersistent(context: Pick<RuleContext<unknown>, 'report'>, target: CookieTarget): void {
  const { fact } = target;
  const value = target.cookie.maxAge;
  if (fact.kind !== 'session-config' || !PHP_SESSION_LIBRARIES.has(fact.library)) return;
  if (value.kind !== 'known' || typeof value.value !== 'number' || value.value <= 0) return;
  const data = { label: target.label, option: fact.optionName('maxAge'), duration: formatDuration(value.value) };
  // Behaviour changes (users are signed out when the browser closes): a suggestion.
  const suggestion = { messageId: 'browserSession', data, edits: fact.editor?.setOption('maxAge', { type: 'duration', seconds: 0 }) };
  context.report({ messageId: 'persistent', data, range: reportRange(fact, value), suggestions: [suggestion] });
}

const PHP_SESSION_LIBRARIES = new Set(['php-ini', 'php-session']);
