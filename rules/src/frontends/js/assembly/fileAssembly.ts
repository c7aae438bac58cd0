import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextRange } from '../../../model/range';
import { dottedPath, isFunction, memberName, staticKey, stringLiteral, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { findRegisteredRoutes, routeObject } from '../lifecycle/routes';
import { rangeOfNode } from '../optionValues';
import { lookup } from '../scope';
import { classifyMiddleware, sessionSource, type MiddlewareKind, type SessionSource } from './middleware';
import { moduleRefOf, type ModuleRef } from './moduleRefs';

/**
 * How one file takes part in assembling an Express app, as data the application model joins
 * across files: the apps it creates, what it mounts with `use` (in order), the routes it
 * registers, the routers it exports, and the handler factories it calls with an app.
 * An object (app or router) is named by a key: its binding (`v@120`), a parameter (`p@40`),
 * or a `this.` member (`this.router`).
 */
export type ObjectKey = string;

export interface MiddlewareUse {
  readonly kind: MiddlewareKind;
  readonly range: TextRange;
  /** A session middleware: its library and, when another module made it, where (see {@link SessionSource}). */
  readonly session?: SessionSource;
}

export type MountedRouter = { readonly kind: 'import'; readonly ref: ModuleRef } | { readonly kind: 'local'; readonly key: ObjectKey };

/** `app.use(path?, …middleware, …routers)`. */
export interface UseStep {
  readonly on: ObjectKey;
  readonly at: number;
  /** The mount path; '/' when none is given; undefined when it is not a literal (it may match anything). */
  readonly path: string | undefined;
  /** The call's head (`app.use`), where a fix before it goes. */
  readonly range: TextRange;
  readonly middleware: readonly MiddlewareUse[];
  readonly routers: readonly MountedRouter[];
}

export interface RouteStep {
  readonly on: ObjectKey;
  readonly at: number;
  readonly method: string;
  readonly path: string | undefined;
  /** The route's path argument (or its registration head): the short range findings sit on. */
  readonly range: TextRange;
  readonly middleware: readonly MiddlewareUse[];
}

/**
 * `require('./routes')(app)`, `routes(app, db)`: a factory of another module that registers routes
 * on an app; or a function of this file (`configureApp(app)`, OWASP Juice Shop), given by the keys of its parameters.
 */
export interface FactoryCall {
  readonly at: number;
  readonly ref?: ModuleRef;
  readonly localParams?: readonly ObjectKey[];
  readonly args: readonly (ObjectKey | undefined)[];
  readonly range: TextRange;
}

export interface FileAssembly {
  readonly fileName: string;
  /** Objects created by `express()`: the roots of an app. */
  readonly apps: ReadonlySet<ObjectKey>;
  readonly uses: readonly UseStep[];
  readonly routes: readonly RouteStep[];
  readonly factories: readonly FactoryCall[];
  /** Export name ('default' for the CommonJS export) → the router it is, or the router an exported factory returns. */
  readonly exports: ReadonlyMap<string, ObjectKey>;
  /** Parameters of exported functions (`module.exports = function (app) {…}`): export name → the key of each parameter. */
  readonly factoryParams: ReadonlyMap<string, readonly ObjectKey[]>;
  /** A barrel's re-exports: `export { authRouter } from './auth'` (name → the module's export), `export * from './profile'`. */
  readonly reexports: ReadonlyMap<string, ModuleRef>;
  readonly starExports: readonly string[];
}


/** The key of the object an expression names; undefined for anything that is not a name or `this.x`. */
export function objectKey(context: AdapterContext, node: Node): ObjectKey | undefined {
  const target = unwrap(node);
  if (target.type === 'Identifier') {
    const binding = lookup(context.file, target.name, target);
    if (!binding) return `g:${target.name}`;
    if (binding.kind === 'variable') return `v@${binding.id.range[0]}`;
    if (binding.kind === 'param') return `p@${binding.id.range[0]}`;
    if (binding.kind === 'import') return `i@${binding.node.range[0]}`;
    return undefined;
  }
  if (target.type === 'MemberExpression' && unwrap(target.object).type === 'ThisExpression') return `this.${memberName(target) ?? '?'}`;
  const path = target.type === 'MemberExpression' ? dottedPath(target) : undefined;
  return path ? `m:${path.join('.')}` : undefined;
}

export function fileAssembly(context: AdapterContext): FileAssembly {
  const apps = new Set<ObjectKey>();
  const uses: UseStep[] = [];
  const factories: FactoryCall[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    const created = context.moduleOf(callee);
    if (created?.module === 'express' && created.path.length === 0) {
      const holder = holderOf(context, call);
      if (holder) apps.add(holder);
      continue;
    }
    if (callee.type === 'MemberExpression' && memberName(callee) === 'use') {
      const on = objectKey(context, callee.object);
      if (on) for (const args of argumentLists(context, call)) uses.push(useStep(context, call, callee, on, args));
      continue;
    }
    const factory = factoryCall(context, call);
    if (factory) factories.push(factory);
  }
  const routes: RouteStep[] = [];
  for (const handler of findRegisteredRoutes(context)) {
    if (handler.framework !== 'express' || !handler.route || handler.node.type !== 'CallExpression') continue;
    const callee = unwrap(handler.node.callee);
    const on = callee.type === 'MemberExpression' ? objectKey(context, routeObject(callee)) : undefined;
    if (!on) continue;
    routes.push({
      on,
      at: handler.node.range[0],
      method: handler.route.method,
      path: handler.route.path,
      range: handler.route.pathRange ?? rangeOfNode(callee),
      middleware: handler.middleware.map((node) => ({ kind: classifyMiddleware(context, node), range: rangeOfNode(node) })),
    });
  }
  const { exports, factoryParams } = exportsOf(context);
  const { reexports, starExports } = reexportsOf(context);
  return { fileName: context.file.fileName, apps, uses, routes, factories, exports, factoryParams, reexports, starExports };
}

/** `const app = express()`, `this.app = express()`, `app = express()`. */
function holderOf(context: AdapterContext, call: TSESTree.CallExpression): ObjectKey | undefined {
  const parent = context.file.parentOf(call);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return objectKey(context, parent.id);
  if (parent?.type === 'AssignmentExpression') return objectKey(context, parent.left);
  // `class Server { app = express(); }`: the app is `this.app` in the class's methods.
  if (parent?.type === 'PropertyDefinition' && parent.value === call) {
    const name = staticKey(parent.key, parent.computed);
    return name ? `this.${name}` : undefined;
  }
  return undefined;
}

function useStep(context: AdapterContext, call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, on: ObjectKey, args: readonly Node[]): UseStep {
  const first = args[0];
  const literal = first ? stringLiteral(first) : undefined;
  const hasPath = first !== undefined && (literal !== undefined || unwrap(first).type === 'TemplateLiteral' || (unwrap(first).type === 'Literal' && (unwrap(first) as TSESTree.Literal).value instanceof RegExp) || unwrap(first).type === 'ArrayExpression');
  const middleware: MiddlewareUse[] = [];
  const routers: MountedRouter[] = [];
  for (const argument of args.slice(hasPath ? 1 : 0)) {
    const target = unwrap(argument);
    const elements = target.type === 'ArrayExpression' ? target.elements.filter((e): e is TSESTree.Expression => e !== null && e.type !== 'SpreadElement') : [target];
    for (const element of elements) {
      const ref = isFunction(element) ? undefined : moduleRefOf(context.file, element);
      const local = ref ? undefined : objectKey(context, element);
      const kind = classifyMiddleware(context, element);
      // A call's head (`session` of `session({ … })`): findings sit on a short range.
      const session = kind === 'session' ? sessionSource(context, element) : undefined;
      if (kind !== 'other') middleware.push({ kind, range: rangeOfNode(element.type === 'CallExpression' ? element.callee : element), ...(session ? { session } : {}) });
      else if (ref) routers.push({ kind: 'import', ref });
      else if (local) routers.push({ kind: 'local', key: local });
      else middleware.push({ kind, range: rangeOfNode(element) });
    }
  }
  return { on, at: call.range[0], path: hasPath ? literal : '/', range: rangeOfNode(callee), middleware, routers };
}

/**
 * The argument lists a `use` call stands for. Usually its own; inside a loop over a route table
 * (`routes.forEach((route) => router.use(route.path, route.route))`, node-express-boilerplate), one
 * list per table entry, with `route.path` and `route.route` read from the entry's object.
 */
function argumentLists(context: AdapterContext, call: TSESTree.CallExpression): Node[][] {
  const own: Node[] = [...call.arguments];
  const loopParams = new Map<string, TSESTree.ObjectExpression[]>();
  for (const argument of call.arguments) {
    const target = unwrap(argument);
    if (target.type !== 'MemberExpression' || target.object.type !== 'Identifier' || loopParams.has(target.object.name)) continue;
    const entries = tableEntries(context, target.object);
    if (entries) loopParams.set(target.object.name, entries);
  }
  if (loopParams.size !== 1) return [own];
  const [name, entries] = [...loopParams][0]!;
  return entries.map((entry) =>
    own.map((argument) => {
      const target = unwrap(argument);
      if (target.type !== 'MemberExpression' || target.object.type !== 'Identifier' || target.object.name !== name) return argument;
      const key = memberName(target);
      const property = entry.properties.find((p): p is TSESTree.Property => p.type === 'Property' && staticKey(p.key, p.computed) === key);
      return property ? property.value : argument;
    }),
  );
}

/** The object entries of the array a `forEach`/`map` callback's first parameter walks (`const routes = [{ path, route }]`). */
function tableEntries(context: AdapterContext, param: TSESTree.Identifier): TSESTree.ObjectExpression[] | undefined {
  const binding = lookup(context.file, param.name, param);
  if (binding?.kind !== 'param' || binding.index !== 0 || binding.path.length > 0) return undefined;
  const loop = context.file.parentOf(binding.fn);
  if (loop?.type !== 'CallExpression' || loop.arguments[0] !== binding.fn) return undefined;
  const callee = unwrap(loop.callee);
  if (callee.type !== 'MemberExpression' || !['forEach', 'map'].includes(memberName(callee) ?? '')) return undefined;
  const table = context.resolveLocal(callee.object);
  const node = table.kind === 'array' ? unwrap(table.node) : undefined;
  if (node?.type !== 'ArrayExpression') return undefined;
  const entries = node.elements.map((e) => (e && e.type !== 'SpreadElement' ? unwrap(e) : undefined));
  return entries.every((e): e is TSESTree.ObjectExpression => e?.type === 'ObjectExpression') ? entries : undefined;
}

/** A call of an imported function with an app or router among its arguments (`require('./routes')(app)`). */
function factoryCall(context: AdapterContext, call: TSESTree.CallExpression): FactoryCall | undefined {
  if (call.arguments.length === 0) return undefined;
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier' && callee.name === 'require') return undefined;
  const ref = moduleRefOf(context.file, callee);
  const local = ref ? undefined : localFunction(context, callee);
  if (!ref && !local) return undefined;
  const args = call.arguments.map((a) => (a.type === 'Identifier' || a.type === 'MemberExpression' ? objectKey(context, a) : undefined));
  if (!args.some((a) => a !== undefined)) return undefined;
  const target = ref ? { ref } : { localParams: local!.params.map((p) => (p.type === 'Identifier' ? `p@${p.range[0]}` : '')) };
  return { at: call.range[0], ...target, args, range: rangeOfNode(callee) };
}

/** What the file exports that routes can hang off: routers, and the parameters of exported functions. */
function exportsOf(context: AdapterContext): { exports: Map<string, ObjectKey>; factoryParams: Map<string, ObjectKey[]> } {
  const exports = new Map<string, ObjectKey>();
  const factoryParams = new Map<string, ObjectKey[]>();
  const add = (name: string, value: Node): void => {
    const target = unwrap(value);
    const fn = isFunction(target) ? target : localFunction(context, target);
    if (fn) {
      factoryParams.set(name, fn.params.map((p) => (p.type === 'Identifier' ? `p@${p.range[0]}` : '')));
      const returned = returnedObject(context, fn);
      if (returned) exports.set(name, returned);
      return;
    }
    if (target.type === 'ClassExpression' || target.type === 'ClassDeclaration') {
      exports.set(name, 'this');
      return;
    }
    const key = objectKey(context, target);
    if (key) exports.set(name, key);
  };
  for (const statement of context.file.program.body) {
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const path = dottedPath(statement.expression.left)?.join('.');
      if (path === 'module.exports') add('default', statement.expression.right);
      else if (path?.startsWith('module.exports.') && path.split('.').length === 3) add(path.split('.')[2]!, statement.expression.right);
      else if (path?.startsWith('exports.') && path.split('.').length === 2) add(path.split('.')[1]!, statement.expression.right);
    } else if (statement.type === 'ExportDefaultDeclaration') {
      add('default', statement.declaration);
    } else if (statement.type === 'TSExportAssignment') {
      add('default', statement.expression);
    } else if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if (declaration?.type === 'FunctionDeclaration' && declaration.id) add(declaration.id.name, declaration);
      if (declaration?.type === 'ClassDeclaration' && declaration.id) add(declaration.id.name, declaration);
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') add(declarator.id.name, declarator.init && isFunction(unwrap(declarator.init)) ? declarator.init : declarator.id);
      }
      for (const specifier of statement.specifiers) {
        if (statement.source || specifier.type !== 'ExportSpecifier') continue;
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        add(exported, specifier.local);
      }
    }
  }
  return { exports, factoryParams };
}

