import { createRule } from '../../model/rule';
import { cookieTargets, libraryLabel, reportRange } from '../shared/cookies';
import { meta } from './meta';

export default createRule({
  meta,
  check(context) {
    for (const target of cookieTargets(context.facts)) {
      if (!target.sessionLike && !context.options.checkAllCookies) continue;
      const value = target.cookie.httpOnly;
      const data = { label: target.label, option: target.fact.optionName('httpOnly'), library: libraryLabel(target.fact.library) };
      const fix = { messageId: 'addHttpOnly', edits: target.fact.editor?.setOption('httpOnly', { type: 'boolean', value: true }) };
      const range = reportRange(target.fact, value);
      if (value.kind === 'known' && value.value === false) {
        context.report({ messageId: 'disabled', data, range, fix });
      } else if (value.kind === 'absent' && value.default === false) {
        context.report({ messageId: 'missing', data, range, fix });
      } else if (value.kind === 'env' && (value.candidates.includes(false) || value.fallback?.value === false)) {
        context.report({ messageId: 'envDependent', data: { ...data, source: value.source }, range, fix, envDependent: true });
      }
    }
  },
});
