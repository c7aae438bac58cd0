import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, staticKey, unwrap, walk, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { parseModule } from '../moduleCache';
import { lookup } from '../scope';

const NEST_JWT = '@nestjs/jwt';
const SIGN_METHODS = new Set(['sign', 'signAsync']);
const MAX_PROVIDERS = 20;

/**
 * True when the Nest module a `JwtModule.register()` sits in has providers that sign tokens, and
 * every one of their `JwtService` sign calls writes `expiresIn` itself: then the registration's
 * missing `signOptions.expiresIn` is never used. The providers are the identifiers in the
 * `@Module({ providers })` around the call, read from their relative imports as data (the CLI and
 * the editor give the engine the files; in ESLint this is false and the registration is reported).
 */
export function everyProviderSignSetsExpiry(context: AdapterContext, register: TSESTree.CallExpression): boolean {
  const providers = moduleProviders(context, register);
  const read = context.file.project.readModule;
  if (!read || providers.length === 0) return false;
  let signCalls = 0;
  for (const provider of providers.slice(0, MAX_PROVIDERS)) {
    const binding = lookup(context.file, provider.name, provider);
    if (binding?.kind !== 'import' || !binding.source.startsWith('.')) continue;
    const loaded = read(context.file.fileName, binding.source);
    const program = loaded ? parseModule(loaded.text, loaded.fileName).program : undefined;
    if (!program || !importsJwtService(program)) continue;
    let missing = false;
    walk(program, (node) => {
      if (missing || node.type !== 'CallExpression') return;
      const callee = unwrap(node.callee);
      if (callee.type !== 'MemberExpression' || !SIGN_METHODS.has(memberName(callee) ?? '')) return;
      const target = unwrap(callee.object);
      // `this.jwtService.signAsync(…)`: a member of `this`, the way Nest injects the service.
      if (target.type !== 'MemberExpression' || unwrap(target.object).type !== 'ThisExpression') return;
      signCalls++;
      if (!writesExpiresIn(node.arguments[1])) missing = true;
    });
    if (missing) return false;
  }
  return signCalls > 0;
}

/** The identifiers of `providers: [A, B]` in the `@Module({...})` decorator of the class around the call. */
function moduleProviders(context: AdapterContext, call: Node): TSESTree.Identifier[] {
  let current: Node | undefined = call;
  while (current && !(current.type === 'Decorator')) current = context.file.parentOf(current);
  const expression = current?.type === 'Decorator' ? unwrap(current.expression) : undefined;
  if (expression?.type !== 'CallExpression') return [];
  const options = expression.arguments[0] ? unwrap(expression.arguments[0]) : undefined;
  if (options?.type !== 'ObjectExpression') return [];
  for (const property of options.properties) {
    if (property.type !== 'Property' || staticKey(property.key, property.computed) !== 'providers') continue;
    const list = unwrap(property.value);
    if (list.type !== 'ArrayExpression') return [];
    return list.elements.flatMap((e) => (e && e.type === 'Identifier' ? [e] : []));
  }
  return [];
}

function importsJwtService(program: TSESTree.Program): boolean {
  return program.body.some((s) => s.type === 'ImportDeclaration' && s.source.value === NEST_JWT && s.specifiers.some((sp) => sp.type === 'ImportSpecifier' && sp.local.name !== undefined && (sp.imported.type === 'Identifier' ? sp.imported.name : sp.imported.value) === 'JwtService'));
}

/** An options object literal that writes `expiresIn` (whatever its value: the call decides its own lifetime). */
function writesExpiresIn(argument: Node | undefined): boolean {
  const options = argument ? unwrap(argument) : undefined;
  return options?.type === 'ObjectExpression' && options.properties.some((p) => p.type === 'Property' && staticKey(p.key, p.computed) === 'expiresIn');
}
