import * as path from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, stringLiteral, unwrap, type Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { isTestFile } from '../../../../testFiles';
import { getEntry, truthiness, type JsValue } from '../../values';

export const AUTOLOAD_MODULES = ['@fastify/autoload', 'fastify-autoload'];

/** `fastify.register(autoload, { dir, options: { prefix }, dirNameRoutePrefix, encapsulate, autoHooks, cascadeHooks })`. */
export interface AutoloadOptions {
  /** The folder it loads, in the form the file names have; undefined when the `dir` expression cannot be read. */
  readonly dir: string | undefined;
  readonly prefix: string;
  /** Sub-folder names prefix the routes of the plugins in them (autoload's default). */
  readonly dirNameRoutePrefix: boolean;
  /** `encapsulate: false` loads every plugin as if it were wrapped in fastify-plugin. */
  readonly encapsulate: boolean;
  /** `autohooks.js` files apply their hooks to the plugins of their folder (and below with `cascadeHooks`). */
  readonly autoHooks: boolean;
  readonly cascadeHooks: boolean;
}

const SOURCE = /\.(m|c)?(j|t)s$/;
const AUTOHOOKS = /^autohooks\.(m|c)?(j|t)s$/;
const INDEX = /^index\.(m|c)?(j|t)s$/;

/** The options of an autoload registration, read as data (a `dir` built with `path.join(__dirname, …)`). */
export function autoloadOptions(context: AdapterContext, options: Node | undefined): AutoloadOptions {
  const value = options ? context.resolver.resolve(options, context.file) : undefined;
  const entry = (key: string): JsValue | undefined => (value?.kind === 'object' ? getEntry(value, key)?.value : undefined);
  const property = (key: string): Node | undefined => {
    const found = value?.kind === 'object' ? getEntry(value, key)?.property : undefined;
    return found?.type === 'Property' ? found.value : undefined;
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const found = entry(key);
    const truth = found ? truthiness(found) : undefined;
    return truth === undefined ? fallback : truth;
  };
  const pluginOptions = entry('options');
  const prefix = pluginOptions?.kind === 'object' ? getEntry(pluginOptions, 'prefix')?.value : undefined;
  const dirNode = property('dir');
  return {
    dir: dirNode ? folderOf(context, dirNode) : undefined,
    prefix: prefix?.kind === 'literal' && typeof prefix.value === 'string' ? prefix.value : '',
    dirNameRoutePrefix: flag('dirNameRoutePrefix', true),
    encapsulate: flag('encapsulate', true),
    autoHooks: flag('autoHooks', false),
    cascadeHooks: flag('cascadeHooks', false),
  };
}

/**
 * The folder a `dir` expression names: `path.join(__dirname, 'routes')`, `join(import.meta.dirname, 'plugins/external')`,
 * `path.resolve(__dirname, '..', 'routes')`, `fileURLToPath(new URL('./routes', import.meta.url))`.
 */
function folderOf(context: AdapterContext, node: Node, depth = 0): string | undefined {
  const here = path.dirname(context.file.fileName);
  const target = unwrap(node);
  if (depth > 4) return undefined;
  if (target.type === 'Identifier' && target.name === '__dirname') return here;
  if (target.type === 'MemberExpression' && memberName(target) === 'dirname' && unwrap(target.object).type === 'MetaProperty') return here;
  if (target.type === 'CallExpression') {
    const callee = unwrap(target.callee);
    const name = callee.type === 'MemberExpression' ? memberName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
    if (name === 'join' || name === 'resolve') {
      const parts = target.arguments.map((a) => (a.type === 'SpreadElement' ? undefined : partOf(context, a, depth)));
      if (parts.length === 0 || parts.some((p) => p === undefined) || !path.isAbsolute(parts[0]!) && parts[0] !== here) return undefined;
      return path.join(...(parts as string[]));
    }
    if (name === 'fileURLToPath' && target.arguments[0]) return urlFolder(context, target.arguments[0]);
  }
  // `const routesDir = path.join(__dirname, 'routes')` elsewhere in the file.
  if (target.type === 'Identifier') {
    const value = context.resolveLocal(target);
    if (value.kind === 'literal' && typeof value.value === 'string') return path.isAbsolute(value.value) ? value.value : undefined;
    const init = value.kind === 'call' ? value.node : undefined;
    return init ? folderOf(context, init, depth + 1) : undefined;
  }
  return undefined;
}

