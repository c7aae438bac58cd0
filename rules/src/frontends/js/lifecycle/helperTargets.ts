import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { AnalysisBudget } from '../../../model/budget';
import { isFunction, memberName, unwrap, type FunctionNode, type Node } from '../ast';
import { exportedClass } from '../assembly/nest/guards';
import { FileContext } from '../fileContext';
import { parseModule } from '../moduleCache';
import type { Resolver } from '../resolve';
import type { JsValue } from '../values';
import { lookup } from '../scope';

/** A function of the project that a handler calls, with the parsed file it is written in. */
export interface HelperTarget {
  readonly fn: FunctionNode;
  readonly file: FileContext;
}

/**
 * The function a call runs, when the project's own code says which: a function of this file or an
 * imported module (`loginUser(req, user)`, `auth.login(req)`), a method of the handler's own class
 * (`this.loginUser(user, password, req)`), or a method of an injected service
 * (`this.authService.login(session, dto)`: the class named by the property's or constructor
 * parameter's type, in this file or the module it is imported from). Read as data; undefined when
 * the callee is a package, a parameter or anything else this cannot name.
 */
export function helperTarget(file: FileContext, call: TSESTree.CallExpression, resolver: Resolver): HelperTarget | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === 'MemberExpression') {
    const object = unwrap(callee.object);
    const method = memberName(callee);
    if (!method) return undefined;
    if (object.type === 'ThisExpression') return classMethod(file, enclosingClass(file, call), method);
    // `this.authService.login(…)`: the service class is the property's declared type.
    if (object.type === 'MemberExpression' && unwrap(object.object).type === 'ThisExpression') {
      const property = memberName(object);
      const owner = enclosingClass(file, call);
      const serviceType = owner && property ? declaredType(owner, property) : undefined;
      const service = serviceType ? classNamed(file, serviceType, owner!) : undefined;
      return service ? classMethod(service.file, service.node, method) : undefined;
    }
    // `model.login(…)` where a module exports `new ModelIndex()`: the method of that class.
    const instance = instanceClass(resolver.resolve(object, file));
    if (instance) return classMethod(instance.file, instance.node, method);
  }
  if (callee.type !== 'Identifier' && callee.type !== 'MemberExpression') return undefined;
  const value = resolver.resolve(callee, file);
  if (value.kind === 'function') return { fn: value.node, file: value.file };
  // `import { saveSession } from 'src/shared/utils/session.util'` (tsconfig baseUrl): no package, a module of the app.
  if (value.kind !== 'module' || value.path.length !== 1 || value.module in file.project.dependencies) return undefined;
  const module = loadModule(value.file, value.module);
  const fn = module && exportedFunction(module.program, value.path[0]!);
  return fn && module ? { fn, file: module } : undefined;
}

/** The class of `new ModelIndex()` (in this file or the module that made the instance). */
function instanceClass(value: JsValue): { node: ClassNode; file: FileContext } | undefined {
  if (value.kind !== 'instance' || value.of.kind !== 'unknown' || !value.of.file || value.of.node?.type !== 'Identifier') return undefined;
  const binding = lookup(value.of.file, value.of.node.name, value.of.node);
  return binding?.kind === 'class' ? { node: binding.node, file: value.of.file } : undefined;
}

/** `export function name(…)` / `export const name = (…) => …`: a function a module exports by name. */
function exportedFunction(program: TSESTree.Program, name: string): FunctionNode | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const declaration = statement.declaration;
    if (declaration.type === 'FunctionDeclaration' && declaration.id?.name === name) return declaration;
    if (declaration.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      const init = declarator.init && unwrap(declarator.init);
      if (declarator.id.type === 'Identifier' && declarator.id.name === name && init && isFunction(init)) return init;
    }
  }
  return undefined;
}

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export function enclosingClass(file: FileContext, node: Node): ClassNode | undefined {
  let current = file.parentOf(node);
  while (current && current.type !== 'ClassDeclaration' && current.type !== 'ClassExpression') current = file.parentOf(current);
  return current;
}

function classMethod(file: FileContext, owner: ClassNode | undefined, name: string): HelperTarget | undefined {
  for (const member of owner?.body.body ?? []) {
    if (member.type === 'MethodDefinition' && !member.computed && member.key.type === 'Identifier' && member.key.name === name && member.kind === 'method' && member.value.type === 'FunctionExpression') {
      return { fn: member.value, file };
    }
    // `loginUser = async (req) => { … }`: an arrow function held by a class field.
    if (member.type === 'PropertyDefinition' && !member.computed && member.key.type === 'Identifier' && member.key.name === name && member.value && isFunction(unwrap(member.value))) {
      return { fn: unwrap(member.value) as FunctionNode, file };
    }
  }
  return undefined;
}

