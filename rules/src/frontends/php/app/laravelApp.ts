import type { RouteInfo } from '../../../model/lifecycleFacts';
import type { Node } from 'web-tree-sitter';
import type { ProjectContext } from '../../../model/project';
import { calledName, variableName } from '../adapters/authSyntax';
import { findLaravelRoutes, type LaravelRoute } from '../adapters/lifecycleRoutes';
import { INCLUDE_TYPES, type PhpFile } from '../fileContext';
import { callArguments, namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { composerAppOf, type ComposerApp } from './composerApp';
import { includedPath } from './includes';
import { controllerFilters, controllerSummary, methodThrottle, type ActionKind, type ControllerSummary } from './laravelControllers';
import { SummaryCache } from './parsedFiles';
import { classConstantText, importsOf, namespaceOf, qualify } from './phpNames';

/** The middleware groups a Laravel app gives its route files: routes/api.php gets 'api', the others 'web'. */
type Group = 'web' | 'api';

/** Whether a group throttles: the middleware that does, 'none', or undefined when the app does not say. */
type GroupThrottle = string | 'none' | undefined;

/** A route of the app's route files, without its syntax tree. */
export interface AppRoute {
  readonly file: string;
  readonly info: RouteInfo;
  readonly middleware: readonly string[];
}

const kernels = new SummaryCache<ReadonlyMap<Group, readonly string[]>>();
const bootstraps = new SummaryCache<Bootstrap>();
const routeFiles = new SummaryCache<{ readonly routes: readonly AppRoute[]; readonly includes: readonly string[] }>();

interface Bootstrap {
  readonly throttleApi: boolean;
  /** `$middleware->statefulApi()`: Sanctum's session middleware on the api group (Laravel 11). */
  readonly statefulApi: boolean;
  /** Middleware added to a group (`$middleware->web(append: [...])`) or to every route (`->append(...)`). */
  readonly added: ReadonlyMap<Group | 'all', readonly string[]>;
}

/**
 * The Laravel application around a file (the folder of its composer.json, when that requires
 * laravel/framework), read as data when a route needs it: the controllers routes point to (by
 * PSR-4), the middleware groups of app/Http/Kernel.php or Laravel 11's bootstrap/app.php, and the
 * routes of routes/web.php and the files it requires. Each file is summarised once per text.
 */
export class LaravelApp {
  private constructor(readonly composer: ComposerApp) {}

  static of(project: ProjectContext, fileName: string): LaravelApp | undefined {
    const composer = composerAppOf(project, fileName);
    return composer && (composer.requires.has('laravel/framework') || composer.requires.has('laravel/lumen-framework')) ? new LaravelApp(composer) : undefined;
  }

  /**
   * The group a route file's routes are in: 'api' for routes/api.php and the files it requires
   * (`require 'API/v1/Users.php';` inside its group), 'web' for the other files of routes/.
   */
  groupOf(fileName: string): Group | undefined {
    const root = folderOf(this.composer.manifest).replace(/\\/g, '/');
    const normal = fileName.replace(/\\/g, '/');
    const relative = normal.slice(root.length);
    if (!normal.startsWith(root) || !/^routes\/.+\.php$/i.test(relative)) return undefined;
    if (/^routes\/api\.php$/i.test(relative)) return 'api';
    if (/^routes\/[^/]+\.php$/i.test(relative)) return 'web';
    return this.routeFilesFrom('./routes/api.php').has(normal) ? 'api' : 'web';
  }

  /** What throttles every route of a group: a throttle in app/Http/Kernel.php's group or global stack, or bootstrap/app.php's. */
  groupThrottle(group: Group): GroupThrottle {
    const kernel = kernels.of(this.projectView(), this.composer.manifest, 'app/Http/Kernel.php', kernelGroups)?.summary;
    if (kernel) return [...(kernel.get(group) ?? [])].find(isThrottle) ?? 'none';
    const bootstrap = bootstraps.of(this.projectView(), this.composer.manifest, 'bootstrap/app.php', bootstrapMiddleware)?.summary;
    if (!bootstrap) return undefined;
    if (group === 'api' && bootstrap.throttleApi) return 'throttleApi()';
    return [...(bootstrap.added.get(group) ?? []), ...(bootstrap.added.get('all') ?? [])].find(isThrottle) ?? 'none';
  }

  /**
   * Whether the api group runs with a session: Sanctum's EnsureFrontendRequestsAreStateful (or
   * StartSession) in app/Http/Kernel.php's api group, or Laravel 11's `$middleware->statefulApi()`.
   * Undefined when neither file can be read.
   */
  apiHasSession(): boolean | undefined {
    const kernel = kernels.of(this.projectView(), this.composer.manifest, 'app/Http/Kernel.php', kernelGroups)?.summary;
    if (kernel) return (kernel.get('api') ?? []).some(startsSession);
    const bootstrap = bootstraps.of(this.projectView(), this.composer.manifest, 'bootstrap/app.php', bootstrapMiddleware)?.summary;
    if (!bootstrap) return undefined;
    return bootstrap.statefulApi || [...(bootstrap.added.get('api') ?? []), ...(bootstrap.added.get('all') ?? [])].some(startsSession);
  }

  /**
   * What throttles a route to a controller method: the controller's middleware, a limiter in the
   * method, its form request, a throttling trait. Undefined when the controller cannot be read;
   * '' when it was read and nothing throttles.
   */
  controllerThrottle(routesFile: PhpFile, controller: NonNullable<LaravelRoute['controller']>): string | undefined {
    const summary = this.controllerOf(routesFile, controller);
    return summary ? methodThrottle(this.composer, summary, controller.method) ?? '' : undefined;
  }

  /** The route's action hashes a new password and checks none (a sign-up routed as `signin`); false when it cannot be read. */
  isSignUpAction(routesFile: PhpFile, controller: NonNullable<LaravelRoute['controller']>): boolean {
    return this.controllerOf(routesFile, controller)?.methods.get(controller.method.toLowerCase())?.signUp === true;
  }

  /** What the route's action does with credentials (a guard `attempt()`, an OAuth redirect); undefined when it cannot be read or says neither. */
  actionKind(routesFile: PhpFile, controller: NonNullable<LaravelRoute['controller']>): ActionKind | undefined {
    return this.controllerOf(routesFile, controller)?.methods.get(controller.method.toLowerCase())?.action;
  }

  /** Whether the route's controller applies a Laravel 4 filter to its action for an HTTP method; undefined when it cannot be read. */
  controllerAppliesFilter(routesFile: PhpFile, controller: NonNullable<LaravelRoute['controller']>, filter: string, httpMethod: string): boolean | undefined {
    const summary = this.controllerOf(routesFile, controller);
    return summary ? controllerFilters(summary, filter, controller.method.toLowerCase(), httpMethod.toLowerCase()) : undefined;
  }

  private controllerOf(routesFile: PhpFile, controller: NonNullable<LaravelRoute['controller']>): ControllerSummary | undefined {
    // An app is made per analysed file (see laravelAppOf): a routes file of thousands of routes to a few controllers reads each once.
    const key = `${routesFile.fileName}\0${controller.written}`;
    if (!this.controllers.has(key)) this.controllers.set(key, this.readController(routesFile, controller));
    return this.controllers.get(key);
  }

  private readonly controllers = new Map<string, ControllerSummary | undefined>();

  private readController(routesFile: PhpFile, controller: NonNullable<LaravelRoute['controller']>): ControllerSummary | undefined {
    const imports = importsOf(routesFile);
    const namespace = namespaceOf(routesFile);
    // `'Auth\LoginController@login'` strings are in RouteServiceProvider's namespace (Laravel ≤ 7).
    const candidates = [qualify(controller.written, imports, namespace), `App\\Http\\Controllers\\${controller.written.replace(/^\\/, '')}`];
    for (const candidate of candidates) {
      const summary = controllerSummary(this.composer, candidate);
      if (summary) return summary;
    }
    return undefined;
  }

  /** The routes of routes/web.php and of the files it requires (Breeze's routes/auth.php). */
  webRoutes(): AppRoute[] {
    const routes: AppRoute[] = [];
    this.visitRouteFiles('./routes/web.php', (summary) => routes.push(...summary.routes));
    return routes;
  }

  /**
   * The routes of routes/api.php and the files it requires that run with a session: all of them when
   * the api group starts one (Sanctum's stateful SPA mode, {@link apiHasSession}), else those put in
   * the `web` group themselves (`Route::middleware(['web'])->group(…)`). Their paths carry Laravel's
   * `api/` prefix.
   */
  sessionApiRoutes(): AppRoute[] {
    const stateful = this.apiHasSession() === true;
    const routes: AppRoute[] = [];
    this.visitRouteFiles('./routes/api.php', (summary) => {
      for (const route of summary.routes) {
        if (!stateful && !route.middleware.some((m) => /^web$/i.test(m))) continue;
        const path = route.info.path === undefined ? undefined : `api/${route.info.path.replace(/^\/+/, '')}`;
        routes.push({ ...route, info: { ...route.info, path } });
      }
    });
    return routes;
  }

  /** The file names (with forward slashes) of a routes file and of the files it requires, three levels deep. */
  private routeFilesFrom(path: string): Set<string> {
    const names = new Set<string>();
    this.visitRouteFiles(path, (_summary, fileName) => names.add(fileName.replace(/\\/g, '/')));
    return names;
  }

  private visitRouteFiles(path: string, onFile: (summary: { readonly routes: readonly AppRoute[] }, fileName: string) => void): void {
    const seen = new Set<string>();
    const visit = (fromFile: string, relative: string, depth: number): void => {
      const found = routeFiles.of(this.projectView(), fromFile, relative, summariseRoutes);
      if (!found || seen.has(found.fileName) || depth > 3) return;
      seen.add(found.fileName);
      onFile(found.summary, found.fileName);
      for (const nested of found.summary.includes) visit(found.fileName, nested, depth + 1);
    };
    visit(this.composer.manifest, path, 0);
  }

  /** The app's files as a project: composer.json-relative paths from the manifest, file-relative ones from other files. */
  projectView(): ProjectContext {
    return { dependencies: {}, readFile: (fromFile, relativePath) => (fromFile === this.composer.manifest ? this.composer.read(relativePath) : this.readBeside(fromFile, relativePath)) };
  }

  /** A file relative to another file of the app (routes/web.php requiring `__DIR__.'/auth.php'`). */
  private readBeside(fromFile: string, relativePath: string): { fileName: string; text: string } | undefined {
    const root = folderOf(this.composer.manifest);
    const folder = folderOf(fromFile);
    if (!folder.startsWith(root)) return undefined;
    return this.composer.read(`${folder.slice(root.length)}${relativePath.replace(/^\.\//, '')}`);
  }
}

function isThrottle(name: string): boolean {
  return /throttle/i.test(name);
}

function startsSession(name: string): boolean {
  return /EnsureFrontendRequestsAreStateful|StartSession/i.test(name);
}

function summariseRoutes(file: PhpFile): { routes: AppRoute[]; includes: string[] } {
  const routes = findLaravelRoutes(file).map((r) => ({ file: file.fileName, info: r.info, middleware: r.middleware }));
  const includes = file.nodesOfTypes(INCLUDE_TYPES).map((node) => includedPath(node, file.constants)).filter((p): p is string => p !== undefined);
  return { routes, includes };
}

/** `protected $middlewareGroups = ['web' => [...], 'api' => ['throttle:api', ...]]` plus the global `$middleware` stack. */
function kernelGroups(file: PhpFile): Map<Group, string[]> {
  const groups = new Map<Group, string[]>([['web', []], ['api', []]]);
  for (const property of file.nodesOfType('property_element')) {
    const name = variableName(property.childForFieldName('name'));
    const value = property.childForFieldName('default_value');
    if (!value || unwrapParentheses(value).type !== 'array_creation_expression') continue;
    if (name === 'middleware') for (const group of groups.values()) group.push(...middlewareNames(value));
    if (name !== 'middlewareGroups') continue;
    for (const element of namedChildren(unwrapParentheses(value))) {
      const [key, entries] = namedChildren(element);
      const group = key ? stringValue(key) : undefined;
      if ((group === 'web' || group === 'api') && entries) groups.get(group)!.push(...middlewareNames(entries));
    }
  }
  return groups;
}

/** Laravel 11: `->withMiddleware(function (Middleware $middleware) { $middleware->throttleApi(); $middleware->web(append: [...]); })`. */
function bootstrapMiddleware(file: PhpFile): Bootstrap {
  let throttleApi = false;
  let statefulApi = false;
  const added = new Map<Group | 'all', string[]>();
  const add = (key: Group | 'all', names: string[]): void => void added.set(key, [...(added.get(key) ?? []), ...names]);
  for (const call of file.nodesOfType('member_call_expression')) {
    const name = calledName(call);
    const args = callArguments(call);
    if (name === 'throttleapi') throttleApi = true;
    if (name === 'statefulapi') statefulApi = true;
    if (name === 'web' || name === 'api') {
      for (const key of ['append', 'prepend']) {
        const list = args.named.get(key);
        if (list) add(name, middlewareNames(list));
      }
      // `->api([...])`: Middleware::api(array $append = [], …), the first positional argument appends.
      if (args.positional[0]) add(name, middlewareNames(args.positional[0]));
    }
    // `$middleware->group('api', [...])` sets the group's whole stack.
    if (name === 'group' && args.positional[1]) {
      const group = stringValue(args.positional[0] ?? call);
      if (group === 'web' || group === 'api') add(group, middlewareNames(args.positional[1]));
    }
    if ((name === 'append' || name === 'prepend' || name === 'use') && args.positional[0]) add('all', middlewareNames(args.positional[0]));
    if ((name === 'appendtogroup' || name === 'prependtogroup') && args.positional[1]) {
      const group = stringValue(args.positional[0] ?? call);
      if (group === 'web' || group === 'api') add(group, middlewareNames(args.positional[1]));
    }
  }
  return { throttleApi, statefulApi, added };
}

/** `'throttle:api'`, `ThrottleRequests::class`, `\Illuminate\Routing\Middleware\ThrottleRequests::class.':api'`, in arrays. */
function middlewareNames(node: Node): string[] {
  const target = unwrapParentheses(node);
  if (target.type === 'array_creation_expression') return namedChildren(target).flatMap((e) => namedChildren(e).slice(-1).flatMap(middlewareNames));
  const text = stringValue(target) ?? classConstantText(target);
  if (text !== undefined) return [text];
  return target.type === 'binary_expression' ? [target.text] : [];
}

const appsOfFiles = new WeakMap<PhpFile, LaravelApp | null>();

/** The app around a file, when it is a Laravel app whose files can be read; looked up once per analysed file (a routes file asks per route). */
export function laravelAppOf(file: PhpFile): LaravelApp | undefined {
  let app = appsOfFiles.get(file);
  if (app === undefined) {
    app = LaravelApp.of(file.project, file.fileName) ?? null;
    appsOfFiles.set(file, app);
  }
  return app ?? undefined;
}

/**
 * Laravel's `Str::is()`, as `VerifyCsrfToken::$except` uses it on the request path (no leading
 * slash): `*` matches anything, including slashes; everything else is literal.
 */
export function exceptCovers(pattern: string, path: string): boolean {
  const trimmed = pattern === '/' ? pattern : pattern.replace(/^\//, '');
  const expression = new RegExp(`^${trimmed.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return expression.test(path.replace(/^\//, ''));
}

/** The folder part of a file name, separator included (`app/routes/` of `app/routes/web.php`); a scan, not a `[^/\\]*$` regex (polynomial). */
function folderOf(fileName: string): string {
  return fileName.slice(0, Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}
