import type { TextEdit } from '../../model/edit';
import type { TextRange } from '../../model/range';
import { createRule, type RuleContext } from '../../model/rule';
import type { Fact } from '../../model/facts';
import { cookieTargets, hostPrefixedName, nameSharedWithOtherCookies, reportRange, type CookieTarget } from '../shared/cookies';
import { combineEdits } from '../shared/edits';
import { certainly, isAuto } from '../shared/values';
import { meta } from './meta';

const HOST = '__Host-';
const SECURE = '__Secure-';

/** What keeps the cookie from meeting the __Host- rules, as phrases; [] when it does (or cannot be told). */
function hostProblems(target: CookieTarget): string[] {
  const { path, domain } = target.cookie;
  const problems: string[] = [];
  if (notSecure(target)) problems.push('it is not Secure');
  if (path.kind === 'known' && path.value !== '/') problems.push(`its Path is '${path.value}'`);
  if (domain.kind === 'known' && domain.value !== '') problems.push('it has a Domain');
  return problems;
}

/** Edits that make the cookie meet the __Host- rules; [] parts for what already holds. */
function hostRequirementEdits(target: CookieTarget): (TextEdit[] | undefined)[] {
  const { fact, cookie } = target;
  const editor = fact.editor;
  const parts: (TextEdit[] | undefined)[] = [];
  if (!certainly(cookie.secure, true) && !isAuto(cookie.secure)) parts.push(editor?.setOption('secure', { type: 'boolean', value: true }));
  if (!certainly(cookie.path, '/')) parts.push(editor?.setOption('path', { type: 'string', value: '/' }));
  if (cookie.domain.kind !== 'absent') parts.push(editor?.removeOption?.('domain'));
  return parts;
}

export default createRule({
  meta,
  check(context) {
    for (const target of cookieTargets(context.facts)) {
      if (!target.sessionLike) continue;
      const { fact } = target;
      const nameValue = target.cookie.name;
      const name = nameValue.kind === 'known' ? nameValue.value : nameValue.kind === 'absent' ? nameValue.default : undefined;
      if (name === undefined) continue;
      const range = reportRange(fact, nameValue);
      // `The express-session cookie 'connect.sid'`; write labels already carry the name.
      const label = target.label.includes(`'${name}'`) ? target.label : `${target.label} '${name}'`;
      const data = { label, name, secureOption: fact.optionName('secure') };
      if (name.startsWith(HOST)) {
        const problems = hostProblems(target);
        if (problems.length === 0) continue;
        const edits = combineEdits(hostRequirementEdits(target));
        context.report({ messageId: 'hostRequirements', data: { ...data, problems: joinPhrases(problems) }, range, suggestions: [{ messageId: 'fixHostRequirements', edits }] });
      } else if (name.startsWith(SECURE)) {
        if (context.options.allowSecurePrefix) {
          if (!notSecure(target)) continue;
          const edits = fact.editor?.setOption('secure', { type: 'boolean', value: true });
          context.report({ messageId: 'secureRequirements', data, range, suggestions: [{ messageId: 'fixHostRequirements', edits }] });
        } else {
          reportMissing(context.report, context.facts, target, name, range, data);
        }
      } else {
        reportMissing(context.report, context.facts, target, name, range, data);
      }
    }
  },
});

/** Certainly not Secure: written false, or absent where the library does not set it. */
function notSecure(target: CookieTarget): boolean {
  const secure = target.cookie.secure;
  return (secure.kind === 'known' && secure.value === false) || (secure.kind === 'absent' && secure.default !== true);
}

function reportMissing(
  report: RuleContext<unknown>['report'],
  facts: readonly Fact[],
  target: CookieTarget,
  name: string,
  range: TextRange,
  data: Record<string, string>,
): void {
  const suggested = hostPrefixedName(name);
  // A name shared by several cookies is renamed for all of them, and the others may not meet the __Host- rules.
  const rename = nameSharedWithOtherCookies(facts, target.fact) ? undefined : target.fact.editor?.setOption('name', { type: 'string', value: suggested });
  const edits = combineEdits([rename, ...hostRequirementEdits(target)]);
  const withName = { ...data, suggested };
  report({ messageId: 'missingPrefix', data: withName, range, suggestions: [{ messageId: 'renameWithHostPrefix', data: withName, edits }] });
}

function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}
