import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { CsrfSurfaceFact } from '../../../model/lifecycleFacts';
import { factsOfKind } from '../../../model/facts';
import { importedModules, type AdapterContext, type JsAdapter } from '../adapterContext';
import { FileContext } from '../fileContext';
import { parseModule } from '../moduleCache';
import { childrenOf, memberName, stringLiteral, unwrap, type Node } from '../ast';
import { findRouteHandlers } from '../lifecycle/routes';
import { rangeOfNode } from '../optionValues';
import { getEntry } from '../values';
import { assembledSurface } from '../assembly/csrfAssembly';
import { moduleRefOf } from '../assembly/moduleRefs';
import { nestCsrfSurface } from '../assembly/nest/csrf';
import { withApolloEndpoints } from '../assembly/graphql/apolloCsrf';
import { yogaSessionSurface } from '../assembly/graphql/yogaCsrf';
import { fastifyAssembledSurface } from '../assembly/fastify/lifecycle';
import { parsesFormBodies, reachableByPlainTextPost } from '../assembly/fastify/simpleRequests';

/** assembly/middleware.ts's list and Fastify's (written out: the two modules import each other, so neither list exists when the other loads). */
const CSRF_MODULES = ['csrf-csrf', 'csrf-sync', 'lusca', 'tiny-csrf', '@fastify/csrf-protection', 'fastify-csrf', 'csurf', '@dr.pogodin/csurf', 'csrf', 'koa-csrf', 'csrf-protection', 'ncsrf', '@tekuconcept/nestjs-csrf'];
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'ALL']);
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Request fields that carry a CSRF token in a hand-written check. */
const TOKEN_FIELD = /^(x-csrf-token|x-xsrf-token|csrf-token|xsrf-token|_csrf|csrf|csrftoken|csrfToken|_token)$/i;

/**
 * An app file's exposure to CSRF: the cookie-based session it configures, the state-changing
 * routes it registers, and the defence it has. Files without both are left alone: route files
 * cannot tell how the app is assembled.
 */
export const csrfSurfaceAdapter: JsAdapter = {
  name: 'csrf-surface',
  collect(context) {
    const sessions = factsOfKind(context.facts, 'session-config');
    const session = sessions[0];
    if (!session) return;
    // A second session middleware on an Express app (`if (production) app.use(session(A)) else app.use(session(B))`,
    // Alchemie-Website): each runs in some environment and has its own SameSite, so each is judged over the app.
    for (const other of sessions.slice(1)) {
      const surface = assembledSurface(context, other);
      const withApollo = surface ? withApolloEndpoints(context, other, surface) : undefined;
      if (withApollo) context.facts.push(withApollo);
    }
    // An Express app assembled across files (with the Apollo Server it serves), a Nest app bootstrapped
    // here, or a Fastify plugin tree. null is an answer (assembled, and every route defended): only an
    // app no model placed (undefined) is asked of the next.
    const express = assembledSurface(context, session);
    const nest = express === undefined ? nestCsrfSurface(context, session) : undefined;
    const assembled = express !== undefined ? withApolloEndpoints(context, session, express) : nest !== undefined ? nest : fastifyAssembledSurface(context, session);
    if (assembled !== undefined) {
      if (assembled) context.facts.push(assembled);
      return;
    }
    // A graphql-yoga 1 server's own Express app (`server.express.use(session(…))`): no express() here to assemble.
    const yoga = yogaSessionSurface(context, session);
    if (yoga) {
      context.facts.push(yoga);
      return;
    }
    // A Fastify app without a form-body parser: a forged request is a text/plain POST (see simpleRequests).
    const handlers = findRouteHandlers(context);
    const plainTextOnly = handlers.some((h) => h.framework === 'fastify') && !parsesFormBodies(context);
    const routes = handlers
      .filter((h) => !plainTextOnly || h.framework !== 'fastify' || reachableByPlainTextPost(context, h))
      .flatMap((h) => (h.route ? [h.route] : []))
      .filter((r) => r.method.split(',').some((m) => STATE_CHANGING.has(m)));
    if (routes.length === 0) return;
    const fact: CsrfSurfaceFact = {
      kind: 'csrf-surface',
      library: session.library,
      range: session.range,
      sessionStorage: session.serverSide ? 'server' : 'cookie',
      routes,
      defence: defenceOf(context),
      optionName: (key) => key,
      related: routes.slice(0, 3).map((r) => ({ message: `State-changing route ${r.method} ${r.path ?? ''}.`, range: r.range })),
    };
    context.facts.push(fact);
  },
};