/** `export { a as b } from './x'`, `export { default as authRouter } from './auth'`, `export * from './y'`. */
function reexportsOf(context: AdapterContext): { reexports: Map<string, ModuleRef>; starExports: string[] } {
  const reexports = new Map<string, ModuleRef>();
  const starExports: string[] = [];
  for (const statement of context.file.program.body) {
    if (statement.type === 'ExportAllDeclaration' && !statement.exported) starExports.push(statement.source.value);
    if (statement.type !== 'ExportNamedDeclaration' || !statement.source) continue;
    for (const specifier of statement.specifiers) {
      const name = (node: TSESTree.Identifier | TSESTree.StringLiteral): string => (node.type === 'Identifier' ? node.name : node.value);
      reexports.set(name(specifier.exported), { specifier: statement.source.value, name: name(specifier.local) });
    }
  }
  return { reexports, starExports };
}

function localFunction(context: AdapterContext, node: Node): FunctionNode | undefined {
  if (node.type !== 'Identifier') return undefined;
  const value = context.resolveLocal(node);
  return value.kind === 'function' && value.file === context.file ? value.node : undefined;
}

/** `function routes() { const router = express.Router(); …; return router; }`: the router a factory returns. */
function returnedObject(context: AdapterContext, fn: FunctionNode): ObjectKey | undefined {
  const body = fn.body;
  if (!body) return undefined;
  if (body.type !== 'BlockStatement') return objectKey(context, body);
  for (const statement of body.body) {
    if (statement.type === 'ReturnStatement' && statement.argument) return objectKey(context, statement.argument);
  }
  return undefined;
}
