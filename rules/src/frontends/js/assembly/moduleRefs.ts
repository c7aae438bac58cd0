import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, unwrap, type Node } from '../ast';
import type { FileContext } from '../fileContext';
import { implicitGlobalValue } from '../implicitGlobals';
import { lookup } from '../scope';

/**
 * What another module of the app exports, as one file refers to it: `require('./routes/auth')`
 * (`default`, the CommonJS export), `import { api } from './routes'` (`api`), and a member of an
 * instance of an exported class (`new AuthRoutes().router`: `member: 'router'`).
 */
export interface ModuleRef {
  readonly specifier: string;
  readonly name: string;
  readonly member?: string;
}

const MAX_HOPS = 6;

/**
 * The export of a relative module that an expression is: an imported or required binding, a member
 * of one, a call of one (a handler factory returning a router), an instance's member. Undefined for
 * packages and for anything defined in this file.
 */
export function moduleRefOf(file: FileContext, node: Node, hops = 0): ModuleRef | undefined {
  if (hops > MAX_HOPS) return undefined;
  const target = unwrap(node);
  switch (target.type) {
    case 'Identifier': {
      const binding = lookup(file, target.name, target);
      if (binding?.kind === 'import') return local(file, { specifier: binding.source, name: binding.imported === '*' ? 'default' : binding.imported });
      // `todosRoutes = require('./routes/todos');` at a script's top level: a sloppy-mode global.
      const implicit = binding ? undefined : implicitGlobalValue(file, target.name);
      if (implicit) return moduleRefOf(file, implicit, hops + 1);
      if (binding?.kind !== 'variable' || !binding.init || file.reassignedNames.has(target.name)) return undefined;
      const step = binding.path[0];
      if (binding.path.length > 1 || (step && !('key' in step))) return undefined;
      const from = moduleRefOf(file, binding.init, hops + 1);
      if (!from || !step) return from;
      return from.name === 'default' && !from.member ? { ...from, name: step.key } : undefined;
    }
    case 'MemberExpression': {
      const name = memberName(target);
      const object = unwrap(target.object);
      if (!name) return undefined;
      if (object.type === 'NewExpression') {
        const of = moduleRefOf(file, object.callee, hops + 1);
        return of && !of.member ? { ...of, member: name } : undefined;
      }
      const from = moduleRefOf(file, object, hops + 1);
      return from && from.name === 'default' && !from.member ? { ...from, name } : undefined;
    }
    case 'CallExpression':
      return requireOf(file, target) ?? moduleRefOf(file, target.callee, hops + 1);
    case 'AwaitExpression':
      return moduleRefOf(file, target.argument, hops + 1);
    default:
      return undefined;
  }
}

function requireOf(file: FileContext, call: TSESTree.CallExpression): ModuleRef | undefined {
  const callee = unwrap(call.callee);
  const argument = call.arguments[0];
  if (callee.type !== 'Identifier' || callee.name !== 'require' || argument?.type !== 'Literal' || typeof argument.value !== 'string') return undefined;
  return local(file, { specifier: argument.value, name: 'default' });
}

/**
 * A module of the app itself: a relative specifier, or an alias the project's tsconfig `paths` map
 * to one of its files (`@routes/auth`); packages are not app modules.
 */
function local(file: FileContext, ref: ModuleRef): ModuleRef | undefined {
  if (ref.specifier.startsWith('.')) return ref;
  if (ref.specifier.startsWith('node:') || !file.project.readModule) return undefined;
  // A dependency (or a file of one: `lodash/fp`) is never an alias.
  const dependencies = file.project.dependencies;
  const slash = ref.specifier.indexOf('/', ref.specifier.startsWith('@') ? ref.specifier.indexOf('/') + 1 : 0);
  if ((slash < 0 ? ref.specifier : ref.specifier.slice(0, slash)) in dependencies) return undefined;
  return file.project.readModule(file.fileName, ref.specifier) ? ref : undefined;
}
