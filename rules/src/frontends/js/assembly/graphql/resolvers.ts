import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, staticKey, stringLiteral, unwrap, walk, type FunctionNode, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import type { FileContext } from '../../fileContext';
import { rangeOfNode } from '../../optionValues';
import { getEntry, type JsValue } from '../../values';
import { decoratorCall, guardDecorators } from '../../lifecycle/nestRoutes';
import type { RouteHandler } from '../../lifecycle/routes';
import type { HandlerParams } from '../../lifecycle/authEdits';
import { contextParams, decoratedContext } from './context';
import { moduleResolver } from './resolverModules';
import { composedMutations } from './composedMaps';
import { pothosMutations } from './pothos';

/** Variables that hold a resolver map's mutations (`const Mutation = {…}`, `export const authMutations = {…}`). */
const MUTATIONS_NAME = /^(Mutation|\w*[Mm]utations?)$/;
const TYPE_GRAPHQL = ['type-graphql', '@nestjs/graphql'];
const NEXUS = ['nexus', '@nexus/schema'];
/** The field definers of Nexus's `t` (`t.field`, `t.nonNull.boolean`, …). */
const NEXUS_DEFINERS = new Set(['field', 'string', 'boolean', 'int', 'float', 'id']);
/** The parameters of a resolver that takes no context: no request, no session. */
const NO_CONTEXT: HandlerParams = { sessionNames: [] };

/**
 * GraphQL mutations as login and logout handlers. A mutation is a route without a path: its
 * resolver gets the HTTP request through the context (Apollo Server's `context: ({ req, res }) => ({ req, res })`),
 * so a `login` mutation that writes `context.req.session.userId` logs in like an Express route.
 * Read here: resolver maps (`Mutation: { login(_, args, ctx) {…} }`, Apollo Server, graphql-tools,
 * GraphQL Yoga), type-graphql and NestJS `@Resolver()` classes (`@Mutation() login(@Ctx() ctx)`),
 * Nexus (`mutationField('login', { resolve })`, `t.field('login', { resolve })` in the
 * `Mutation` type), Pothos (`builder.mutationField('login', (t) => t.field({ resolve }))`, pothos.ts), and one resolver per module in a `mutations/` folder (resolverModules.ts). Queries log nobody in and are not read.
 */
export function graphqlMutations(context: AdapterContext): RouteHandler[] {
  // A resolver module of a `mutations/` folder is named by its file, not in its text.
  const module = moduleResolver(context);
  if (module) return [{ framework: 'express', name: module.name, nameRange: rangeOfNode(module.at), node: module.fn, middleware: [], handler: module.fn, operation: 'mutation', params: module.params }];
  const found = new Map<FunctionNode, RouteHandler>();
  // A resolver with no context parameter (`resolve: async (_, { email, password }) => …`) cannot reach the
  // session, but a login that hands out a token is still where passwords are guessed: it is read, with no request.
  const add = (name: string | undefined, at: Node, fn: FunctionNode | undefined, framework: RouteHandler['framework'], params = contextParams(fn?.params[2]) ?? NO_CONTEXT, middleware: Node[] = []): void => {
    if (!name || !fn || found.has(fn)) return;
    found.set(fn, { framework, name, nameRange: rangeOfNode(at), node: fn, middleware, handler: fn, operation: 'mutation', params });
  };
  // Resolvers a map of another module gathers under `Mutation` (`{ ...require('./auth') }`): named there, not here.
  for (const composed of composedMutations(context)) add(composed.name, composed.at, composed.fn, 'express', composed.params);
  // Every other form names its mutations: a file that never says so is not walked.
  if (!/mutation/i.test(context.file.text)) return [...found.values()];
  const shapes = shapesOf(context.file.program, context.file.text);
  for (const { node, graphqlOnly } of mutationMaps(shapes)) {
    const map = context.resolver.resolve(node, context.file);
    for (const entry of map.kind === 'object' ? map.entries : []) {
      const fn = entryFunction(entry.value, entry.property, context.file);
      // `const mutations = { login(state, user) {…} }` is also how a Vuex store is written: there only a
      // resolver that takes a context is one.
      const params = contextParams(fn?.params[2]) ?? (graphqlOnly ? NO_CONTEXT : undefined);
      if (fn && params && entry.file === context.file && entry.property) add(entry.key, entry.property.key, fn, 'express', params);
    }
  }
  if (context.importsAny(TYPE_GRAPHQL)) {
    for (const { method, name, framework, guards } of decoratedMutations(context, shapes.classes)) add(name, method.key, method.value as FunctionNode, framework, decoratedContext(method.value as FunctionNode) ?? NO_CONTEXT, guards);
  }
  if (context.importsAny(NEXUS)) {
    for (const { name, at, config } of nexusMutations(context)) add(name, at, resolveFunction(context, config), 'express');
  }
  for (const { name, at, fn, contextParam } of pothosMutations(context)) add(name, at, fn, 'express', contextParams(contextParam) ?? NO_CONTEXT);
  return [...found.values()];
}

