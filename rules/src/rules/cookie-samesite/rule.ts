import type { FixDescriptor } from '../../model/finding';
import { createRule, type RuleContext } from '../../model/rule';
import type { TextRange } from '../../model/range';
import { cookieTargets, isScriptPreferenceCookie, libraryLabel, reportRange, type CookieTarget } from '../shared/cookies';
import { insecureValue, isAuto } from '../shared/values';
import { meta } from './meta';

const VALID = new Set(['lax', 'strict', 'none']);

/** express-session 1.19 accepts sameSite: 'auto' (None on secure requests, Lax otherwise). */
const SUPPORTS_AUTO = new Set(['express-session']);

/** '' means "not sent" (express `sameSite: false`); undefined, a library that sends none by default. */
const isMissing = (v: string | undefined): boolean => v === undefined || v === '';
const isInvalid = (v: string | undefined): boolean => v !== undefined && v !== '' && !VALID.has(v);

export default createRule({
  meta,
  check(context) {
    for (const target of cookieTargets(context.facts)) {
      if (!target.sessionLike && !context.options.checkAllCookies) continue;
      if (isScriptPreferenceCookie(target) && !context.options.scriptPreferenceCookies) continue;
      const { fact, cookie } = target;
      const value = cookie.sameSite;
      if (SUPPORTS_AUTO.has(fact.library) && isAuto(value)) continue;
      const range = reportRange(fact, value);
      const data = {
        label: target.label,
        option: fact.optionName('sameSite'),
        secureOption: fact.optionName('secure'),
        library: libraryLabel(fact.library),
      };
      const setLax: FixDescriptor = { messageId: 'setLax', data, edits: fact.editor?.setOption('sameSite', { type: 'string', value: 'lax' }) };
      const setStrict: FixDescriptor = { messageId: 'setStrict', data, edits: fact.editor?.setOption('sameSite', { type: 'string', value: 'strict' }) };

      const none = insecureValue(value, (v) => v === 'none');
      if (none) {
        reportNoneWithoutSecure(context.report, target, none.state === 'env' ? none.source : undefined, range, data, setLax);
        continue;
      }
      const missing = insecureValue(value, isMissing);
      // An explicit Lax is a suggestion, never a fix: Firefox and Safari do not default to Lax, and
      // Chrome's Lax-by-default still lets top-level cross-site POSTs through for two minutes after
      // the cookie is set, which OAuth `form_post` callbacks and payment returns rely on.
      if (missing?.state === 'env') {
        context.report({ messageId: 'envDependent', data: { ...data, source: missing.source }, range, suggestions: [setLax, setStrict], envDependent: true });
      } else if (missing) {
        context.report({ messageId: missing.state === 'known' ? 'disabled' : 'missing', data, range, suggestions: [setLax, setStrict] });
      } else {
        const invalid = insecureValue(value, isInvalid);
        if (invalid && invalid.state !== 'absent') {
          const report = { data: { ...data, value: String(invalid.value) }, range, suggestions: [setLax, setStrict] };
          if (invalid.state === 'env') context.report({ messageId: 'envDependent', ...report, data: { ...report.data, source: invalid.source }, envDependent: true });
          else context.report({ messageId: 'invalid', ...report });
        }
      }
    }
  },
});

/** SameSite=None needs Secure; 'auto' is Secure on the HTTPS requests where cross-site use works at all. */
function reportNoneWithoutSecure(
  report: RuleContext<unknown>['report'],
  target: CookieTarget,
  sameSiteSource: string | undefined,
  range: TextRange,
  data: Record<string, string>,
  setLax: FixDescriptor,
): void {
  const secure = target.cookie.secure;
  if (isAuto(secure)) return;
  const insecure = insecureValue(secure, (v) => v !== true);
  if (!insecure) return;
  // `sameSite: isProd ? 'none' : 'lax'` with `secure: isProd`: both follow the same condition.
  if (insecure.state === 'env' && insecure.source === sameSiteSource) return;
  const setSecure: FixDescriptor = { messageId: 'setSecure', data, edits: target.fact.editor?.setOption('secure', { type: 'boolean', value: true }) };
  const suggestions = [setSecure, setLax];
  if (insecure.state === 'env' || sameSiteSource !== undefined) {
    const source = insecure.state === 'env' ? insecure.source : sameSiteSource!;
    report({ messageId: 'noneWithoutSecureEnv', data: { ...data, source }, range, suggestions, envDependent: true });
  } else {
    report({ messageId: 'noneWithoutSecure', data, range, suggestions });
  }
}
