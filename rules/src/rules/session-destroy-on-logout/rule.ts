import { factsOfKind } from '../../model/facts';
import { createRule } from '../../model/rule';
import { callsHelper } from '../shared/helpers';
import { meta } from './meta';

const DESTROY_CALL: Readonly<Record<string, string>> = {
  express: 'req.session.destroy()',
  nest: 'req.session.destroy()',
  fastify: 'await request.session.destroy()',
  php: 'session_destroy() and clearing the session cookie',
  laravel: '$request->session()->invalidate()',
  symfony: '$session->invalidate()',
};

export default createRule({
  meta,
  check(context) {
    for (const handler of factsOfKind(context.facts, 'auth-handler')) {
      if (handler.role !== 'logout' || handler.destruction === undefined || handler.destruction === 'destroyed') continue;
      // The user's own helpers that end the session, called from the handler.
      if (callsHelper(handler.awaitedCalls ?? [], context.options.logoutHelpers)) continue;
      const destroy =
        handler.sessionStorage === 'cookie' && handler.framework === 'fastify'
          ? 'request.session.delete()'
          : handler.sessionStorage === 'cookie' && (handler.framework === 'express' || handler.framework === 'nest')
            ? 'req.session = null'
            : DESTROY_CALL[handler.framework] ?? 'the session library\'s destroy call';
      if (handler.keptBySetting) {
        // Changing a firewall's setting changes every logout of it: a person decides.
        context.report({ messageId: 'keptBySetting', range: handler.range, related: handler.related, suggestions: [{ messageId: 'useInvalidate', edits: handler.destroyEdits }] });
        continue;
      }
      context.report({
        messageId: handler.destruction === 'partial' && handler.cookieKept ? 'cookieKept' : handler.destruction,
        data: { destroy },
        range: handler.partialRange ?? handler.range,
        related: handler.related,
        suggestions: [{ messageId: 'destroySession', edits: handler.destroyEdits }],
      });
    }
  },
});
