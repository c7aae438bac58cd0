import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, staticKey, stringLiteral, unwrap, walk, type FunctionNode, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import type { FileContext } from '../../fileContext';
import { rangeOfNode } from '../../optionValues';
import { getEntry, type JsValue } from '../../values';
import { decoratorCall } from '../../lifecycle/nestRoutes';
import type { RouteHandler } from '../../lifecycle/routes';
import { contextParams, decoratedContext } from './context';
import { moduleResolver } from './resolverModules';
import { composedMutations } from './composedMaps';

/** Variables that hold a resolver map's mutations (`const Mutation = {…}`, `export const authMutations = {…}`). */
const MUTATIONS_NAME = /^(Mutation|\w*[Mm]utations?)$/;
const TYPE_GRAPHQL = ['type-graphql', '@nestjs/graphql'];
const NEXUS = ['nexus', '@nexus/schema'];
/** The field definers of Nexus's `t` (`t.field`, `t.nonNull.boolean`, …). */
const NEXUS_DEFINERS = new Set(['field', 'string', 'boolean', 'int', 'float', 'id']);

/**
 * GraphQL mutations as login and logout handlers. A mutation is a route without a path: its
 * resolver gets the HTTP request through the context (Apollo Server's `context: ({ req, res }) => ({ req, res })`),
 * so a `login` mutation that writes `context.req.session.userId` logs in like an Express route.
 * Read here: resolver maps (`Mutation: { login(_, args, ctx) {…} }`, Apollo Server, graphql-tools,
 * GraphQL Yoga), type-graphql and NestJS `@Resolver()` classes (`@Mutation() login(@Ctx() ctx)`),
 * and Nexus (`mutationField('login', { resolve })`, `t.field('login', { resolve })` in the
 * `Mutation` type), and one resolver per module in a `mutations/` folder (resolverModules.ts). Queries log nobody in and are not read.
 */
export function graphqlMutations(context: AdapterContext): RouteHandler[] {
  // A resolver module of a `mutations/` folder is named by its file, not in its text.
  const module = moduleResolver(context);
  if (module) return [{ framework: 'express', name: module.name, nameRange: rangeOfNode(module.at), node: module.fn, middleware: [], handler: module.fn, operation: 'mutation', params: module.params }];
  const found = new Map<FunctionNode, RouteHandler>();
  const add = (name: string | undefined, at: Node, fn: FunctionNode | undefined, framework: RouteHandler['framework'], params = contextParams(fn?.params[2])): void => {
    if (!name || !fn || found.has(fn) || !params) return;
    found.set(fn, { framework, name, nameRange: rangeOfNode(at), node: fn, middleware: [], handler: fn, operation: 'mutation', params });
  };
  // Resolvers a map of another module gathers under `Mutation` (`{ ...require('./auth') }`): named there, not here.
  for (const composed of composedMutations(context)) add(composed.name, composed.at, composed.fn, 'express', composed.params);
  // Every other form names its mutations: a file that never says so is not walked.
  if (!/mutation/i.test(context.file.text)) return [...found.values()];
  const shapes = shapesOf(context.file.program, context.file.text);
  for (const property of mutationMaps(shapes)) {
    const map = context.resolver.resolve(property, context.file);
    for (const entry of map.kind === 'object' ? map.entries : []) {
      const fn = entryFunction(entry.value, entry.property, context.file);
      if (fn && entry.file === context.file && entry.property) add(entry.key, entry.property.key, fn, 'express');
    }
  }
  if (context.importsAny(TYPE_GRAPHQL)) {
    for (const { method, framework } of decoratedMutations(context, shapes.classes)) add(staticKey(method.key, method.computed), method.key, method.value as FunctionNode, framework, decoratedContext(method.value as FunctionNode));
  }
  if (context.importsAny(NEXUS)) {
    for (const { name, at, config } of nexusMutations(context)) add(name, at, resolveFunction(context, config), 'express');
  }
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

/** The objects of mutations in this file: `Mutation:` properties and variables named like mutation maps. */
function mutationMaps(shapes: Shapes): Node[] {
  const maps: Node[] = shapes.mutationProperties.map((property) => property.value);
  for (const declarator of shapes.declarators) {
    if (declarator.id.type === 'Identifier' && MUTATIONS_NAME.test(declarator.id.name) && declarator.init && unwrap(declarator.init).type === 'ObjectExpression') maps.push(declarator.init);
  }
  return maps;
}

/** `@Resolver() class … { @Mutation(() => User) login(…) }` (type-graphql, @nestjs/graphql). */
function decoratedMutations(context: AdapterContext, classes: Shapes['classes']): { method: TSESTree.MethodDefinition; framework: RouteHandler['framework'] }[] {
  const framework = context.importsAny(['@nestjs/graphql']) ? 'nest' : 'express';
  const methods: { method: TSESTree.MethodDefinition; framework: RouteHandler['framework'] }[] = [];
  for (const declaration of classes) {
    if (!declaration.decorators.some((d) => decoratorCall(d)?.name === 'Resolver')) continue;
    for (const member of declaration.body.body) {
      if (member.type !== 'MethodDefinition' || member.value.type !== 'FunctionExpression') continue;
      if (member.decorators.some((d) => decoratorCall(d)?.name === 'Mutation')) methods.push({ method: member, framework });
    }
  }
  return methods;
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
