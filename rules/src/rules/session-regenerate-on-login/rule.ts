import { factsOfKind } from '../../model/facts';
import { createRule } from '../../model/rule';
import { callsHelper } from '../shared/helpers';
import { meta } from './meta';

const RENEW_CALL: Readonly<Record<string, string>> = {
  express: 'req.session.regenerate(callback)',
  nest: 'req.session.regenerate(callback)',
  fastify: 'await request.session.regenerate()',
  php: 'session_regenerate_id(true)',
  laravel: '$request->session()->regenerate()',
  symfony: '$session->migrate(true)',
};

export default createRule({
  meta,
  check(context) {
    for (const handler of factsOfKind(context.facts, 'auth-handler')) {
      // Cookie-only sessions (cookie-session) have no server-side id an attacker could fix.
      if (handler.role !== 'login' || handler.sessionStorage === 'cookie' || handler.renewal === undefined || handler.renewal === 'renewed') continue;
      // The user's own helpers that renew the session count when the write waits for them.
      if (callsHelper(handler.awaitedCalls ?? [], context.options.loginHelpers)) continue;
      // session_regenerate_id() without true is reported where it is called: that is the line to change.
      const range = (handler.renewal === 'incomplete' ? handler.renewalRange : undefined) ?? handler.identityWrite ?? handler.range;
      const renew = RENEW_CALL[handler.framework] ?? 'the session renewal';
      // Inserting an awaited renewal keeps the handler's shape (PHP, Fastify); wrapping an Express handler in a callback is for a person to review.
      const asFix = handler.framework === 'fastify' || handler.framework === 'php' || handler.framework === 'laravel' || handler.framework === 'symfony';
      const edit = { messageId: 'renewSession', edits: handler.renewEdits };
      const messageId =
        handler.strategy === 'none'
          ? 'strategyNone'
          : handler.renewal === 'incomplete'
            ? 'incomplete'
            : handler.renewal === 'late'
              ? 'late'
              : handler.evidence === 'passport.authenticate()'
                ? 'passportOld'
                : 'missing';
      if (handler.strategy === 'none') {
        // Changing a framework-wide setting changes every login: a person decides.
        context.report({ messageId, data: { evidence: handler.evidence, renew }, range, related: handler.related, suggestions: [{ messageId: 'useMigrate', edits: handler.renewEdits }] });
        continue;
      }
      context.report({
        messageId,
        data: { evidence: handler.evidence, renew },
        range,
        related: handler.related,
        ...(asFix ? { fix: edit } : { suggestions: [edit] }),
      });
    }
  },
});