/**
 * The function a resolver map entry holds: `login: async (…) => …`, `login(…) {…}`, `login: loginResolver`.
 * Only a function of this file: the facts' ranges are this file's (an imported resolver is read where it is written).
 */
function entryFunction(value: JsValue, property: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition | undefined, file: FileContext): FunctionNode | undefined {
  if (value.kind === 'function') return value.file === file ? value.node : undefined;
  const written = property?.value;
  return written && isFunction(unwrap(written)) ? (unwrap(written) as FunctionNode) : undefined;
}

interface Shapes {
  readonly mutationProperties: TSESTree.Property[];
  readonly declarators: TSESTree.VariableDeclarator[];
  readonly classes: TSESTree.ClassDeclaration[];
}

/** A resolver map's `Mutation:` key (or `{ Query, Mutation }`), or a variable named like one: only then is the file walked. */
const MAP_TEXT = /\bMutation\b\s*[:,}]|[Mm]utations?\s*=/;

/** The shapes a resolver is written in: top-level classes (decorated resolvers), and, when the text has a map, one walk for its objects. */
function shapesOf(program: TSESTree.Program, text: string): Shapes {
  const shapes: Shapes = { mutationProperties: [], declarators: [], classes: [] };
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'ClassDeclaration') shapes.classes.push(declaration);
  }
  if (!MAP_TEXT.test(text)) return shapes;
  walk(program, (node) => {
    if (node.type === 'Property' && staticKey(node.key, node.computed) === 'Mutation' && !isFunction(unwrap(node.value))) shapes.mutationProperties.push(node);
    else if (node.type === 'VariableDeclarator') shapes.declarators.push(node);
  });
  return shapes;
}

/**
 * The objects of mutations in this file: `Mutation:` properties and variables named like mutation maps.
 * `graphqlOnly`: the name is GraphQL's root type (`Mutation`), which no other library's map takes.
 */
function mutationMaps(shapes: Shapes): { node: Node; graphqlOnly: boolean }[] {
  const maps = shapes.mutationProperties.map((property) => ({ node: property.value as Node, graphqlOnly: true }));
  for (const declarator of shapes.declarators) {
    if (declarator.id.type === 'Identifier' && MUTATIONS_NAME.test(declarator.id.name) && declarator.init && unwrap(declarator.init).type === 'ObjectExpression') maps.push({ node: declarator.init, graphqlOnly: declarator.id.name === 'Mutation' });
  }
  return maps;
}

interface DecoratedMutation {
  readonly method: TSESTree.MethodDefinition;
  /** The mutation's name: the method's, or the one its decorator gives (`@Mutation(() => Token, { name: 'login' })`). */
  readonly name: string | undefined;
  readonly framework: RouteHandler['framework'];
  /** `@UseGuards(GqlThrottlerGuard)`, `@Throttle()` on the method or its class: what stands in front of it. */
  readonly guards: Node[];
}

