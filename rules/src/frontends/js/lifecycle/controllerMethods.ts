import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, unwrap, type Node } from '../ast';

/** A decorator written as a call: `@Post('login')` → `{ name: 'Post', argument: 'login' node }`. */
export interface DecoratorCall {
  readonly name: string;
  readonly argument: Node | undefined;
}

export function decoratorCall(decorator: TSESTree.Decorator): DecoratorCall | undefined {
  const expression = unwrap(decorator.expression);
  if (expression.type !== 'CallExpression') return undefined;
  const callee = unwrap(expression.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberName(callee) : undefined;
  return name ? { name, argument: expression.arguments[0] } : undefined;
}

/** One decorated method of a `@Controller(…)` class, once per decorator it carries. */
export interface ControllerMethod {
  readonly controllerClass: TSESTree.ClassDeclaration;
  /** The class's `@Controller(…)` decorator. */
  readonly controller: DecoratorCall;
  readonly method: TSESTree.MethodDefinition & { readonly value: TSESTree.FunctionExpression };
  readonly decorator: TSESTree.Decorator;
}

/**
 * Every decorator of every method of the top-level `@Controller(…)` classes of a file (exported or not):
 * the loop NestJS controllers and fastify-decorators controllers share. Each caller keeps the
 * decorators that declare its routes (`@Post`, `@POST`).
 */
export function* controllerMethods(program: TSESTree.Program): Generator<ControllerMethod> {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration || declaration.type !== 'ClassDeclaration') continue;
    const controller = declaration.decorators.map(decoratorCall).find((d) => d?.name === 'Controller');
    if (!controller) continue;
    for (const member of declaration.body.body) {
      if (member.type !== 'MethodDefinition' || member.value.type !== 'FunctionExpression') continue;
      const method = member as ControllerMethod['method'];
      for (const decorator of member.decorators) yield { controllerClass: declaration, controller, method, decorator };
    }
  }
}
