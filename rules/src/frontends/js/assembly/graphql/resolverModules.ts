import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, staticKey, unwrap, type FunctionNode, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import type { HandlerParams } from '../../lifecycle/authEdits';
import { contextParams } from './context';

/** A folder of mutation resolvers, one module each (`resolvers/mutations/signin.js`, `graphql/mutations/signOut.js`). */
const MUTATIONS_FOLDER = /(?:^|[\\/])mutations?[\\/][^\\/]+$/i;
/** The request as a resolver's root value names it (`rootValue: { session: request.session, request }`). */
const REQUEST_NAMES = new Set(['req', 'request']);

/** One module's default export, read as a mutation resolver. */
export interface ModuleResolver {
  /** The mutation's name: the module's file name, as the folder's index maps it (`Mutation: { signin }`). */
  readonly name: string;
  readonly at: Node;
  readonly fn: FunctionNode;
  readonly params: HandlerParams;
}

/**
 * A mutation resolver written as a module of its own and gathered elsewhere: an index that requires
 * each file of a `mutations/` folder into `Mutation: { signin, signout }`, or a loader that reads the
 * folder (`fs.readdirSync`) into a schema's mutation fields. The map names the module, not its
 * function, so the resolver is read where it is written, named by its file:
 * - `module.exports = async (_, args, { req, session }) => {…}` / `export default (parent, args, ctx) => …`:
 *   the context is the third parameter (Apollo Server, graphql-tools);
 * - `export default { type, args, resolve(root, args, ctx) {…} }`: a graphql-js field config; its context
 *   is the third parameter, or, when there is none, the root value carries the request (apollo-server-express 1's
 *   `graphqlExpress(req => ({ rootValue: { session: req.session } }))`, express-graphql's `rootValue`):
 *   a first parameter called `req`/`request`, or one taken apart into `{ session }`.
 * Only a file inside a `mutations` folder: a function of three parameters elsewhere is anything.
 */
export function moduleResolver(context: AdapterContext): ModuleResolver | undefined {
  const fileName = context.file.fileName;
  if (!MUTATIONS_FOLDER.test(fileName)) return undefined;
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).replace(/\.[cm]?[jt]sx?$/, '');
  if (base === 'index') return undefined;
  const exported = defaultExport(context.file.program);
  if (!exported) return undefined;
  const value = unwrap(exported);
  if (isFunction(value)) {
    const params = contextParams((value as FunctionNode).params[2]);
    return params ? { name: base, at: value, fn: value as FunctionNode, params } : undefined;
  }
  if (value.type !== 'ObjectExpression') return undefined;
  for (const property of value.properties) {
    if (property.type !== 'Property' || staticKey(property.key, property.computed) !== 'resolve' || !isFunction(unwrap(property.value))) continue;
    const fn = unwrap(property.value) as FunctionNode;
    const params = contextParams(fn.params[2]) ?? rootValueParams(fn.params[0]);
    return params ? { name: base, at: property.key, fn, params } : undefined;
  }
  return undefined;
}

/** `module.exports = …` or `export default …` at the top level. */
function defaultExport(program: TSESTree.Program): Node | undefined {
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && statement.declaration.type !== 'TSInterfaceDeclaration') return statement.declaration as Node;
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
    const left = statement.expression.left;
    if (left.type === 'MemberExpression' && left.object.type === 'Identifier' && left.object.name === 'module' && staticKey(left.property, left.computed) === 'exports') return statement.expression.right;
  }
  return undefined;
}

/** A field resolver's root value holding the request or its session: `(req, args)`, `({ session }, args)`. */
export function rootValueParams(param: TSESTree.Parameter | undefined): HandlerParams | undefined {
  if (param?.type === 'Identifier' && REQUEST_NAMES.has(param.name)) return { request: param.name, sessionNames: [] };
  return param?.type === 'ObjectPattern' ? contextParams(param) : undefined;
}