/** `@Resolver() class … { @Mutation(() => User) login(…) }` (type-graphql, @nestjs/graphql). */
function decoratedMutations(context: AdapterContext, classes: Shapes['classes']): DecoratedMutation[] {
  const framework = context.importsAny(['@nestjs/graphql']) ? 'nest' : 'express';
  const methods: DecoratedMutation[] = [];
  for (const declaration of classes) {
    if (!declaration.decorators.some((d) => decoratorCall(d)?.name === 'Resolver')) continue;
    for (const member of declaration.body.body) {
      if (member.type !== 'MethodDefinition' || member.value.type !== 'FunctionExpression') continue;
      const mutation = member.decorators.find((d) => decoratorCall(d)?.name === 'Mutation');
      if (!mutation) continue;
      const name = optionName(mutation) ?? staticKey(member.key, member.computed);
      methods.push({ method: member, name, framework, guards: [...guardDecorators(member.decorators), ...guardDecorators(declaration.decorators)] });
    }
  }
  return methods;
}

/** `{ name: 'login' }` in `@Mutation(() => Token, { name: 'login' })`, or the schema-first field `@Mutation('login')` (NestJS). */
function optionName(decorator: TSESTree.Decorator): string | undefined {
  const expression = unwrap(decorator.expression);
  if (expression.type !== 'CallExpression') return undefined;
  const field = expression.arguments[0] ? stringLiteral(expression.arguments[0]) : undefined;
  if (field !== undefined) return field;
  const options = expression.arguments.map(unwrap).find((a): a is TSESTree.ObjectExpression => a.type === 'ObjectExpression');
  const property = options?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && staticKey(p.key, p.computed) === 'name');
  return property ? stringLiteral(property.value) : undefined;
}

/** Nexus: `mutationField('login', {…})`, and `t.field('login', {…})` (or `t.boolean`, …) inside `mutationType(…)` or `extendType({ type: 'Mutation', … })`. */
function nexusMutations(context: AdapterContext): { name: string; at: Node; config: Node }[] {
  const found: { name: string; at: Node; config: Node }[] = [];
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    const [first, second] = call.arguments;
    const name = stringLiteral(first);
    if (!first || !second || name === undefined) continue;
    if (callee.type === 'Identifier' && callee.name === 'mutationField') found.push({ name, at: first, config: second });
    // `t.field('login', {…})`, `t.nonNull.boolean('logout', {…})`: any field definer; the options' `resolve` decides.
    else if (callee.type === 'MemberExpression' && NEXUS_DEFINERS.has(memberName(callee) ?? '') && insideMutationType(context, call)) found.push({ name, at: first, config: second });
  }
  return found;
}

function insideMutationType(context: AdapterContext, node: Node): boolean {
  for (let current = context.file.parentOf(node); current; current = context.file.parentOf(current)) {
    if (current.type !== 'CallExpression') continue;
    const callee = unwrap(current.callee);
    const name = callee.type === 'Identifier' ? callee.name : undefined;
    if (name === 'mutationType') return true;
    if ((name === 'extendType' || name === 'objectType') && current.arguments[0]) {
      const options = context.resolver.resolve(current.arguments[0], context.file);
      const type = options.kind === 'object' ? getEntry(options, name === 'objectType' ? 'name' : 'type')?.value : undefined;
      return type?.kind === 'literal' && type.value === 'Mutation';
    }
  }
  return false;
}

/** The `resolve` function of a Nexus field's options. */
function resolveFunction(context: AdapterContext, config: Node): FunctionNode | undefined {
  const options = context.resolver.resolve(config, context.file);
  const entry = options.kind === 'object' ? getEntry(options, 'resolve') : undefined;
  return entry && entry.file === context.file ? entryFunction(entry.value, entry.property, context.file) : undefined;
}
