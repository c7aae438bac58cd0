import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, staticKey, stringLiteral, unwrap, walk, type FunctionNode, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import type { HandlerParams } from '../../lifecycle/authEdits';
import { getEntry, type JsValue } from '../../values';
import { appModelFor, type AppModel } from '../appModel';
import { contextParams } from './context';
import { mayHoldMutationMap } from './mutationMapHint';
import { rootValueParams } from './resolverModules';

/** A mutation resolver written in one module and put under `Mutation` by another. */
export interface ComposedMutation {
  readonly name: string;
  /** Where the mutation is named in this file: the map entry's key, or the function itself. */
  readonly at: Node;
  readonly fn: FunctionNode;
  readonly params: HandlerParams;
}

/** Where a map gathered elsewhere holds a function of some file: the field's name and the function's start. */
interface Site {
  readonly name: string;
  readonly start: number;
  /** A graphql-js field config (`{ type, args, resolve }`): its root value may carry the request. */
  readonly fieldConfig: boolean;
}

/** Third parameters that name a callback, not a GraphQL context. */
const NOT_A_CONTEXT = new Set(['next', 'done', 'cb', 'callback']);
/** The most map files read per package: resolver indexes are few; a package naming `Mutation` everywhere is not walked whole. */
const MAX_MAP_FILES = 40;

/**
 * The mutation resolvers of this file that a resolver map of another module gathers:
 * `resolvers/index.js` = `{ Query, Mutation: require('./Mutation') }` with `Mutation/index.js` =
 * `{ ...require('./auth'), ...require('./todo') }`, or `Mutation: { ...mutations }` built from modules
 * that each export one resolver. The maps are resolved through requires, imports and spreads once per
 * package; a function they hold is a mutation named by its key, read here where it is written (the
 * facts' ranges are this file's). Only functions with a context (or, for a graphql-js field config, a
 * root value) that reaches the request or the session.
 */
export function composedMutations(context: AdapterContext): ComposedMutation[] {
  if (!context.file.project.readModule || !exportsSomething(context.file.program) || !hasResolverShape(context)) return [];
  const model = appModelFor(context);
  const sites = model.once('graphql-composed-mutations', () => gatheredSites(model, context), context.file.budget).get(context.file.fileName);
  if (!sites || sites.length === 0) return [];
  const byStart = new Map(sites.map((site) => [site.start, site]));
  const found: ComposedMutation[] = [];
  walk(context.file.program, (node) => {
    const site = isFunction(node) ? byStart.get(node.range[0]) : undefined;
    if (!site) return;
    const fn = node as FunctionNode;
    const params = contextParams(fn.params[2]) ?? (site.fieldConfig ? rootValueParams(fn.params[0]) : undefined);
    if (params) found.push({ name: site.name, at: keyOf(context, fn) ?? fn, fn, params });
  });
  return found;
}

/** `login: async (…) => …` / `login(…) {…}`: the key naming the function, when it is a property's value. */
function keyOf(context: AdapterContext, fn: FunctionNode): Node | undefined {
  const parent = context.file.parentOf(fn);
  return parent?.type === 'Property' || parent?.type === 'MethodDefinition' ? parent.key : undefined;
}

/**
 * A function shaped like a resolver that reaches the request or the session: its context is the third
 * parameter, or a field config's `resolve` takes the request as its root value. Files without one do
 * not pay for reading the package's resolver maps.
 */
function hasResolverShape(context: AdapterContext): boolean {
  let found = false;
  walk(context.file.program, (node) => {
    if (found || !isFunction(node)) return;
    const fn = node as FunctionNode;
    const third = fn.params[2];
    // Express middleware `(req, res, next)` and plugins `(fastify, opts, done)` are not resolvers.
    if (third?.type === 'Identifier' && NOT_A_CONTEXT.has(third.name)) return;
    found = contextParams(third) !== undefined || (isResolveValue(context, fn) && rootValueParams(fn.params[0]) !== undefined);
  });
  return found;
}