export function defenceOf(context: AdapterContext): CsrfSurfaceFact['defence'] {
  for (const call of context.callsTo(['csurf', '@dr.pogodin/csurf'])) {
    const options = call.arguments[0] ? context.resolver.resolve(call.arguments[0], context.file) : undefined;
    const ignoreEntry = options?.kind === 'object' ? getEntry(options, 'ignoreMethods') : undefined;
    const ignore = ignoreEntry?.value;
    if (ignore?.kind === 'array') {
      const unsafe = ignore.elements.filter((e) => e.kind === 'literal' && typeof e.value === 'string' && UNSAFE_METHODS.has(e.value.toUpperCase()));
      if (unsafe.length > 0) {
        const names = unsafe.map((e) => (e.kind === 'literal' ? String(e.value).toUpperCase() : '')).join(', ');
        const at = ignoreEntry?.property && ignoreEntry.file === context.file ? ignoreEntry.property : call;
        return { kind: 'disabled', range: rangeOfNode(at), reason: `csurf is told to ignore ${names}, so those requests are never checked` };
      }
    }
  }
  const unapplied = unappliedFastifyCsrf(context);
  if (unapplied) return unapplied;
  const imported = CSRF_MODULES.find((m) => context.importedModules.has(m));
  if (imported) return { kind: 'library', name: imported };
  // A CSRF library the project merely lists in package.json defends nothing; one a local plugin registers does.
  const plugins = localPluginDefence(context);
  if (plugins) return plugins;
  const check = tokenCheck(context);
  return check ? { kind: 'token-check', range: rangeOfNode(check) } : { kind: 'none' };
}

/**
 * @fastify/csrf-protection registered in a file whose routes never use `fastify.csrfProtection`:
 * the plugin only provides the hook, so those routes go unchecked.
 */
function unappliedFastifyCsrf(context: AdapterContext): CsrfSurfaceFact['defence'] | undefined {
  const FASTIFY_CSRF = ['@fastify/csrf-protection', 'fastify-csrf'];
  if (!context.importsAny(FASTIFY_CSRF)) return undefined;
  const registration = context.file.calls.find((call) => {
    const callee = unwrap(call.callee);
    const plugin = call.arguments[0] && context.moduleOf(call.arguments[0]);
    return callee.type === 'MemberExpression' && memberName(callee) === 'register' && plugin !== undefined && FASTIFY_CSRF.includes(plugin.module);
  });
  if (!registration) return undefined;
  const stack: Node[] = [context.file.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression' && memberName(node) === 'csrfProtection') return undefined;
    stack.push(...childrenOf(node));
  }
  return { kind: 'disabled', range: rangeOfNode(registration), reason: '@fastify/csrf-protection is registered, but no route uses fastify.csrfProtection, so no request is checked' };
}

/**
 * `app.register(csrfPlugin)` with `csrfPlugin` from `./plugins/csrf`: the plugin's own imports say
 * whether it brings a CSRF library; a plugin whose source cannot be read may be the defence.
 */
function localPluginDefence(context: AdapterContext): CsrfSurfaceFact['defence'] | undefined {
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'register' || !call.arguments[0]) continue;
    const ref = moduleRefOf(context.file, call.arguments[0]);
    if (!ref) continue;
    const plugin = context.file.project.readModule?.(context.file.fileName, ref.specifier);
    if (!plugin) return { kind: 'unknown' };
    const program = parseModule(plugin.text, plugin.fileName).program;
    const modules = program ? importedModules(new FileContext(program, plugin.text, plugin.fileName, context.file.project)) : new Set<string>();
    const imported = CSRF_MODULES.find((m) => modules.has(m));
    if (imported) return { kind: 'library', name: imported };
  }
  return undefined;
}

/** A hand-written check: code that reads a CSRF token header or body field. */
export function tokenCheck(context: AdapterContext): Node | undefined {
  const stack: Node[] = [context.file.program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'MemberExpression') {
      const name = memberName(node);
      if (name && TOKEN_FIELD.test(name)) return node;
    }
    if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee);
      const method = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
      if ((method === 'get' || method === 'header') && TOKEN_FIELD.test(stringLiteral((node as TSESTree.CallExpression).arguments[0]) ?? '')) return node;
    }
    stack.push(...childrenOf(node));
  }
  return undefined;
}
