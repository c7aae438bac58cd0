import type { LaravelRoute } from '../adapters/lifecycleRoutes';
import type { PhpFile } from '../fileContext';
import { laravelAppOf } from './laravelApp';

/** What the app model says about a route's throttle, beyond the middleware written on the route and its groups. */
export interface RouteThrottleVerdict {
  /** What throttles it (the controller's middleware, a limiter, the group's throttle); undefined when nothing found does. */
  readonly throttledBy: string | undefined;
  /** The controller was read: '' when nothing in it throttles; undefined when it was not read (or the route has none). */
  readonly controller: string | undefined;
  /** The route file's middleware group: its throttle, 'none', or undefined when the app does not say. */
  readonly group: string | undefined;
}

const UNKNOWN: RouteThrottleVerdict = { throttledBy: undefined, controller: undefined, group: undefined };

/**
 * A route of routes/*.php judged with the application around it: a login route to
 * `[LoginController::class, 'login']` is throttled when the controller's constructor applies
 * `throttle`, its method or form request calls a rate limiter, it uses ThrottlesLogins, or the
 * route file's middleware group throttles every route.
 */
export function laravelRouteThrottle(file: PhpFile, route: LaravelRoute): RouteThrottleVerdict {
  const app = laravelAppOf(file);
  if (!app) return UNKNOWN;
  const group = app.groupOf(file.fileName);
  const groupThrottle = group ? app.groupThrottle(group) : undefined;
  const controller = route.controller ? app.controllerThrottle(file, route.controller) : undefined;
  const groupBy = groupThrottle && groupThrottle !== 'none' ? `the '${group}' middleware group (${groupThrottle})` : undefined;
  return { throttledBy: controller || groupBy, controller, group: groupThrottle };
}
