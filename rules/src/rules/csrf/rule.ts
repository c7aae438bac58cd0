import { factsOfKind } from '../../model/facts';
import { createRule } from '../../model/rule';
import { meta } from './meta';

export default createRule({
  meta,
  check(context) {
    const sessions = factsOfKind(context.facts, 'session-config');
    for (const surface of factsOfKind(context.facts, 'csrf-surface')) {
      if (surface.defence.kind === 'disabled') {
        context.report({ messageId: 'disabled', data: { reason: surface.defence.reason }, range: surface.defence.range, related: surface.related });
        continue;
      }
      if (surface.defence.kind !== 'none') continue;
      // SameSite=Lax or Strict, set explicitly, keeps browsers from sending the cookie on cross-site unsafe requests.
      const session = surface.sameSiteJudged ? undefined : sessions.find((s) => s.range.start === surface.range.start);
      const sameSite = session?.cookie.sameSite;
      if (sameSite?.kind === 'known' && (sameSite.value === 'lax' || sameSite.value === 'strict')) continue;
      if (sameSite?.kind === 'absent' && (sameSite.default === 'lax' || sameSite.default === 'strict')) continue;
      if (sameSite?.kind === 'unknown' || (sameSite?.kind === 'env' && !neverProtects(sameSite.candidates))) continue;
      const routes = surface.routes.slice(0, 3).map((r) => `${r.method} ${r.path ?? '…'}`).join(', ') + (surface.routes.length > 3 ? ', …' : '');
      context.report({ messageId: 'unprotected', data: { routes }, range: surface.range, related: surface.related });
    }
  },
});

/**
 * An environment-dependent SameSite whose branches are all known and none of them Lax or Strict
 * (`NODE_ENV === 'development' ? '' : 'none'`, Odin-Book): the cookie goes cross-site in every
 * environment, so the environment decides nothing. One branch unread (fewer than two candidates) stays unknown.
 */
function neverProtects(candidates: readonly string[]): boolean {
  return candidates.length >= 2 && candidates.every((value) => value !== 'lax' && value !== 'strict');
}
