import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SessionConfigFact } from '../../../../model/facts';
import type { CsrfSurfaceFact } from '../../../../model/lifecycleFacts';
import { dependsOnAtLeast } from '../../../../model/project';
import { memberName, unwrap } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { defenceOf } from '../../adapters/csrfSurface';
import { rangeOfNode } from '../../optionValues';
import { appModelFor } from '../appModel';
import { classifyMiddleware } from '../middleware';
import { uploadsOff } from './mountedEndpoints';

/** `server.express.use(…)`: graphql-yoga 1 exposes its Express app as `server.express`. */
const EXPRESS_USE = /\.express\s*\.\s*use\s*\(/;

/**
 * The CSRF exposure of a graphql-yoga 1 server whose Express app carries a cookie session
 * (`server.express.use(session({…}))`, here or through a helper of this file). graphql-yoga 1.x
 * (`GraphQLServer`, gone in 2) mounts body-parser's JSON parser and, unless `uploads: false`, the
 * graphql-upload multipart middleware before its endpoint: a cross-site `multipart/form-data` form
 * posts a mutation with the session cookie. Without uploads only JSON is parsed, which a form cannot send.
 * Undefined when this session is not one a yoga 1 server mounts, or when the app has a CSRF defence.
 */
export function yogaSessionSurface(context: AdapterContext, session: SessionConfigFact): CsrfSurfaceFact | undefined {
  const project = context.file.project;
  if (!('graphql-yoga' in project.dependencies) || dependsOnAtLeast(project, 'graphql-yoga', '2.0.0') === true) return undefined;
  const defence = defenceOf(context);
  if (defence.kind !== 'none') return undefined;
  const model = appModelFor(context);
  const contextOf = (file: string): AdapterContext | undefined => (file === context.file.fileName ? context : model.contextOf(file));
  const servers: { file: string; node: TSESTree.NewExpression }[] = [];
  let uploads = true;
  for (const file of model.filesWith(/GraphQLServer/)) {
    const other = contextOf(file);
    if (!other?.importsAny(['graphql-yoga'])) continue;
    for (const expression of other.file.newExpressions) {
      const module = other.moduleOf(expression.callee);
      if (module?.module !== 'graphql-yoga' || module.path.join('.') !== 'GraphQLServer') continue;
      servers.push({ file, node: expression });
      if (uploadsOff(other, expression.arguments[0])) uploads = false;
    }
    // `server.start({ port, uploads: false })`
    for (const call of other.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type === 'MemberExpression' && memberName(callee) === 'start' && uploadsOff(other, call.arguments[0])) uploads = false;
    }
  }
  if (servers.length === 0 || !uploads || !mountedOnYoga(context, model.filesWith(EXPRESS_USE), contextOf)) return undefined;
  const server = servers[0]!;
  const reason = 'graphql-yoga 1 accepts multipart form posts (graphql-upload, on unless uploads: false), so a cross-site form runs its mutations.';
  return {
    kind: 'csrf-surface',
    library: session.library,
    range: session.range,
    sessionStorage: session.serverSide ? 'server' : 'cookie',
    routes: [{ method: 'POST', path: '/', range: rangeOfNode(server.node.callee) }],
    defence,
    optionName: (key) => key,
    related: [{ message: reason, range: rangeOfNode(server.node.callee), ...(server.file === context.file.fileName ? {} : { file: server.file }) }],
  };
}

/** Whether some `x.express.use(…)` mounts a session middleware: this file's session, written there or made by a helper of this file. */
function mountedOnYoga(context: AdapterContext, files: readonly string[], contextOf: (file: string) => AdapterContext | undefined): boolean {
  for (const file of files) {
    const other = contextOf(file);
    if (!other) continue;
    for (const call of other.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || memberName(callee) !== 'use') continue;
      const object = unwrap(callee.object);
      if (object.type !== 'MemberExpression' || memberName(object) !== 'express') continue;
      for (const argument of call.arguments) {
        if (argument.type === 'SpreadElement') continue;
        if (file === context.file.fileName ? classifyMiddleware(other, argument) === 'session' : madeIn(other, argument, context.file.fileName)) return true;
      }
    }
  }
  return false;
}

/** `getExpressSession()` imported from the session's file: the middleware is made there. */
function madeIn(context: AdapterContext, argument: TSESTree.Node, sessionFile: string): boolean {
  const target = unwrap(argument);
  const callee = target.type === 'CallExpression' ? unwrap(target.callee) : target;
  const value = context.resolver.resolve(callee, context.file);
  return value.kind === 'function' && value.file.fileName === sessionFile;
}
