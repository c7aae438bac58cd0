import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextRange } from '../../../../model/range';
import { isTestFile } from '../../../../testFiles';
import type { Node } from '../../ast';
import type { AdapterContext } from '../../adapterContext';
import { FastifyScopes } from '../../fastify/encapsulation';
import { rangeOfNode } from '../../optionValues';
import { appModelFor, joinPath, type AppModel } from '../appModel';
import { loadedPlugins } from './autoload';
import { createsInstance, prefixOf, registrationsOf, type Registration } from './registrations';

/**
 * One way a place in the code (a route, a hook, a plugin registration) is reached from an app's
 * root: the encapsulation scopes it sits in, innermost first. A scope is a plugin function that is
 * not wrapped in fastify-plugin (`file#offset`), an autohooks folder, or the root instance. What
 * is registered in a scope reaches a place when the scope's chain is a suffix of the place's chain.
 */
export interface ScopeChain {
  readonly ids: readonly string[];
  /** The route prefix the registrations on the way add; undefined when one is not a literal. */
  readonly prefix: string | undefined;
  /** False when the chain ends at a file nobody registers that looks like no app either (a plugin registered out of sight). */
  readonly reachesApp: boolean;
  /** The registrations on the way (`fastify.register(import('./routes/auth'), { prefix })`), innermost first. */
  readonly mounts: readonly { readonly file: string; readonly range: TextRange }[];
}

interface FileFacts {
  readonly context: AdapterContext;
  readonly scopes: FastifyScopes;
  readonly registrations: readonly Registration[];
  readonly createsApp: boolean;
}

/** A registration that loads a file as a plugin, seen from the loaded file. */
interface Registrar {
  readonly file: string;
  readonly call: TSESTree.CallExpression;
  readonly prefix: string | undefined;
  /** False for autoload's `encapsulate: false` and autohooks files: the file's plugin has no scope of its own. */
  readonly encapsulate: boolean;
  /** Autohooks folder scopes between the file and the registration, innermost first. */
  readonly hookScopes: readonly string[];
}

