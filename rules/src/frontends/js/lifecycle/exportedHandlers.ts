import * as nodePath from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { dottedPath, isFunction, staticKey, unwrap, type FunctionNode, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { rangeOfNode } from '../optionValues';
import { lookup } from '../scope';
import { isFastifyRoute } from './framework';
import { asFunction } from './handlerFunction';
import { words } from './names';
import type { RouteHandler } from './routes';

const REQUEST_NAME = /^_?(req|request)$/;

/**
 * Handlers a controller module exports for a routes file to register:
 * `module.exports = { login(req, res) {…} }`, `exports.logout = (req, res) => …`,
 * `export async function signIn(req, res)`, `export default { login }`, exported classes.
 * The route is not in this file, so they carry the export's name instead of a path.
 */
export function findExportedHandlers(context: AdapterContext, registered: ReadonlySet<FunctionNode>): RouteHandler[] {
  const found = new Map<FunctionNode, { name: string; at: Node }>();
  const add = (name: string | undefined, value: Node | null | undefined, at?: Node, depth = 0): void => {
    if (!name || !value) return;
    const fn = asFunction(context, unwrapped(value));
    if (fn && !registered.has(fn) && !found.has(fn) && isHandlerShaped(fn)) found.set(fn, { name, at: at ?? (fn.type === 'FunctionDeclaration' && fn.id ? fn.id : fn) });
    // An exported constructor function whose handlers are its members (`this.handleLoginRequest = (req, res) => …`, OWASP NodeGoat).
    else if (fn && depth === 0 && !isHandlerShaped(fn)) {
      for (const member of constructorMembers(fn)) add(member.name, member.value, member.at, depth + 1);
    }
  };
  const addObject = (object: TSESTree.ObjectExpression): void => {
    for (const property of object.properties) {
      if (property.type === 'Property') add(staticKey(property.key, property.computed), property.value, property.key);
    }
  };
  const addClass = (declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void => {
    // NestJS controllers are read through their decorators (routes.ts).
    if (declaration.decorators.length > 0) return;
    for (const member of declaration.body.body) {
      if (member.type === 'MethodDefinition' && member.kind === 'method') add(staticKey(member.key, member.computed), member.value, member.key);
      if (member.type === 'PropertyDefinition' && member.value) add(staticKey(member.key, member.computed), member.value, member.key);
    }
  };
  const addExported = (value: Node, name: string | undefined, at?: Node): void => {
    const target = unwrap(value);
    // `module.exports = userSignIn = (req, res) => {…}`: the export is the assigned function, named by its variable.
    if (target.type === 'AssignmentExpression' && target.operator === '=' && target.left.type === 'Identifier') addExported(target.right, name ?? target.left.name, at ?? target.left);
    else if (target.type === 'ObjectExpression') addObject(target);
    else if (target.type === 'ClassExpression' || target.type === 'ClassDeclaration') addClass(target);
    else if (instantiatedClass(context, target)) addClass(instantiatedClass(context, target)!);
    else if (target.type === 'Identifier') {
      // An object of handlers defined here (`const auth = { login(req, res) {…} }; module.exports = auth`).
      const resolved = context.resolveLocal(target);
      if (resolved.kind === 'object' && resolved.node?.type === 'ObjectExpression' && resolved.file === context.file) addObject(resolved.node);
      else add(name ?? target.name, target, at);
    } else add(name ?? functionName(target) ?? moduleName(context.file.fileName), target, at);
  };

  for (const statement of context.file.program.body) {
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const path = dottedPath(statement.expression.left);
      const left = statement.expression.left;
      if (path?.join('.') === 'module.exports') {
        // `module.exports = (req, res) => …` names its handler by nothing but its module (`controllers/loginUser.js`);
        // `module.exports = userSignIn = (req, res) => …` by the name it is also given.
        const right = unwrap(statement.expression.right);
        if (right.type === 'AssignmentExpression' && right.left.type === 'Identifier') addExported(right.right, right.left.name, right.left);
        else addExported(right, isFunction(right) ? (functionName(right) ?? moduleName(context.file.fileName)) : undefined);
      }
      else if (path && path.length === 2 && path[0] === 'exports') addExported(statement.expression.right, path[1], left);
      else if (path && path.length === 3 && path[0] === 'module' && path[1] === 'exports') addExported(statement.expression.right, path[2], left);
    } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
      const declaration = statement.declaration;
      if (declaration.type === 'FunctionDeclaration') add(declaration.id?.name, declaration);
      else if (declaration.type === 'ClassDeclaration') addClass(declaration);
      else if (declaration.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') addExported(declarator.init ?? declarator.id, declarator.id.name, declarator.id);
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      if (declaration.type === 'FunctionDeclaration') add(declaration.id?.name ?? moduleName(context.file.fileName), declaration);
      // `export default async (req, reply) => …`: named by its module, as `module.exports = (req, res) => …`.
      else addExported(declaration, isFunction(declaration) ? moduleName(context.file.fileName) : undefined);
    }
  }

  return [...found].map(([fn, { name, at }]) => ({
    framework: isFastifyRoute(context, undefined, fn) ? 'fastify' : 'express',
    name,
    node: fn,
    nameRange: rangeOfNode(at),
    middleware: [],
    handler: fn,
  }));
}

/**
 * The class of this file an export instantiates: `module.exports = new AuthController()`, `export default
 * new UserController()`, or a name bound to one (`const authController = new AuthController(); module.exports
 * = authController`). Its methods are the handlers a routes file registers (`router.post('/login', authController.login)`).
 */
function instantiatedClass(context: AdapterContext, node: Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  let target = unwrap(node);
  if (target.type === 'Identifier') {
    const binding = lookup(context.file, target.name, target);
    if (binding?.kind !== 'variable' || !binding.init || binding.path.length > 0) return undefined;
    target = unwrap(binding.init);
  }
  if (target.type !== 'NewExpression') return undefined;
  const callee = unwrap(target.callee);
  if (callee.type === 'ClassExpression') return callee;
  if (callee.type !== 'Identifier') return undefined;
  const binding = lookup(context.file, callee.name, callee);
  if (binding?.kind === 'class') return binding.node;
  const init = binding?.kind === 'variable' && binding.path.length === 0 && binding.init ? unwrap(binding.init) : undefined;
  return init?.type === 'ClassExpression' ? init : undefined;
}

/** `module.exports = function login(req, res) {…}`: the name a function expression or declaration gives itself. */
function functionName(node: Node): string | undefined {
  return (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') && node.id ? node.id.name : undefined;
}

/**
 * The name a module whose whole export is one handler goes by: its file's (`controllers/loginUser.js`,
 * routed as `app.post('/users/login', require('./controllers/loginUser'))`), or its folder's for an
 * `index` file. The route that registers it is in another module; its name says what the handler is.
 */
function moduleName(fileName: string): string {
  const base = nodePath.basename(fileName).replace(/\.[^.]*$/, '');
  return base === 'index' ? nodePath.basename(nodePath.dirname(fileName)) : base;
}

/** `co(function* (req, res) {…})`, `asyncHandler(async (req, res) => …)`: the handler a wrapper call takes. */
function unwrapped(value: Node): Node {
  const target = unwrap(value);
  if (target.type !== 'CallExpression' || target.arguments.length !== 1) return value;
  const inner = unwrap(target.arguments[0]!);
  return isFunction(inner) ? inner : value;
}

/** `this.name = value` statements at the top of a function's body: the members a constructor function gives its instances. */
function constructorMembers(fn: FunctionNode): { name: string; value: Node; at: Node }[] {
  if (fn.body?.type !== 'BlockStatement' || fn.type === 'ArrowFunctionExpression') return [];
  const members: { name: string; value: Node; at: Node }[] = [];
  for (const statement of fn.body.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
    const left = statement.expression.left;
    if (left.type !== 'MemberExpression' || left.object.type !== 'ThisExpression') continue;
    const name = staticKey(left.property, left.computed);
    if (name) members.push({ name, value: statement.expression.right, at: left });
  }
  return members;
}

/**
 * `(req, res)`, `(request: FastifyRequest, reply)`: a function that takes a request first, and a response (if
 * anything) second. `login(req, user)` — the request and the user it logs in — is a helper its callers hand the
 * request to, judged at their call (the session-regenerate-on-login README's "Where the finding goes").
 */
export function isHandlerShaped(fn: FunctionNode): boolean {
  if (!isFunction(fn) || fn.params.length === 0) return false;
  const [first, second] = fn.params.map(parameterOf);
  if (!(first?.type === 'Identifier' && REQUEST_NAME.test(first.name)) && !/Request$/.test(typeNameOf(first!))) return false;
  return second === undefined || !takesOtherThanResponse(second);
}

function parameterOf(param: TSESTree.Parameter): TSESTree.Parameter {
  return param.type === 'TSParameterProperty' ? param.parameter : param;
}

function typeNameOf(param: TSESTree.Parameter): string {
  const annotation = 'typeAnnotation' in param ? param.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== 'TSTypeReference') return '';
  return annotation.typeName.type === 'Identifier' ? annotation.typeName.name : annotation.typeName.type === 'TSQualifiedName' ? annotation.typeName.right.name : '';
}

/**
 * A second parameter that says it is no response: typed as something else (`user: User`), or named for a
 * record (`user`, `account`, `userId`). Untyped short or unusual names (`res`, `resp`, `h`, `_`) stay responses.
 */
function takesOtherThanResponse(param: TSESTree.Parameter): boolean {
  const typeName = typeNameOf(param);
  if (typeName !== '') return !RESPONSE_TYPE.test(typeName);
  return param.type === 'Identifier' && RECORD_NAME.test(words(param.name));
}

const RESPONSE_TYPE = /(Response|Reply|Res|NextFunction|Toolkit|Context)$/;
/** `user`, `account`, `userId`, `foundUser`, `member`: the record a helper logs in or out. */
const RECORD_NAME = /(^|-)(user|users|account|member|customer|admin|profile|player|person|principal|identity|owner|employee|student|client)(-id)?$|(^|-)(id|uid|payload|data|credentials)$/;
