import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { staticKey, stringLiteral, type FunctionNode } from '../ast';
import type { FileContext } from '../fileContext';
import { classNamed } from './helperTargets';
import { decoratorCall } from './nestRoutes';

/** Fields that carry a secret the client must know: what a login rate limit protects from guessing. */
const PASSWORD_FIELD = /^(password|passwd|pass|pwd|pin|passcode|passphrase)$/i;

/**
 * Whether a Nest handler's `@Body()` carries a password: `@Body('password')`, an inline type with a
 * password field, or a DTO class of the project with one (`signIn(@Body() dto: LoginDto)`, the class read
 * from its module). A social login's body (`{ idToken }`, `{ accessToken }`) carries a token the
 * provider issued and checks: nothing to guess. Unknown types (an untyped body, an interface) say no.
 */
export function bodyCarriesPassword(file: FileContext, handler: FunctionNode): boolean {
  for (const param of handler.params) {
    const decorators = 'decorators' in param ? ((param.decorators as TSESTree.Decorator[] | undefined) ?? []) : [];
    const body = decorators.map(decoratorCall).find((d) => d?.name === 'Body');
    if (!body) continue;
    const field = body.argument ? stringLiteral(body.argument) : undefined;
    if (field !== undefined) {
      if (PASSWORD_FIELD.test(field)) return true;
      continue;
    }
    const target = param.type === 'TSParameterProperty' ? param.parameter : param;
    const type = 'typeAnnotation' in target ? target.typeAnnotation?.typeAnnotation : undefined;
    if (type?.type === 'TSTypeLiteral' && type.members.some((m) => m.type === 'TSPropertySignature' && PASSWORD_FIELD.test(staticKey(m.key, m.computed) ?? ''))) return true;
    if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') continue;
    const dto = classNamed(file, type.typeName, handler);
    if (dto?.node.body.body.some((m) => m.type === 'PropertyDefinition' && PASSWORD_FIELD.test(staticKey(m.key, m.computed) ?? ''))) return true;
  }
  return false;
}
