import type { AdapterContext } from '../../adapterContext';
import { rateLimitOf } from '../../lifecycle/rateLimit';
import type { RouteHandler } from '../../lifecycle/routes';
import { appModelFor } from '../appModel';

/** Libraries that limit GraphQL fields themselves (a `@rateLimit` directive, a shield rule, an envelop plugin). */
const GRAPHQL_LIMITERS = ['graphql-rate-limit', 'graphql-rate-limit-directive', '@envelop/rate-limiter', 'graphql-ratelimit'];
const GRAPHQL_LIMITER_HINT = /graphql-rate-?limit|@envelop\/rate-limiter/;
/**
 * Express limiters a file may mount in front of the GraphQL endpoint: a limiter library, or a limiter
 * made in another module and mounted by name (`server.express.use(getExpressRateLimit())`, graphql-yoga 1).
 */
const EXPRESS_LIMITER_HINT = /express-rate-limit|rate-limiter-flexible|express-slow-down|express-brute|express-limiter|[Rr]ate_?[Ll]imit|[Ll]imiter\b/;

/**
 * Whether a login mutation is rate limited. A mutation has no route of its own: every request reaches
 * it through the GraphQL endpoint, so it is limited by a limiter in the resolver (`limiter.consume`),
 * a lockout counter, a limiter mounted on the whole app or on the endpoint's path in some file of the
 * package (`app.use(rateLimit(…))` before `server.applyMiddleware({ app })`), or a GraphQL rate-limit
 * library the package imports (its directives sit in the schema, which is not read: unknown, silent).
 */
export function mutationRateLimited(context: AdapterContext, mutation: RouteHandler): boolean | undefined {
  const inHandler = rateLimitOf(context, mutation);
  if (inHandler !== false) return inHandler;
  const model = appModelFor(context);
  if (model.someFile('graphql-rate-limit-library', GRAPHQL_LIMITER_HINT, (other) => other.importsAny(GRAPHQL_LIMITERS), context.file.budget)) return undefined;
  const appWide = model.filesWith(EXPRESS_LIMITER_HINT).some((file) =>
    (model.assemblyOf(file)?.uses ?? []).some((use) => coversGraphqlEndpoint(use.path) && use.middleware.some((m) => m.kind === 'rate-limit')),
  );
  return appWide;
}

/** A mount path that a GraphQL endpoint may sit under: the whole app, a non-literal path, or one naming graphql. */
function coversGraphqlEndpoint(path: string | undefined): boolean {
  return path === undefined || path === '/' || /graphql|gql/i.test(path);
}
