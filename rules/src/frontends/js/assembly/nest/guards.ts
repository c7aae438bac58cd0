import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, stringLiteral, unwrap, walk, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { parseModule } from '../../moduleCache';
import { lookup } from '../../scope';

/** A guard that logs the user into the session, with the passport strategy it runs when its class says. */
export interface SessionLoginGuard {
  /** The guard as written in `@UseGuards(…)`: where the finding goes. */
  readonly node: Node;
  readonly strategy: string | undefined;
}

/** The guards named in `@UseGuards(A, B)` decorators (a route's middleware in the Nest route model). */
function guardArguments(middleware: readonly Node[]): Node[] {
  return middleware.flatMap((node) => {
    const target = unwrap(node);
    if (target.type !== 'CallExpression') return [];
    const callee = unwrap(target.callee);
    return callee.type === 'Identifier' && callee.name === 'UseGuards' ? target.arguments.map((a) => unwrap(a)) : [];
  });
}

/**
 * A guard on a Nest route that logs the user into the session: a class, in this file or imported from
 * another, whose methods call `logIn` — `await super.logIn(request)` in a guard extending
 * `AuthGuard('local')`, the @nestjs/passport sessions recipe. @nestjs/passport's `AuthGuard` alone runs
 * `passport.authenticate()` with a callback of its own, which never touches the session; its `logIn()`
 * is passport's `req.logIn()`, which renews the session id only from passport 0.6 on.
 */
export function sessionLoginGuard(context: AdapterContext, middleware: readonly Node[]): SessionLoginGuard | undefined {
  for (const guard of guardArguments(middleware)) {
    const declaration = guard.type === 'Identifier' ? guardClass(context, guard) : undefined;
    if (declaration && callsLogIn(declaration)) return { node: guard, strategy: strategyOf(declaration) };
  }
  return undefined;
}

/** The class a guard names: declared in this file, or exported by the module it is imported from. */
function guardClass(context: AdapterContext, guard: TSESTree.Identifier): TSESTree.ClassDeclaration | undefined {
  const binding = lookup(context.file, guard.name, guard);
  if (binding?.kind === 'class') return binding.node;
  if (binding?.kind !== 'import' || binding.imported === '*') return undefined;
  return importedClass(context, context.file.fileName, binding.source, binding.imported === 'default' ? undefined : binding.imported);
}

/**
 * The class a module exports under `name`, through up to three barrels (`export { LocalAuthGuard } from
 * './local-auth.guard'`, `export * from './guards'`). Only a module that mentions `logIn` is parsed for its class.
 */
function importedClass(context: AdapterContext, from: string, source: string, name: string | undefined, hops = 0): TSESTree.ClassDeclaration | undefined {
  const module = context.file.project.readModule?.(from, source);
  if (!module) return undefined;
  const barrel = hops < 3 && name !== undefined && /\bexport\s*[*{]/.test(module.text);
  if (!/\blogIn\b/.test(module.text) && !barrel) return undefined;
  const program = parseModule(module.text, module.fileName).program;
  if (!program) return undefined;
  const own = /\blogIn\b/.test(module.text) ? exportedClass(program, name) : undefined;
  if (own || !barrel) return own;
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && statement.source) {
      const specifier = statement.specifiers.find((s) => s.exported.type === 'Identifier' && s.exported.name === name);
      const local = specifier?.local.type === 'Identifier' ? specifier.local.name : undefined;
      if (local) return importedClass(context, module.fileName, statement.source.value, local === 'default' ? undefined : local, hops + 1);
    }
    if (statement.type === 'ExportAllDeclaration' && !statement.exported) {
      const found = importedClass(context, module.fileName, statement.source.value, name, hops + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** `'local'` of `class LoginGuard extends AuthGuard('local')`: which passport strategy the guard runs. */
function strategyOf(declaration: TSESTree.ClassDeclaration): string | undefined {
  const superClass = declaration.superClass && unwrap(declaration.superClass);
  if (superClass?.type !== 'CallExpression') return undefined;
  const callee = unwrap(superClass.callee);
  return callee.type === 'Identifier' && callee.name === 'AuthGuard' ? stringLiteral(superClass.arguments[0]) : undefined;
}

/** The class a module exports under `name` (its default export when `name` is undefined). */
export function exportedClass(program: TSESTree.Program, name: string | undefined): TSESTree.ClassDeclaration | undefined {
  for (const statement of program.body) {
    if (name === undefined && statement.type === 'ExportDefaultDeclaration' && statement.declaration.type === 'ClassDeclaration') return statement.declaration;
    if (name !== undefined && statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'ClassDeclaration' && statement.declaration.id?.name === name) return statement.declaration;
  }
  return undefined;
}

function callsLogIn(declaration: TSESTree.ClassDeclaration): boolean {
  let found = false;
  walk(declaration.body, (node) => {
    if (found || node.type !== 'CallExpression') return;
    const callee = unwrap(node.callee);
    if (callee.type !== 'MemberExpression') return;
    const object = unwrap(callee.object);
    // `super.logIn(request)`, `request.logIn(user, cb)`, `req.login(user, cb)`; a service's `login(dto)` is not passport's.
    found = memberName(callee) === 'logIn' || (memberName(callee) === 'login' && object.type === 'Identifier' && /^(req|request)$/.test(object.name));
  });
  return found;
}