function partOf(context: AdapterContext, node: Node, depth: number): string | undefined {
  const literal = stringLiteral(node);
  if (literal !== undefined) return literal;
  const target = unwrap(node);
  if (target.type === 'Identifier' && target.name !== '__dirname') {
    const value = context.resolveLocal(target);
    if (value.kind === 'literal' && typeof value.value === 'string') return value.value;
  }
  return folderOf(context, node, depth + 1);
}

/** `new URL('./routes', import.meta.url)`. */
function urlFolder(context: AdapterContext, node: Node): string | undefined {
  const target = unwrap(node);
  if (target.type !== 'NewExpression' || target.arguments.length !== 2) return undefined;
  const relative = stringLiteral(target.arguments[0]);
  const base = unwrap(target.arguments[1] as TSESTree.Expression);
  if (relative === undefined || base.type !== 'MemberExpression' || memberName(base) !== 'url') return undefined;
  return path.join(path.dirname(context.file.fileName), relative);
}

/** One plugin file autoload registers, with the route prefix its folders give it. */
export interface LoadedPlugin {
  readonly file: string;
  /** Folder prefix below the autoload root (`/users` for `routes/users/index.ts`), before `options.prefix`. */
  readonly folderPrefix: string;
  /** The autohooks files whose hooks reach this plugin, innermost folder first. */
  readonly hooks: readonly string[];
  /** An autohooks file itself: its hooks belong to its folder's scope. */
  readonly isHooks: boolean;
}

/**
 * The plugin files an autoload registration loads from the package's files: every source file below
 * `dir` (a folder holding an `index` file loads only that one), not test files, not `autohooks` files
 * (those give hooks to their folder's plugins when `autoHooks` is on).
 */
export function loadedPlugins(options: AutoloadOptions, files: readonly string[]): LoadedPlugin[] {
  const dir = options.dir;
  if (!dir) return [];
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const inside = files.filter((f) => f.startsWith(base) && SOURCE.test(f) && !f.endsWith('.d.ts') && !isTestFile(f));
  const folders = new Map<string, string[]>();
  for (const file of inside) {
    const folder = path.dirname(file);
    if (!folders.has(folder)) folders.set(folder, []);
    folders.get(folder)!.push(path.basename(file));
  }
  const hooksOf = (folder: string): string[] => {
    if (!options.autoHooks) return [];
    const found: string[] = [];
    for (let current = folder; current.length >= dir.length; current = path.dirname(current)) {
      const hook = folders.get(current)?.find((name) => AUTOHOOKS.test(name));
      if (hook) found.push(path.join(current, hook));
      if (!options.cascadeHooks || current === dir || current === path.dirname(current)) break;
    }
    return found;
  };
  const loaded: LoadedPlugin[] = [];
  for (const [folder, names] of folders) {
    const index = names.find((name) => INDEX.test(name));
    const chosen = index ? [index] : names.filter((name) => !AUTOHOOKS.test(name));
    const relative = folder === dir ? '' : folder.slice(dir.length);
    const folderPrefix = options.dirNameRoutePrefix ? relative : '';
    for (const name of chosen) loaded.push({ file: path.join(folder, name), folderPrefix, hooks: hooksOf(folder), isHooks: false });
    const hook = options.autoHooks ? names.find((name) => AUTOHOOKS.test(name)) : undefined;
    if (hook) loaded.push({ file: path.join(folder, hook), folderPrefix, hooks: hooksOf(folder), isHooks: true });
  }
  return loaded;
}
