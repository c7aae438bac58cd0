import type { AnalysisBudget } from '../../../model/budget';
import type { PackageSources, ProjectContext } from '../../../model/project';
import type { TextRange } from '../../../model/range';
import { isTestFile } from '../../../testFiles';
import { relativePosix } from '../../../workspace/paths';
import { AdapterContext, importedModules } from '../adapterContext';
import { FileContext } from '../fileContext';
import { parseModule } from '../moduleCache';
import { Resolver } from '../resolve';
import { fileAssembly, type FileAssembly, type MiddlewareUse, type ObjectKey, type RouteStep } from './fileAssembly';
import { LayerRuns } from './layerRuns';
import type { MiddlewareKind } from './middleware';
import type { ModuleRef } from './moduleRefs';

/** A middleware that runs before a route, with the absolute path it is mounted on. */
export interface Layer {
  readonly kind: MiddlewareKind;
  /** Absolute mount path; undefined when it is not a literal (taken to match). */
  readonly path: string | undefined;
  readonly file: string;
  readonly range: TextRange;
  /** A session middleware's library keeps the whole session in its cookie (cookie-session). */
  readonly cookieOnly?: boolean;
}

/** One way an object (an app or a router) is reached from an app's root, with what runs before it. */
export interface Chain {
  /** The object's absolute mount path; undefined when a mount path is not a literal. */
  readonly prefix: string | undefined;
  /** Middleware mounted before the object on the way down from the root, in order. */
  readonly layers: readonly Layer[];
  /** The app root (`express()`) the chain starts at. */
  readonly root: { readonly file: string; readonly key: ObjectKey };
  /** The mounts on the way (`app.use('/auth', authRouter)`), for related information. */
  readonly mounts: readonly { readonly file: string; readonly range: TextRange }[];
}

/** A route reached from an app's root, with everything mounted before it. */
export interface ReachedRoute {
  readonly file: string;
  readonly route: RouteStep;
  readonly fullPath: string | undefined;
  readonly layers: readonly Layer[];
}

/** A session middleware made in one module and mounted in another (`app.use(session)`). */
export interface SessionMount {
  /** The file that mounts it, the object it is mounted on, and the offset of the `use` call. */
  readonly file: string;
  readonly on: ObjectKey;
  readonly at: number;
  /** The offset of the `session(…)` call in the module that makes it. */
  readonly origin: number;
}

interface Mounter {
  readonly file: string;
  readonly on: ObjectKey;
  readonly at: number;
  readonly ref: ModuleRef;
  /** A `use` mount path, or undefined for a factory call (its routes go on the app itself). */
  readonly path: string | undefined;
  readonly via: 'use' | 'factory';
  readonly argIndex: number;
  readonly layers: readonly MiddlewareUse[];
  readonly range: TextRange;
}

/** A file's assembly facts, and the text they are of; the analysed file's context until they are made. */
interface AssemblyEntry {
  readonly text: string;
  assembly?: FileAssembly;
  live?: AdapterContext;
}

