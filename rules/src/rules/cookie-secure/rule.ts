import type { FixDescriptor } from '../../model/finding';
import { createRule } from '../../model/rule';
import { cookieTargets, isScriptPreferenceCookie, libraryLabel, reportRange } from '../shared/cookies';
import { insecureValue, isAuto } from '../shared/values';
import { meta } from './meta';

/** Libraries whose secure option accepts 'auto' (Secure when the request is HTTPS). */
const SUPPORTS_AUTO = new Set(['express-session', '@fastify/session', '@fastify/cookie']);

export default createRule({
  meta,
  check(context) {
    for (const target of cookieTargets(context.facts)) {
      if (!target.sessionLike && !context.options.checkAllCookies) continue;
      if (isScriptPreferenceCookie(target) && !context.options.scriptPreferenceCookies) continue;
      const value = target.cookie.secure;
      // 'auto' is Secure on every HTTPS request: the right setting behind a proxy.
      if (isAuto(value)) continue;
      const verdict = insecureValue(value, (v) => v === false);
      if (!verdict) continue;
      const { fact } = target;
      const option = fact.optionName('secure');
      const data = { label: target.label, option, library: libraryLabel(fact.library) };
      const suggestions: FixDescriptor[] = [{ messageId: 'setSecure', data, edits: fact.editor?.setOption('secure', { type: 'boolean', value: true }) }];
      if (SUPPORTS_AUTO.has(fact.library)) {
        const trustProxy = fact.library === 'express-session' ? "app.set('trust proxy', 1)" : 'Fastify({ trustProxy: true })';
        suggestions.push({ messageId: 'setSecureAuto', data: { ...data, trustProxy }, edits: fact.editor?.setOption('secure', { type: 'string', value: 'auto' }) });
      }
      const range = reportRange(fact, value);
      if (verdict.state === 'env') {
        context.report({ messageId: 'envDependent', data: { ...data, source: verdict.source }, range, suggestions, envDependent: true });
      } else {
        context.report({ messageId: verdict.state === 'known' ? 'disabled' : 'missing', data, range, suggestions });
      }
    }
  },
});
