import { childrenOf, isFunction, memberName, stringLiteral, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { asFunction } from '../lifecycle/handlerFunction';
import { appliesLimiter } from '../lifecycle/rateLimit';
import { getEntry, truthiness, type JsValue } from '../values';
import { overridesUncheckedMethods } from './methodOverride';

/** What a middleware mounted with `use` or put on a route does, as far as the lifecycle rules care. */
export type MiddlewareKind = 'csrf' | 'origin-check' | 'rate-limit' | 'method-override' | 'session' | 'other';

/** CSRF libraries of Express, Koa and NestJS (ncsrf's `nestCsrf()` and @tekuconcept/nestjs-csrf are Express middleware mounted in main.ts). */
export const CSRF_MODULES = ['csrf-csrf', 'csrf-sync', 'lusca', 'tiny-csrf', 'csurf', '@dr.pogodin/csurf', 'csrf', 'koa-csrf', 'csrf-protection', 'ncsrf', '@tekuconcept/nestjs-csrf'];
const SESSION_MODULES = ['express-session', 'cookie-session'];
/** Names of CSRF middleware whose module the file does not show (`const { doubleCsrfProtection } = doubleCsrf(…)` from a config module). */
const CSRF_NAME = /csrf|xsrf/i;
const ORIGIN_HEADER = /^(origin|referer|referrer)$/i;

/** The module a value comes from, through calls and members: `lusca.csrf()`, `csurf({ cookie: true })`, `new RateLimiter()`. */
function moduleRoot(value: JsValue): { module: string; path: readonly string[]; call?: JsValue } | undefined {
  if (value.kind === 'module') return { module: value.module, path: value.path };
  if (value.kind === 'call' || value.kind === 'instance') {
    const inner = moduleRoot(value.kind === 'call' ? value.callee : value.of);
    return inner ? { ...inner, call: value } : undefined;
  }
  return undefined;
}

/** cookie-session keeps the whole session in the cookie: no server-side id to fix or destroy. */
const COOKIE_ONLY_SESSIONS = ['cookie-session'];

/** What a session middleware is: which library keeps it, and where it was made when another module made it. */
export interface SessionSource {
  readonly cookieOnly: boolean;
  /**
   * `app.use(session)` with `session` from `./middleware/session` (`module.exports = session({…})`), or
   * `app.use(sessionMiddleware())` calling a factory there: that module and the offset of its `session(…)` call.
   * The session's options, and so the csrf finding, are there.
   */
  readonly origin?: { readonly file: string; readonly at: number };
}

export function sessionSource(context: AdapterContext, node: Node): SessionSource | undefined {
  const root = moduleRoot(context.resolver.resolve(unwrap(node), context.file));
  if (!root || !SESSION_MODULES.includes(root.module)) return undefined;
  const call = root.call;
  const origin = call?.kind === 'call' && call.file.fileName !== context.file.fileName ? { file: call.file.fileName, at: call.node.range[0] } : undefined;
  return { cookieOnly: COOKIE_ONLY_SESSIONS.includes(root.module), ...(origin ? { origin } : {}) };
}

/** What one middleware argument is. */
export function classifyMiddleware(context: AdapterContext, node: Node): MiddlewareKind {
  const target = unwrap(node);
  const value = context.resolver.resolve(target, context.file);
  const root = moduleRoot(value);
  if (root) {
    if (root.module === 'lusca') return luscaChecksCsrf(context, root.path, root.call) ? 'csrf' : 'other';
    if (CSRF_MODULES.includes(root.module)) return 'csrf';
    // Only an override of methods the CSRF check skips matters to the lifecycle rules.
    if (root.module === 'method-override') return overridesUncheckedMethods(context, root.call) ? 'method-override' : 'other';
    if (SESSION_MODULES.includes(root.module)) return 'session';
  }
  // `doubleCsrf(options).doubleCsrfProtection`, `csrfSync().csrfSynchronisedProtection`: a member of a library call.
  const chain = chainOf(target);
  for (const part of chain) {
    if (part.type !== 'CallExpression') continue;
    const module = context.moduleOf(part.callee);
    if (module && CSRF_MODULES.includes(module.module) && module.module !== 'lusca') return 'csrf';
  }
  if (chain.some((part) => CSRF_NAME.test(nameOf(part) ?? ''))) return 'csrf';
  if (appliesLimiter(context, target)) return 'rate-limit';
  // The check may be a function of another module (`const { sameOrigin } = require('./middleware/origin')`).
  const fn = isFunction(target) ? target : (asFunction(context, target) ?? (value.kind === 'function' ? value.node : undefined));
  if (fn?.body && readsOriginHeader(fn.body)) return 'origin-check';
  return 'other';
}

/** The nodes of a member/call chain, outermost first: `a.b(c).d` → [a.b(c).d, a.b(c), a.b, a]. */
function chainOf(node: Node): Node[] {
  const parts: Node[] = [];
  for (let current: Node | undefined = node; current && parts.length < 8; ) {
    parts.push(current);
    current = current.type === 'MemberExpression' ? unwrap(current.object) : current.type === 'CallExpression' ? unwrap(current.callee) : undefined;
  }
  return parts;
}

function nameOf(node: Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  return node.type === 'MemberExpression' ? memberName(node) : undefined;
}

/** `lusca.csrf()`, or `lusca({ csrf: true })` (lusca's other checks are no CSRF defence). */
function luscaChecksCsrf(context: AdapterContext, path: readonly string[], call: JsValue | undefined): boolean {
  if (path[0] === 'csrf') return true;
  const options = path.length === 0 && call?.kind === 'call' ? call.args[0] : undefined;
  if (!options || options.type === 'SpreadElement') return false;
  const value = context.resolver.resolve(options, call!.file);
  const csrf = value.kind === 'object' ? getEntry(value, 'csrf')?.value : undefined;
  return csrf !== undefined && truthiness(csrf) !== false;
}

/**
 * A hand-written Origin/Referer check: the middleware reads the Origin or Referer request header
 * (`req.headers.origin`, `req.get('Origin')`, `req.header('referer')`).
 */
function readsOriginHeader(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression') {
      const name = memberName(node);
      const object = unwrap(node.object);
      if (name && ORIGIN_HEADER.test(name) && object.type === 'MemberExpression' && memberName(object) === 'headers') return true;
    }
    if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee);
      const method = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
      if ((method === 'get' || method === 'header') && ORIGIN_HEADER.test(stringLiteral(node.arguments[0]) ?? '')) return true;
    }
    stack.push(...childrenOf(node));
  }
  return false;
}