/** `AuthService` of `private authService: AuthService<User>` (a field) or `constructor(private readonly authService: AuthService)`. */
export function declaredType(owner: ClassNode, property: string): TSESTree.Identifier | undefined {
  for (const member of owner.body.body) {
    if (member.type === 'PropertyDefinition' && !member.computed && member.key.type === 'Identifier' && member.key.name === property) {
      return typeName(member.typeAnnotation?.typeAnnotation);
    }
    if (member.type !== 'MethodDefinition' || member.kind !== 'constructor') continue;
    for (const param of member.value.params) {
      if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' && param.parameter.name === property) {
        return typeName(param.parameter.typeAnnotation?.typeAnnotation);
      }
    }
  }
  return undefined;
}

function typeName(type: TSESTree.TypeNode | undefined): TSESTree.Identifier | undefined {
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' ? type.typeName : undefined;
}

/** Parsed project modules per analysis (keyed by the analysed file's budget): a service read once per run of a file. */
const loadedModules = new WeakMap<AnalysisBudget, Map<string, FileContext | null>>();

/** The class a type name refers to: declared in this file, or exported by the project module it is imported from. */
export function classNamed(file: FileContext, name: TSESTree.Identifier, at: Node): { node: ClassNode; file: FileContext } | undefined {
  const binding = lookup(file, name.name, at);
  if (binding?.kind === 'class') return { node: binding.node, file };
  if (binding?.kind !== 'import' || binding.imported === '*') return undefined;
  const module = loadModule(file, binding.source);
  const declaration = module && exportedClass(module.program, binding.imported === 'default' ? undefined : binding.imported);
  return declaration && module ? { node: declaration, file: module } : undefined;
}

/** An object type declared with `interface X {…}` or `type X = {…}`: the names of its properties. */
type TypeDeclaration = TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration;

/**
 * The property names of an interface or object type alias `name` refers to: declared in this file, or
 * exported by the module it is imported from (`import { LoginInput } from '../graphql/graphql.types'`).
 * Undefined when it is neither (a class, a package's type, an intersection).
 */
export function typeMembersNamed(file: FileContext, name: TSESTree.Identifier): string[] | undefined {
  const local = typeDeclaration(file.program, name.name, false);
  if (local) return membersOf(local);
  for (const statement of file.program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const specifier = statement.specifiers.find((s) => s.type === 'ImportSpecifier' && s.local.name === name.name);
    if (!specifier || specifier.type !== 'ImportSpecifier') continue;
    const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
    const module = loadModule(file, String(statement.source.value));
    const declaration = module ? typeDeclaration(module.program, imported, true) : undefined;
    return declaration ? membersOf(declaration) : undefined;
  }
  return undefined;
}

function typeDeclaration(program: TSESTree.Program, name: string, exportedOnly: boolean): TypeDeclaration | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : exportedOnly ? undefined : statement;
    if ((declaration?.type === 'TSInterfaceDeclaration' || declaration?.type === 'TSTypeAliasDeclaration') && declaration.id.name === name) return declaration;
  }
  return undefined;
}

function membersOf(declaration: TypeDeclaration): string[] | undefined {
  const members = declaration.type === 'TSInterfaceDeclaration' ? declaration.body.body : declaration.typeAnnotation.type === 'TSTypeLiteral' ? declaration.typeAnnotation.members : undefined;
  return members?.flatMap((m) => (m.type === 'TSPropertySignature' && m.key.type === 'Identifier' ? [m.key.name] : []));
}

function loadModule(from: FileContext, specifier: string): FileContext | undefined {
  let modules = loadedModules.get(from.budget);
  if (!modules) loadedModules.set(from.budget, (modules = new Map()));
  const key = `${from.fileName}\0${specifier}`;
  if (modules.has(key)) return modules.get(key) ?? undefined;
  modules.set(key, null);
  const read = from.project.readModule?.(from.fileName, specifier);
  if (!read || read.fileName === from.fileName || from.importChain.includes(read.fileName)) return undefined;
  const program = parseModule(read.text, read.fileName).program;
  if (!program) return undefined;
  const context = new FileContext(program, read.text, read.fileName, from.project, [...from.importChain, from.fileName], from.budget);
  modules.set(key, context);
  return context;
}