function isResolveValue(context: AdapterContext, fn: FunctionNode): boolean {
  const key = keyOf(context, fn);
  return key !== undefined && key.type === 'Identifier' && key.name === 'resolve';
}

function exportsSomething(program: TSESTree.Program): boolean {
  return program.body.some(
    (statement) =>
      statement.type === 'ExportDefaultDeclaration' ||
      statement.type === 'ExportNamedDeclaration' ||
      (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && /^(module\.)?exports\b/.test(memberText(statement.expression.left))),
  );
}

function memberText(node: Node): string {
  const target = unwrap(node);
  if (target.type === 'Identifier') return target.name;
  if (target.type !== 'MemberExpression') return '';
  return `${memberText(target.object)}.${staticKey(target.property, target.computed) ?? ''}`;
}

/** Every function the package's mutation maps hold in a file other than the map's, by file. */
function gatheredSites(model: AppModel, asking: AdapterContext): Map<string, Site[]> {
  const sites = new Map<string, Site[]>();
  const add = (file: string, site: Site): void => {
    if (!sites.has(file)) sites.set(file, []);
    sites.get(file)!.push(site);
  };
  for (const file of model.filesWith(mayHoldMutationMap).slice(0, MAX_MAP_FILES)) {
    if (!asking.file.budget.inTime('GraphQL resolver maps')) break;
    const other = file === asking.file.fileName ? asking : model.contextOf(file);
    if (!other) continue;
    for (const map of mapNodes(other)) {
      const value = other.resolver.resolve(map, other.file);
      for (const entry of value.kind === 'object' ? value.entries : []) {
        const held = heldFunction(entry.value);
        if (held && held.file !== file) add(held.file, { name: entry.key, start: held.start, fieldConfig: held.fieldConfig });
      }
    }
  }
  return sites;
}

/** `Mutation: <map>` properties, and the `fields` of `new GraphQLObjectType({ name: 'Mutation', fields })`. */
function mapNodes(context: AdapterContext): Node[] {
  const maps: Node[] = [];
  walk(context.file.program, (node) => {
    if (node.type === 'Property' && staticKey(node.key, node.computed) === 'Mutation' && !isFunction(unwrap(node.value))) maps.push(node.value);
    if (node.type === 'NewExpression' && node.arguments[0] && unwrap(node.arguments[0]).type === 'ObjectExpression') {
      const options = unwrap(node.arguments[0]) as TSESTree.ObjectExpression;
      const name = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && staticKey(p.key, p.computed) === 'name');
      const fields = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && staticKey(p.key, p.computed) === 'fields');
      if (name && fields && stringLiteral(name.value) === 'Mutation') maps.push(fieldsObject(fields.value));
    }
  });
  return maps;
}

/** `fields: () => ({ … })` (graphql-js thunk): the object it returns. */
function fieldsObject(value: Node): Node {
  const target = unwrap(value);
  return target.type === 'ArrowFunctionExpression' && target.body.type !== 'BlockStatement' ? target.body : target;
}

/** The function a map entry holds: a resolver, or a field config's `resolve`. */
function heldFunction(value: JsValue): { file: string; start: number; fieldConfig: boolean } | undefined {
  if (value.kind === 'function') return { file: value.file.fileName, start: value.node.range[0], fieldConfig: false };
  if (value.kind !== 'object') return undefined;
  const resolve = getEntry(value, 'resolve');
  if (resolve?.value.kind === 'function') return { file: resolve.value.file.fileName, start: resolve.value.node.range[0], fieldConfig: true };
  // `resolve(root, args, ctx) {…}` written as a method: the resolver's entry holds the method's function.
  const property = resolve?.property;
  const written = property && 'value' in property && property.value ? unwrap(property.value) : undefined;
  return written && isFunction(written) && resolve ? { file: resolve.file.fileName, start: written.range[0], fieldConfig: true } : undefined;
}
