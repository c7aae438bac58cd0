import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { staticKey, stringLiteral, unwrap, type FunctionNode, type Node } from '../ast';
import type { FileContext } from '../fileContext';
import { classNamed, typeMembersNamed } from './helperTargets';
import { decoratorCall } from './nestRoutes';

/** Fields that carry a secret the client must know: what a login rate limit protects from guessing. */
/** Also with the account's word before it (`userPassword`, `login_password`), not a second field (`confirmPassword`, `newPassword`). */
const PASSWORD_FIELD = /^((user|login|account|member|admin)[_-]?)?(password|passwd|pass|pwd|pin|passcode|passphrase)$/i;

/** The parameter decorators that hand a handler the client's input: a REST body, GraphQL arguments (NestJS `@Args`, type-graphql `@Arg`/`@Args`). */
const REST_BODY = ['Body'];
const GRAPHQL_ARGS = ['Args', 'Arg'];

/** NestJS's mapped types (`PickType(User, ['email', 'password'])`): the second argument lists the fields the DTO takes. */
const MAPPED_TYPES = new Set(['PickType', 'OmitType', 'PartialType', 'IntersectionType']);
/** How many superclasses a DTO is followed up (`class LoginInput extends Credentials`). */
const MAX_SUPERCLASSES = 2;

/**
 * Whether a Nest handler's `@Body()` carries a password: `@Body('password')`, an inline type with a
 * password field, or a DTO class of the project with one (`signIn(@Body() dto: LoginDto)`, the class read
 * from its module). A social login's body (`{ idToken }`, `{ accessToken }`) carries a token the
 * provider issued and checks: nothing to guess. Unknown types (an untyped body, an interface) say no.
 */
export function bodyCarriesPassword(file: FileContext, handler: FunctionNode): boolean {
  return inputCarriesPassword(file, handler, REST_BODY);
}

/**
 * The same for a decorated GraphQL resolver's arguments: `@Args('password')`, `@Arg('password')`,
 * `@Args('loginInput') input: LoginInput` whose input type has a password field, itself or through the
 * class it extends (`extends PickType(User, ['email', 'password'], InputType)`), or an interface or type
 * alias of the project (schema-first types generated into `graphql.types.ts`).
 */
export function argsCarryPassword(file: FileContext, handler: FunctionNode): boolean {
  return inputCarriesPassword(file, handler, GRAPHQL_ARGS);
}

function inputCarriesPassword(file: FileContext, handler: FunctionNode, decoratorNames: readonly string[]): boolean {
  for (const param of handler.params) {
    const decorators = 'decorators' in param ? ((param.decorators as TSESTree.Decorator[] | undefined) ?? []) : [];
    const input = decorators.map(decoratorCall).find((d) => d !== undefined && decoratorNames.includes(d.name));
    if (!input) continue;
    const field = input.argument ? stringLiteral(input.argument) : undefined;
    const target = param.type === 'TSParameterProperty' ? param.parameter : param;
    const type = 'typeAnnotation' in target ? target.typeAnnotation?.typeAnnotation : undefined;
    // `@Body('password')`: the field itself. `@Args('input') input: LoginInput`: the field name is the argument's, its type says what it holds.
    if (field !== undefined && PASSWORD_FIELD.test(field)) return true;
    if (field !== undefined && decoratorNames === REST_BODY) continue;
    // `@Args() { email, password }: LoginArgs`: the pattern names the field.
    if (target.type === 'ObjectPattern' && target.properties.some((p) => p.type === 'Property' && PASSWORD_FIELD.test(staticKey(p.key, p.computed) ?? ''))) return true;
    if (type?.type === 'TSTypeLiteral' && type.members.some((m) => m.type === 'TSPropertySignature' && PASSWORD_FIELD.test(staticKey(m.key, m.computed) ?? ''))) return true;
    if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') continue;
    if (classCarriesPassword(file, type.typeName, handler, 0)) return true;
    // An interface or a type alias: a GraphQL input type generated as one (`LoginInput` in `graphql.types.ts`), or a
    // REST body typed with one (`signIn(@Body() dto: LoginUserParams)`, `type LoginUserParams = { userName; userPassword }`, miniplant).
    if (typeMembersNamed(file, type.typeName)?.some((m) => PASSWORD_FIELD.test(m))) return true;
  }
  return false;
}

/** A DTO class of the project with a password field, its own or one its superclass gives it. */
function classCarriesPassword(file: FileContext, name: TSESTree.Identifier, at: Node, depth: number): boolean {
  const dto = classNamed(file, name, at);
  if (!dto) return false;
  if (dto.node.body.body.some((m) => m.type === 'PropertyDefinition' && PASSWORD_FIELD.test(staticKey(m.key, m.computed) ?? ''))) return true;
  const superClass = dto.node.superClass ? unwrap(dto.node.superClass) : undefined;
  if (!superClass || depth >= MAX_SUPERCLASSES) return false;
  if (superClass.type === 'Identifier') return classCarriesPassword(dto.file, superClass, dto.node, depth + 1);
  if (superClass.type !== 'CallExpression') return false;
  const callee = unwrap(superClass.callee);
  if (callee.type !== 'Identifier' || !MAPPED_TYPES.has(callee.name)) return false;
  // `PickType(User, ['email', 'password'])` lists the field; `PartialType(LoginInput)` keeps its base's.
  const [base, fields] = superClass.arguments;
  const listed = fields && unwrap(fields).type === 'ArrayExpression' ? (unwrap(fields) as TSESTree.ArrayExpression).elements.map((e) => (e ? stringLiteral(e) : undefined)) : undefined;
  if (callee.name === 'PickType') return listed?.some((f) => f !== undefined && PASSWORD_FIELD.test(f)) ?? false;
  if (callee.name === 'OmitType' && listed?.some((f) => f !== undefined && PASSWORD_FIELD.test(f))) return false;
  const baseNode = base ? unwrap(base) : undefined;
  return baseNode?.type === 'Identifier' && classCarriesPassword(dto.file, baseNode, dto.node, depth + 1);
}