const MAX_DEPTH = 8;
const MAX_CHAINS = 16;
/** Files that may register a plugin or call a module with the instance (`routes(app)`, `.forEach((f) => f(app))`). */
const REGISTERS = /\.register\s*\(|\(\s*(?:app|fastify|server|instance)\s*[,)]/;
/** File names an app's entry takes (fastify-cli loads `app.js`; `server.ts` and `index.ts` create the instance). */
const APP_FILE = /(^|\/)(app|server|index|main)\.(m|c)?(j|t)s$/;

/**
 * Fastify's plugin tree across the files of a package: which file registers which (relative
 * imports, `import()`, requires, @fastify/autoload folders with their prefixes and autohooks), with
 * fastify-plugin's skip-override and each file's own plugin functions (FastifyScopes). Built lazily
 * from the same files as the Express model, once per model; nothing is executed.
 */
export class FastifyPluginTree {
  private readonly facts = new Map<string, FileFacts | null>();
  private registrars: Map<string, Registrar[]> | undefined;
  private readonly memos = new Map<string, unknown>();

  constructor(readonly model: AppModel) {}

  /** An answer about the whole package (its routes, its global hooks), kept until a file of it changes. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  factsOf(file: string): FileFacts | undefined {
    const context = this.model.contextOf(file);
    const cached = this.facts.get(file);
    if (cached !== undefined && (cached === null || cached.context === context)) return cached ?? undefined;
    if (cached !== undefined) {
      this.registrars = undefined;
      this.memos.clear();
    }
    const facts = context ? { context, scopes: new FastifyScopes(context), registrations: registrationsOf(context), createsApp: context.file.calls.some((call) => createsInstance(context, call)) } : null;
    this.facts.set(file, facts);
    return facts ?? undefined;
  }

  /** The files of the package whose text matches, and their contexts (the model's own files, read as data). */
  filesMatching(pattern: RegExp): AdapterContext[] {
    const found: AdapterContext[] = [];
    for (const file of this.model.sources.files) {
      if (isTestFile(file)) continue;
      const text = this.model.sources.read(file);
      if (text === undefined || !pattern.test(text)) continue;
      const context = this.model.contextOf(file);
      if (context) found.push(context);
    }
    return found;
  }

  private registrarsOf(file: string): readonly Registrar[] {
    if (!this.registrars) {
      const index = new Map<string, Registrar[]>();
      const add = (target: string | undefined, registrar: Registrar): void => {
        if (!target || target === registrar.file) return;
        if (!index.has(target)) index.set(target, []);
        index.get(target)!.push(registrar);
      };
      for (const context of this.filesMatching(REGISTERS)) {
        const from = context.file.fileName;
        const facts = this.factsOf(from);
        for (const registration of facts?.registrations ?? []) {
          const plugin = registration.plugin;
          const base = { file: from, call: registration.call };
          if (plugin.kind === 'module') {
            add(context.file.project.readModule?.(from, plugin.specifier)?.fileName, { ...base, prefix: registration.prefix, encapsulate: registration.called !== true, hookScopes: [] });
          } else if (plugin.kind === 'autoload') {
            for (const loaded of loadedPlugins(plugin.options, this.model.sources.files)) {
              const prefix = registration.prefix === undefined ? undefined : joinPath(joinPath(registration.prefix || '/', plugin.options.prefix || '/'), loaded.folderPrefix || '/');
              const hookScopes = loaded.hooks.map((hook) => `${hook}#hooks`);
              add(loaded.file, { ...base, prefix, encapsulate: plugin.options.encapsulate && !loaded.isHooks, hookScopes });
            }
          }
        }
      }
      this.registrars = index;
    }
    return this.registrars.get(file) ?? [];
  }

  /** The ways a node of a file is reached from an app's root, each with its scopes. */
  chainsOf(file: string, node: Node, seen: ReadonlySet<string> = new Set(), depth = 0): ScopeChain[] {
    const facts = this.factsOf(file);
    if (!facts || depth > MAX_DEPTH) return [];
    const { scopes } = facts;
    const local: string[] = [];
    let prefix: string | undefined = '/';
    let outermost: string | undefined;
    let scope = scopes.scopeOf(node);
    for (let steps = 0; scope.type !== 'Program' && steps < 32; steps++) {
      const id = `${file}#${scope.range[0]}`;
      if (!scopes.isSkipOverride(scope)) local.push(id);
      const registration = scopes.registrationOf(scope);
      if (registration) {
        const own = prefixOf(facts.context, registration.arguments[1]);
        prefix = own === undefined || prefix === undefined ? undefined : joinPath(own || '/', prefix);
      } else {
        outermost = id;
      }
      scope = scopes.parentOf(scope) ?? facts.context.file.program;
    }
    if (facts.createsApp) return [{ ids: [...local, `${file}#app`], prefix, reachesApp: true, mounts: [] }];
    const registrars = seen.has(file) ? [] : this.registrarsOf(file);
    if (registrars.length === 0) {
      const reachesApp = APP_FILE.test(file) && facts.registrations.some((r) => r.plugin.kind !== 'package');
      return [{ ids: [...local, `${file}#top`], prefix, reachesApp, mounts: [] }];
    }
    const visited = new Set(seen).add(file);
    const chains: ScopeChain[] = [];
    for (const registrar of registrars) {
      const own = registrar.encapsulate ? local : local.filter((id) => id !== outermost);
      for (const upper of this.chainsOf(registrar.file, registrar.call, visited, depth + 1)) {
        if (chains.length >= MAX_CHAINS) return chains;
        const joined = upper.prefix === undefined || registrar.prefix === undefined || prefix === undefined ? undefined : joinPath(joinPath(upper.prefix, registrar.prefix || '/'), prefix);
        chains.push({ ids: [...own, ...registrar.hookScopes, ...upper.ids], prefix: joined, reachesApp: upper.reachesApp, mounts: [{ file: registrar.file, range: rangeOfNode(registrar.call.callee) }, ...upper.mounts] });
      }
    }
    return chains;
  }
}

/** True when what is registered at `outer` reaches `inner`: the outer chain is a suffix of the inner one. */
export function encloses(outer: ScopeChain, inner: ScopeChain): boolean {
  const offset = inner.ids.length - outer.ids.length;
  return offset >= 0 && outer.ids.every((id, i) => inner.ids[offset + i] === id);
}

/** The plugin tree of the package around a file, built with its application model and kept as long. */
const trees = new WeakMap<AppModel, FastifyPluginTree>();

export function pluginTreeFor(context: AdapterContext): FastifyPluginTree {
  const model = appModelFor(context);
  let tree = trees.get(model);
  if (!tree) {
    tree = new FastifyPluginTree(model);
    trees.set(model, tree);
  }
  // The editor's text of the analysed file replaces what the tree read of it.
  tree.factsOf(context.file.fileName);
  return tree;
}