const MAX_DEPTH = 8;
/** What a spent budget names while the model walks. */
const WALK = 'the application model';
const MAX_CHAINS = 16;
/** Files that can mount a router or call a route factory with an app (both then import a relative module). */
const MOUNTS = /\.use\s*\(|\(\s*(?:app|server|router|application)\s*[,)]/;
const RELATIVE_IMPORT = /['"]\.\.?\//;
/** A specifier that may be a tsconfig `paths` alias (`@routes/auth`, `~/routes`, `#routes/auth`). */
const ALIAS_IMPORT = /['"]([@~#][\w.-]*)\//g;

/**
 * The Express application model of one package: every file's assembly facts, joined. Asks
 * "what is mounted before this route, from the app's root down?" (upward, through the files that
 * mount this file's router or call its route factory) and "which routes does this app serve?"
 * (downward). Built once per package listing, lazily, from files read as data; a file is parsed
 * once (the module cache), and its assembly facts are kept while its text is unchanged.
 */
export class AppModel {
  /** Assembly facts per file, kept while its text is unchanged; the syntax tree is not kept (memory stays proportional to the facts). */
  private readonly assemblies = new Map<string, AssemblyEntry | null>();
  /** The analysed file whose entry holds its context until its assembly is asked for (see {@link withLive}). */
  private pendingLive: string | undefined;
  /** Contexts of the few files asked about more than their assembly (a token check, a registered plugin). */
  private readonly contexts = new Map<string, AdapterContext | null>();
  /**
   * Who mounts each file, built by reading the files that mount anything; `next` is where an interrupted scan
   * resumes. `sessions`: the session middleware each file makes, where other files mount it.
   */
  private mountScan: { index: Map<string, Mounter[]>; sessions: Map<string, SessionMount[]>; next: number; done: boolean } | undefined;
  private readonly layerRuns = new LayerRuns();

  constructor(
    private readonly project: ProjectContext,
    readonly sources: PackageSources,
  ) {}

  /**
   * Use the analysed file's own assembly (of the editor's text) for it. It is made when a question
   * first needs it, from the file's context: most questions (is there a lockout counter, a session
   * library, a GraphQL map anywhere) never do, and an app file's assembly classifies every middleware
   * it mounts, following imports (Unleash's app.ts: 18 modules parsed). The context is kept only
   * until another file is analysed: a model lives as long as its package listing, and keeping every
   * analysed file's syntax tree held the editor's 200 open documents in memory (139 -> 290 MB). A
   * later question about the file parses it again, through the module cache.
   */
  withLive(context: AdapterContext, assembly?: FileAssembly): this {
    const text = context.file.text;
    const fileName = context.file.fileName;
    if (this.pendingLive !== undefined && this.pendingLive !== fileName) {
      const pending = this.assemblies.get(this.pendingLive);
      if (pending) pending.live = undefined;
    }
    this.pendingLive = undefined;
    const cached = this.assemblies.get(fileName);
    if (cached && cached.text === text) {
      if (!cached.assembly) this.holdLive(cached, fileName, context, assembly);
    } else if (!cached && this.sources.read(fileName) === text) {
      // First seen, with the text the model's answers so far read from the listing: none is stale (the
      // CLI analysing a package file by file kept losing its once-per-package answers here).
      const entry: AssemblyEntry = { text };
      this.holdLive(entry, fileName, context, assembly);
      this.assemblies.set(fileName, entry);
    } else {
      const entry: AssemblyEntry = { text };
      this.holdLive(entry, fileName, context, assembly);
      this.assemblies.set(fileName, entry);
      // A context made from an older text of the file is stale now.
      this.contexts.delete(context.file.fileName);
      this.mountScan = undefined;
      this.layerRuns.clear();
      this.packageAnswers.clear();
    }
    return this;
  }

  private holdLive(entry: AssemblyEntry, fileName: string, context: AdapterContext, assembly: FileAssembly | undefined): void {
    if (assembly) {
      entry.assembly = assembly;
    } else {
      entry.live = context;
      this.pendingLive = fileName;
    }
  }

  /** False when a file's text changed since the model read it (the editor, `--fix`): build afresh. */
  isCurrent(): boolean {
    for (const [file, entry] of this.assemblies) if (entry && this.sources.read(file) !== entry.text) return false;
    return true;
  }

  /** Whether a file's assembly needs no parse: made, failed, or the analysed file's own, waiting for its first question. */
  private isLoaded(fileName: string): boolean {
    const entry = this.assemblies.get(fileName);
    return entry === null || (entry !== undefined && (entry.assembly !== undefined || entry.live !== undefined));
  }

  assemblyOf(fileName: string): FileAssembly | undefined {
    return this.load(fileName)?.assembly;
  }

  contextOf(fileName: string): AdapterContext | undefined {
    let context = this.contexts.get(fileName);
    if (context === undefined) {
      const text = this.sources.read(fileName);
      const program = text === undefined ? undefined : parseModule(text, fileName).program;
      const file = program && text !== undefined ? new FileContext(program, text, fileName, this.project) : undefined;
      context = file ? new AdapterContext(file, new Resolver(file), importedModules(file)) : null;
      this.contexts.set(fileName, context);
    }
    return context ?? undefined;
  }

  private load(fileName: string): { text: string; assembly: FileAssembly } | undefined {
    const cached = this.assemblies.get(fileName);
    if (cached === null) return undefined;
    if (cached?.assembly) return { text: cached.text, assembly: cached.assembly };
    // Marked while it is made: a question asked on the way finds no assembly instead of recursing.
    this.assemblies.set(fileName, null);
    let context = cached?.live;
    const text = cached?.text ?? this.sources.read(fileName);
    if (!context && text !== undefined) {
      const program = parseModule(text, fileName).program;
      const file = program ? new FileContext(program, text, fileName, this.project) : undefined;
      context = file ? new AdapterContext(file, new Resolver(file), importedModules(file)) : undefined;
    }
    if (text === undefined || !context) return undefined;
    const entry = { text, assembly: fileAssembly(context) };
    this.assemblies.set(fileName, entry);
    if (this.pendingLive === fileName) this.pendingLive = undefined;
    return entry;
  }

  private readonly fileAnswers = new Map<string, boolean>();
  private candidateFiles: readonly string[] | undefined;

  /**
   * The package's files without its tests and fixtures, for the scan of who mounts what and for
   * {@link someFile}: a test that builds an app to call a router (`request(app)`, `app.use('/x',
   * router)` in a spec) is not a way the router is reached where the package runs, nor is a spec's
   * counter a defence. Reading the test suites was most of a package's cold start (juice-shop's first
   * file: 120 files parsed, 54 of them tests, 4.6 s of parsing under load; now 66). The Fastify plugin
   * tree leaves the same files out.
   */
  private appFiles(): readonly string[] {
    // By the path inside the package, as the CLI judges it inside the folder it checks: a checkout kept
    // below a folder named `test/` is not all tests.
    this.candidateFiles ??= this.sources.files.filter((file) => !isTestFile(relativePosix(this.sources.root, file)));
    return this.candidateFiles;
  }

  /**
   * Whether some file of the package, whose text mentions `hint`, answers yes: asked once per
   * question and model (`does any file register @fastify/rate-limit for the whole app?`). Every
   * question asked of it is whether a defence exists somewhere, so when the asking file's deadline
   * passes while files are parsed for it, the answer is yes (silence), and not kept. A defence in
   * the package's tests and fixtures defends nothing that runs (a spec's lockout counter, a test
   * app's limiter), and suites say "attempt" everywhere: they are not read.
   */
  someFile(question: string, hint: RegExp, answer: (context: AdapterContext) => boolean, budget?: AnalysisBudget): boolean {
    let found = this.fileAnswers.get(question);
    if (found === undefined) {
      let interrupted = false;
      found = this.appFiles().some((file) => {
        const text = this.sources.read(file);
        if (text === undefined || !hint.test(text)) return false;
        if (budget && !this.contexts.has(file) && !budget.inTime(WALK)) return (interrupted = true);
        const context = this.contextOf(file);
        return context !== undefined && answer(context);
      });
      if (!interrupted) this.fileAnswers.set(question, found);
    }
    return found;
  }

  private readonly packageAnswers = new Map<string, unknown>();

  /**
   * A package-wide answer computed once per model (`which functions do the GraphQL resolver maps
   * gather?`). An answer cut short by the asking file's budget is returned but not kept.
   */
  once<T>(question: string, compute: () => T, budget: AnalysisBudget): T {
    if (this.packageAnswers.has(question)) return this.packageAnswers.get(question) as T;
    const answer = compute();
    if (!budget.exhausted) this.packageAnswers.set(question, answer);
    return answer;
  }

  /** The files of the package whose text matches `hint`, a pattern or a test (the editor's text for the analysed file). */
  filesWith(hint: RegExp | ((text: string) => boolean)): string[] {
    const matches = typeof hint === 'function' ? hint : (text: string): boolean => hint.test(text);
    return this.sources.files.filter((file) => {
      const text = this.assemblies.get(file)?.text ?? this.sources.read(file);
      return text !== undefined && matches(text);
    });
  }

  private resolve(fromFile: string, specifier: string): string | undefined {
    return this.project.readModule?.(fromFile, specifier)?.fileName;
  }

  /**
   * The file and export a reference from `fromFile` ends at, through barrel files
   * (`export { authRouter } from './auth.routes'`, `export * from './profile.routes'`).
   */
  private throughBarrels(fromFile: string, ref: ModuleRef, depth = 0): { file: string; ref: ModuleRef } | undefined {
    const file = this.resolve(fromFile, ref.specifier);
    const assembly = file ? this.assemblyOf(file) : undefined;
    if (!file || !assembly || depth > 4) return file ? { file, ref } : undefined;
    const named = assembly.reexports.get(ref.name);
    if (named && !assembly.exports.has(ref.name)) return this.throughBarrels(file, { ...named, ...(ref.member ? { member: ref.member } : {}) }, depth + 1) ?? { file, ref };
    if (assembly.exports.has(ref.name) || assembly.starExports.length === 0) return { file, ref };
    for (const star of assembly.starExports) {
      const found = this.throughBarrels(file, { ...ref, specifier: star }, depth + 1);
      if (found && this.assemblyOf(found.file)?.exports.has(found.ref.name)) return found;
    }
    return { file, ref };
  }

  /** Whether a file may import an app module through an alias: a scoped-looking specifier that names no dependency. */
  private mayImportAlias(text: string): boolean {
    const dependencies = Object.keys(this.project.dependencies);
    for (const match of text.matchAll(ALIAS_IMPORT)) {
      const scope = `${match[1]}/`;
      if (!dependencies.some((name) => name.startsWith(scope))) return true;
    }
    return false;
  }

  /**
   * Who mounts a file's routers or calls its factories: found by reading the files that mount
   * anything, once per model. Parsing them is the model's long part: past the asking file's deadline
   * the scan stops (the walk answers unknown) and the next question resumes it where it stopped.
   */
  private mountersOf(fileName: string, budget: AnalysisBudget): readonly Mounter[] {
    return this.scanMounts(budget) ? (this.mountScan!.index.get(fileName) ?? []) : [];
  }

  /**
   * Where the session middleware a file makes (`module.exports = session({…})`, a factory returning one) is
   * mounted by other files of the package (`app.use(session)`, `app.use(sessionMiddleware())`). Empty while
   * the scan is cut short by the asking file's budget.
   */
  sessionMountsOf(fileName: string, budget: AnalysisBudget): readonly SessionMount[] {
    return this.scanMounts(budget) ? (this.mountScan!.sessions.get(fileName) ?? []) : [];
  }

  /** Reads the files that mount anything, once per model; false when the asking file's deadline passed first. */
  private scanMounts(budget: AnalysisBudget): boolean {
    this.mountScan ??= { index: new Map(), sessions: new Map(), next: 0, done: false };
    const scan = this.mountScan;
    const index = scan.index;
    const add = (target: string | undefined, mounter: Mounter): void => {
      if (!target) return;
      if (!index.has(target)) index.set(target, []);
      index.get(target)!.push(mounter);
    };
    const files = this.appFiles();
    for (; !scan.done && scan.next < files.length; scan.next++) {
      const file = files[scan.next]!;
      const text = this.assemblies.get(file)?.text ?? this.sources.read(file);
      if (text === undefined || !MOUNTS.test(text) || !(RELATIVE_IMPORT.test(text) || this.mayImportAlias(text))) continue;
      if (!this.isLoaded(file) && !budget.inTime(WALK)) return false;
      const assembly = this.assemblyOf(file);
      if (!assembly) continue;
      for (const use of assembly.uses) {
        for (const middleware of use.middleware) {
          const origin = middleware.session?.origin;
          if (!origin) continue;
          const mounts = scan.sessions.get(origin.file) ?? [];
          scan.sessions.set(origin.file, [...mounts, { file, on: use.on, at: use.at, origin: origin.at }]);
        }
        for (const router of use.routers) {
          if (router.kind !== 'import') continue;
          const target = this.throughBarrels(file, router.ref);
          if (target) add(target.file, { file, on: use.on, at: use.at, ref: target.ref, path: use.path, via: 'use', argIndex: -1, layers: use.middleware, range: use.range });
        }
      }
      for (const factory of assembly.factories) {
        const ref = factory.ref;
        if (!ref) continue;
        factory.args.forEach((on, argIndex) => {
          if (on) add(this.resolve(file, ref.specifier), { file, on, at: factory.at, ref, path: undefined, via: 'factory', argIndex, layers: [], range: factory.range });
        });
      }
    }
    scan.done = true;
    return true;
  }

  /**
   * The ways `key` of `fileName` is reached from an app root, each with the middleware mounted before
   * it. The walk spends the asking file's budget (a step a visit, a step a layer copied): once it is
   * spent the answer is partial, and the caller, seeing `budget.exhausted`, takes it as unknown.
   */
  chainsTo(fileName: string, key: ObjectKey, budget: AnalysisBudget, seen: ReadonlySet<string> = new Set(), depth = 0): Chain[] {
    const assembly = this.assemblyOf(fileName);
    const id = `${fileName}#${key}`;
    if (!assembly || depth > MAX_DEPTH || seen.has(id) || !budget.spend(WALK)) return [];
    if (assembly.apps.has(key)) return [{ prefix: '', layers: [], root: { file: fileName, key }, mounts: [] }];
    const visited = new Set(seen).add(id);
    const chains: Chain[] = [];
    const extend = (file: string, on: ObjectKey, at: number, path: string | undefined, own: Mounter['layers'], range: TextRange): void => {
      for (const above of this.chainsTo(file, on, budget, visited, depth + 1)) {
        if (chains.length >= MAX_CHAINS || !budget.spend(WALK, above.layers.length + own.length)) return;
        const before = this.layersBefore(file, on, at, above.prefix, budget);
        const ownLayers = own.map((m) => layerOf(m, file, above.prefix === undefined || path === undefined ? undefined : joinPath(above.prefix, path)));
        const prefix = path === undefined || above.prefix === undefined ? (path === undefined ? above.prefix : undefined) : joinPath(above.prefix, path);
        chains.push({ prefix, layers: [...above.layers, ...before, ...ownLayers], root: above.root, mounts: [...above.mounts, { file, range }] });
      }
    };
    // A function of this file called with the app (`configureApp(app)`): its parameter is that app.
    for (const factory of assembly.factories) {
      const index = factory.localParams?.indexOf(key) ?? -1;
      const on = index >= 0 ? factory.args[index] : undefined;
      if (on) extend(fileName, on, factory.at, '/', [], factory.range);
    }
    // A router of this file mounted here (`app.use('/auth', router)`).
    for (const use of assembly.uses) {
      if (use.routers.some((r) => r.kind === 'local' && r.key === key)) extend(fileName, use.on, use.at, use.path ?? undefined, use.middleware, use.range);
    }
    // Other files can reach only what this file exports: a router, or a parameter of an exported factory.
    const exported = [...assembly.exports.values()].some((k) => k === key || (k === 'this' && key.startsWith('this.'))) || [...assembly.factoryParams.values()].some((params) => params.includes(key));
    for (const mounter of exported ? this.mountersOf(fileName, budget) : []) {
      if (mounter.via === 'use' && exportsKey(assembly, mounter.ref, key)) extend(mounter.file, mounter.on, mounter.at, mounter.path, mounter.layers, mounter.range);
      if (mounter.via === 'factory') {
        const params = assembly.factoryParams.get(mounter.ref.name) ?? (assembly.factoryParams.size === 1 ? [...assembly.factoryParams.values()][0] : undefined);
        if (params?.[mounter.argIndex] === key) extend(mounter.file, mounter.on, mounter.at, '/', [], mounter.range);
      }
    }
    return chains;
  }

  /** Middleware mounted on `on` before offset `at`, with absolute paths under the object's prefix (a step a layer). */
  layersBefore(fileName: string, on: ObjectKey, at: number, prefix: string | undefined, budget: AnalysisBudget): Layer[] {
    const assembly = this.assemblyOf(fileName);
    if (!assembly) return [];
    const layers = this.layerRuns.before(fileName, assembly, on, at, prefix);
    budget.spend(WALK, layers.length + 1);
    return layers;
  }

  /**
   * The routes an app serves, below `key` of `fileName`, each with the middleware mounted before it.
   * Spends the asking file's budget as {@link chainsTo} does; partial once `budget.exhausted`.
   */
  routesBelow(fileName: string, key: ObjectKey, budget: AnalysisBudget, prefix: string | undefined = '', layers: readonly Layer[] = [], seen: ReadonlySet<string> = new Set(), depth = 0): ReachedRoute[] {
    const assembly = this.assemblyOf(fileName);
    const id = `${fileName}#${key}`;
    if (!assembly || depth > MAX_DEPTH || seen.has(id) || !budget.spend(WALK)) return [];
    const visited = new Set(seen).add(id);
    const reached: ReachedRoute[] = [];
    for (const route of assembly.routes) {
      if (route.on !== key) continue;
      if (!budget.spend(WALK, layers.length + route.middleware.length + 1)) return reached;
      const fullPath = prefix === undefined || route.path === undefined ? undefined : joinPath(prefix, route.path);
      const own = route.middleware.map((m) => layerOf(m, fileName, fullPath));
      reached.push({ file: fileName, route, fullPath, layers: [...layers, ...this.layersBefore(fileName, key, route.at, prefix, budget), ...own] });
    }
    for (const use of assembly.uses) {
      if (use.on !== key || use.routers.length === 0) continue;
      const below = prefix === undefined || use.path === undefined ? undefined : joinPath(prefix, use.path);
      const before = [...layers, ...this.layersBefore(fileName, key, use.at, prefix, budget), ...use.middleware.map((m) => layerOf(m, fileName, below))];
      for (const router of use.routers) {
        if (router.kind === 'local') {
          reached.push(...this.routesBelow(fileName, router.key, budget, below, before, visited, depth + 1));
          continue;
        }
        const found = this.throughBarrels(fileName, router.ref);
        const targetAssembly = found ? this.assemblyOf(found.file) : undefined;
        if (!found || !targetAssembly) continue;
        for (const exportedKey of exportedKeys(targetAssembly, found.ref)) reached.push(...this.routesBelow(found.file, exportedKey, budget, below, before, visited, depth + 1));
      }
    }
    for (const factory of assembly.factories) {
      const index = factory.args.indexOf(key);
      if (index < 0) continue;
      const before = [...layers, ...this.layersBefore(fileName, key, factory.at, prefix, budget)];
      if (factory.localParams) {
        const param = factory.localParams[index];
        if (param) reached.push(...this.routesBelow(fileName, param, budget, prefix, before, visited, depth + 1));
        continue;
      }
      if (!factory.ref) continue;
      const target = this.resolve(fileName, factory.ref.specifier);
      const targetAssembly = target ? this.assemblyOf(target) : undefined;
      const params = targetAssembly?.factoryParams.get(factory.ref.name) ?? (targetAssembly?.factoryParams.size === 1 ? [...targetAssembly.factoryParams.values()][0] : undefined);
      const param = params?.[index];
      if (target && param) reached.push(...this.routesBelow(target, param, budget, prefix, before, visited, depth + 1));
    }
    return reached;
  }
}

/** A middleware use as a layer on a route's way, at an absolute path. */
export function layerOf(use: MiddlewareUse, file: string, path: string | undefined): Layer {
  return { kind: use.kind, range: use.range, file, path, ...(use.session?.cookieOnly ? { cookieOnly: true } : {}) };
}

/** Whether the export a mount refers to is `key` (a class's `this.router` for `new Routes().router`). */
function exportsKey(assembly: FileAssembly, ref: ModuleRef, key: ObjectKey): boolean {
  return exportedKeys(assembly, ref).includes(key);
}

function exportedKeys(assembly: FileAssembly, ref: ModuleRef): ObjectKey[] {
  let exported = assembly.exports.get(ref.name);
  // `import routes from './routes'` of a module that assigns `module.exports`, or the reverse: one export is the one meant.
  if (exported === undefined && assembly.exports.size === 1) exported = [...assembly.exports.values()][0];
  if (exported === undefined) return [];
  if (exported === 'this') return ref.member ? [`this.${ref.member}`] : [];
  return ref.member ? [] : [exported];
}

/** `/api//` → `/api` (a loop: a regular expression for it is polynomial on long runs of slashes). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** `/api` + `/login` → `/api/login`; `/` + `/login` → `/login`; `/api` + `/` → `/api`. */
export function joinPath(prefix: string, path: string): string {
  const head = withoutTrailingSlashes(prefix);
  const tail = path === '/' || path === '' ? '' : path.startsWith('/') ? path : `/${path}`;
  return head + tail || '/';
}

/** Whether a middleware mounted at `layerPath` runs for a request to `routePath` (Express matches whole segments). */
export function layerApplies(layerPath: string | undefined, routePath: string | undefined): boolean {
  if (layerPath === undefined || layerPath === '/' || layerPath === '' || layerPath === '*') return true;
  if (routePath === undefined) return true;
  const base = withoutTrailingSlashes(layerPath);
  return routePath === base || routePath.startsWith(`${base}/`);
}

/** The application model of the package around a file, built once per listing and kept while its files are unchanged. */
const models = new WeakMap<readonly string[], AppModel>();

/**
 * The one-file listing of a face that cannot list files (a fixture, stdin, ESLint without a project),
 * one per analysed file: a fresh listing per question would build a fresh model per route, which made
 * a file with thousands of routes quadratic (the robustness suite's login-routes shape: 400 routes, 21 s).
 */
const singleFileSources = new WeakMap<AdapterContext['file'], PackageSources>();

function singleFileListing(file: AdapterContext['file']): PackageSources {
  let sources = singleFileSources.get(file);
  if (!sources) {
    const { fileName, text } = file;
    sources = { root: '', files: [fileName], read: (name: string) => (name === fileName ? text : undefined) };
    singleFileSources.set(file, sources);
  }
  return sources;
}

export function appModelFor(context: AdapterContext, own?: FileAssembly): AppModel {
  const fileName = context.file.fileName;
  // A face that cannot list files (a fixture, stdin) still gets the same answers for the one file it has.
  const sources = context.file.project.packageSources?.(fileName) ?? singleFileListing(context.file);
  let model = models.get(sources.files);
  if (!model || !model.isCurrent()) {
    model = new AppModel(context.file.project, sources);
    models.set(sources.files, model);
  }
  return model.withLive(context, own);
}
