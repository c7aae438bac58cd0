import { factsOfKind } from '../../model/facts';
import { createRule } from '../../model/rule';
import { meta } from './meta';

export default createRule({
  meta,
  check(context) {
    for (const handler of factsOfKind(context.facts, 'auth-handler')) {
      if (handler.role !== 'login' || handler.rateLimited !== false) continue;
      const firewall = handler.firewallThrottle;
      if (firewall) {
        // Symfony: the firewall's login key, where `login_throttling` goes; before 5.2 the fix is an upgrade or a bundle.
        const messageId = firewall.available === false ? 'firewallNoThrottlingOld' : 'firewallNoThrottling';
        context.report({ messageId, data: { firewall: firewall.firewall, authenticator: firewall.authenticator }, range: handler.range, related: handler.related });
        continue;
      }
      const route = handler.route ? `${handler.route.method} ${handler.route.path ?? ''}`.trim() : 'login';
      context.report({ messageId: 'unlimited', data: { route }, // The route's path, not the whole registration: the handler can be many lines long.
      range: handler.route?.pathRange ?? handler.route?.range ?? handler.range, related: handler.related });
    }
  },
});
