import type { Node } from 'web-tree-sitter';
import type { ProjectContext } from '../../../model/project';
import { calledName, callTarget, className, variableName } from '../adapters/authSyntax';
import type { PhpFile } from '../fileContext';
import { callArguments, namedChildren, stringValue, unwrapParentheses } from '../syntax';
import type { ComposerApp } from './composerApp';
import { importsOf, namespaceOf, qualify } from './phpNames';
import { SummaryCache } from './parsedFiles';

/** Traits that throttle the login method they bring: laravel/ui's AuthenticatesUsers uses ThrottlesLogins. */
const THROTTLING_TRAITS = new Set(['throttleslogins', 'authenticatesusers']);
/** Calls that count failed attempts or refuse requests over a limit. */
const LIMITER_METHODS = new Set(['ensureisnotratelimited', 'hastoomanyloginattempts', 'incrementloginattempts', 'toomanyattempts']);

/** `$this->middleware('throttle:5,1')->only('login')`, or `new Middleware('throttle:…', only: […])` from `middleware()`. */
interface ControllerMiddleware {
  readonly name: string;
  readonly only: readonly string[] | undefined;
  readonly except: readonly string[];
}

export interface ControllerMethod {
  readonly limiter: string | undefined;
  readonly parameterClasses: readonly string[];
  /** Methods it calls on its parameters (`$request->authenticate()`), lower-cased. */
  readonly calledOnParameters: readonly string[];
  /** It hashes a new password (`Hash::make`, `bcrypt()`, `password_hash()`) and checks none: a sign-up, not a login. */
  readonly signUp: boolean;
  /** What its body says it does with credentials: 'login' (a guard's `attempt()`), 'oauth' (only sends the browser to a provider), or undefined. */
  readonly action: ActionKind | undefined;
}

/**
 * A controller action judged by its body when its path does not say (`POST /actionlogin`) or says
 * more than it does (`POST /siwa/sign-in` that only redirects to Apple): a guard `attempt()` tries a
 * password; `Socialite::driver(…)->redirect()` with no credential check starts an OAuth flow; a guard
 * `login()`/`loginUsingId()` with no credential checked and no password read logs in someone an
 * earlier step vouched for (an OAuth exchange finished, a signed link): nothing to guess.
 */
export type ActionKind = 'login' | 'oauth' | 'passwordless';

/** Laravel 4: `$this->beforeFilter('csrf', ['on' => 'post', 'only' => [...]])` in the constructor. */
interface ControllerFilter extends ControllerMiddleware {
  /** The HTTP methods it runs on (lower case); undefined for every method. */
  readonly on: readonly string[] | undefined;
}

/** What a controller class says about throttling, without its syntax tree. */
export interface ControllerSummary {
  readonly traits: readonly string[];
  readonly middleware: readonly ControllerMiddleware[];
  readonly filters: readonly ControllerFilter[];
  /** Methods by lower-cased name: the limiter call the method makes, and the classes of its parameters. */
  readonly methods: ReadonlyMap<string, ControllerMethod>;
}

const controllers = new SummaryCache<ControllerSummary>();
const limitingClasses = new SummaryCache<ReadonlySet<string>>();

export function controllerSummary(app: ComposerApp, qualifiedName: string): ControllerSummary | undefined {
  const file = app.classFile(qualifiedName);
  return file ? controllers.of(readerProject(app), app.manifest, file, summariseController)?.summary : undefined;
}

/**
 * The methods of a class (a form request: Breeze's LoginRequest) that call a rate limiter, directly or
 * through `$this->…()` (Breeze's `authenticate()` calls `ensureIsNotRateLimited()`); undefined when it
 * cannot be read.
 */
export function classLimitingMethods(app: ComposerApp, qualifiedName: string): ReadonlySet<string> | undefined {
  const file = app.classFile(qualifiedName);
  return file ? limitingClasses.of(readerProject(app), app.manifest, file, limitingMethods)?.summary : undefined;
}

/**
 * Form request methods Laravel runs itself when it resolves the request for the action
 * (`ValidatesWhenResolvedTrait::validateResolved()`): a limiter in one of them guards every action
 * that takes the request. Any other method (Breeze's `authenticate()`) runs only when the action calls it.
 */
const RESOLUTION_HOOKS: ReadonlySet<string> = new Set(['__construct', 'validateresolved', 'prepareforvalidation', 'authorize', 'rules', 'withvalidator', 'after', 'passedvalidation', 'failedvalidation', 'getvalidatorinstance', 'validator']);

/** Whether a request parameter's limiter runs for the action: in a resolution hook, or in a method the action calls on it. */
export function requestLimiterRuns(limiting: ReadonlySet<string>, calledOnParameters: readonly string[]): boolean {
  return [...limiting].some((method) => RESOLUTION_HOOKS.has(method) || calledOnParameters.includes(method));
}

function limitingMethods(file: PhpFile): ReadonlySet<string> {
  const bodies = new Map<string, Node>();
  for (const method of file.nodesOfType('method_declaration')) {
    const name = method.childForFieldName('name')?.text.toLowerCase();
    const body = method.childForFieldName('body');
    if (name && body) bodies.set(name, body);
  }
  const limiting = new Set([...bodies].filter(([, body]) => limiterIn(file, body) !== undefined).map(([name]) => name));
  // `$this->authenticate()` → `$this->ensureIsNotRateLimited()`: to a fixed point over the class's own calls.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, body] of bodies) {
      if (limiting.has(name)) continue;
      const calls = file.nodesWithin(body, CALLS, () => false).filter((call) => variableName(callTarget(call)) === 'this').map((call) => calledName(call) ?? '');
      if (calls.some((called) => limiting.has(called))) {
        limiting.add(name);
        grew = true;
      }
    }
  }
  return limiting;
}

/** The reads of the cache go through the app's own reader (relative to its composer.json). */
function readerProject(app: ComposerApp): ProjectContext {
  return { dependencies: {}, readFile: (_from, relativePath) => app.read(relativePath) };
}

function summariseController(file: PhpFile): ControllerSummary {
  const imports = importsOf(file);
  const namespace = namespaceOf(file);
  const declaration = file.nodesOfType('class_declaration')[0];
  const traits: string[] = [];
  const middleware: ControllerMiddleware[] = [];
  const filters: ControllerFilter[] = [];
  const methods = new Map<string, ControllerMethod>();
  for (const member of declaration ? namedChildren(declaration.childForFieldName('body') ?? declaration) : []) {
    if (member.type === 'use_declaration') traits.push(...namedChildren(member).map((n) => n.text.split('\\').pop()!.toLowerCase()));
  }
  for (const method of file.nodesOfType('method_declaration')) {
    const name = method.childForFieldName('name')?.text.toLowerCase();
    const body = method.childForFieldName('body');
    if (!name || !body) continue;
    if (name === '__construct') middleware.push(...constructorMiddleware(file, body));
    if (name === '__construct') filters.push(...constructorFilters(file, body));
    if (name === 'middleware') middleware.push(...declaredMiddleware(body));
    const parameters = method.childForFieldName('parameters');
    const parameterClasses = (parameters ? namedChildren(parameters) : []).flatMap((p) => {
      const type = p.childForFieldName('type');
      return type && (type.type === 'named_type' || type.type === 'name' || type.type === 'qualified_name') ? [qualify(type.text, imports, namespace)] : [];
    });
    const parameterNames = new Set((parameters ? namedChildren(parameters) : []).map((p) => p.childForFieldName('name')?.text.replace(/^\$/, '')).filter((n): n is string => n !== undefined));
    const calledOnParameters = file.nodesWithin(body, CALLS, () => false).filter((call) => parameterNames.has(variableName(callTarget(call)) ?? '')).map((call) => calledName(call) ?? '');
    methods.set(name, { limiter: limiterIn(file, body), parameterClasses, calledOnParameters, signUp: hashesWithoutChecking(file, body), action: actionKind(file, body) });
  }
  return { traits, middleware, filters, methods };
}

/** A limiter call inside a node: `RateLimiter::tooManyAttempts(…)`, `$this->ensureIsNotRateLimited()`, `$this->hasTooManyLoginAttempts($request)`. */
function limiterIn(file: PhpFile, container: Node): string | undefined {
  for (const call of file.nodesWithin(container, CALLS, () => false)) {
    const name = calledName(call) ?? '';
    if (call.type === 'scoped_call_expression' && className(callTarget(call)) === 'ratelimiter') return `RateLimiter::${call.childForFieldName('name')?.text ?? name}()`;
    if (LIMITER_METHODS.has(name)) return `${call.childForFieldName('name')?.text ?? name}()`;
  }
  return undefined;
}
const CALLS: ReadonlySet<string> = new Set(['member_call_expression', 'scoped_call_expression']);
const ANY_CALL: ReadonlySet<string> = new Set([...CALLS, 'function_call_expression']);

/** Hashing a password the request brings, with no credential check beside it: registering an account. */
function hashesWithoutChecking(file: PhpFile, body: Node): boolean {
  let hashes = false;
  for (const call of file.nodesWithin(body, ANY_CALL, () => false)) {
    const name = calledName(call) ?? '';
    const owner = call.type === 'scoped_call_expression' ? className(callTarget(call)) : undefined;
    if (owner === 'hash' && name === 'make') hashes = true;
    else if (call.type === 'function_call_expression' && (name === 'bcrypt' || name === 'password_hash')) hashes = true;
    else if ((owner === 'hash' && name === 'check') || (owner === 'auth' && /^(attempt|validate|once)/.test(name)) || name === 'password_verify') return false;
  }
  return hashes;
}

/**
 * `Auth::attempt(…)`, `Auth::guard('web')->attempt(…)`, `auth()->attempt(…)`, `$this->guard()->attempt(…)`:
 * a password tried, 'login'. Otherwise a Socialite redirect (`Socialite::driver('apple')->redirect()`):
 * 'oauth', the provider checks the credential and the callback logs in. A guard `login()` with nothing
 * checked and no password read: 'passwordless'.
 */
function actionKind(file: PhpFile, body: Node): ActionKind | undefined {
  let oauth = false;
  let guardLogin = false;
  let checks = false;
  for (const call of file.nodesWithin(body, ANY_CALL, () => false)) {
    const name = calledName(call) ?? '';
    if (name === 'attempt' && guardCall(call)) return 'login';
    if (name === 'redirect' && call.type === 'member_call_expression' && socialiteChain(callTarget(call))) oauth = true;
    if ((name === 'login' || name === 'loginusingid') && guardCall(call)) guardLogin = true;
    const owner = call.type === 'scoped_call_expression' ? className(callTarget(call)) : undefined;
    if ((owner === 'hash' && name === 'check') || name === 'password_verify' || /password/i.test(name) || (guardCall(call) && /^(validate|once)/.test(name))) checks = true;
  }
  if (oauth) return 'oauth';
  // No password read either: `$request->password`, `$request->input('password')`.
  return guardLogin && !checks && !/password/i.test(body.text) ? 'passwordless' : undefined;
}

/** The receiver of `->attempt()` is Laravel's auth: the `Auth` facade, `auth()`, `Auth::guard(…)`, `$this->guard()`. */
function guardCall(call: Node): boolean {
  if (call.type === 'scoped_call_expression') return className(callTarget(call)) === 'auth';
  const target = callTarget(call);
  if (!target) return false;
  if (target.type === 'function_call_expression') return calledName(target) === 'auth';
  if (target.type === 'scoped_call_expression') return className(callTarget(target)) === 'auth';
  return target.type === 'member_call_expression' && calledName(target) === 'guard';
}

/** `Socialite::driver('apple')`, `Socialite::driver('github')->scopes([…])`: a chain that starts at the Socialite facade. */
function socialiteChain(node: Node | undefined): boolean {
  for (let link = node; link; link = callTarget(link)) {
    if (link.type === 'scoped_call_expression') return className(callTarget(link)) === 'socialite';
    if (link.type !== 'member_call_expression') return false;
  }
  return false;
}

/** `$this->middleware('throttle:6,1')->only(['login'])` in the constructor (Laravel ≤ 10). */
function constructorMiddleware(file: PhpFile, body: Node): ControllerMiddleware[] {
  const found: ControllerMiddleware[] = [];
  for (const call of file.nodesWithin(body, CALLS, () => false)) {
    if (calledName(call) !== 'middleware' || variableName(callTarget(call)) !== 'this') continue;
    let only: string[] | undefined;
    const except: string[] = [];
    for (let chain: Node | null = call.parent; chain?.type === 'member_call_expression'; chain = chain.parent) {
      const link = calledName(chain);
      const names = callArguments(chain).positional.flatMap(strings);
      if (link === 'only') only = [...(only ?? []), ...names];
      if (link === 'except') except.push(...names);
    }
    for (const name of callArguments(call).positional.flatMap(strings)) found.push({ name, only, except });
  }
  return found;
}

/** `$this->beforeFilter('csrf', ['on' => 'post'])`, `$this->beforeFilter('auth', ['except' => ['login']])` (Laravel 4). */
function constructorFilters(file: PhpFile, body: Node): ControllerFilter[] {
  const found: ControllerFilter[] = [];
  for (const call of file.nodesWithin(body, CALLS, () => false)) {
    if (calledName(call) !== 'beforefilter' || variableName(callTarget(call)) !== 'this') continue;
    const [filter, options] = callArguments(call).positional;
    const option = (key: string): string[] | undefined => {
      const target = options ? unwrapParentheses(options) : undefined;
      if (target?.type !== 'array_creation_expression') return undefined;
      const element = namedChildren(target).find((e) => stringValue(namedChildren(e)[0] ?? e) === key);
      const value = element ? namedChildren(element)[1] : undefined;
      return value ? strings(value).flatMap((v) => v.split('|')) : undefined;
    };
    for (const name of filter ? strings(filter).flatMap((v) => v.split('|')) : []) found.push({ name, only: option('only'), except: option('except') ?? [], on: option('on') });
  }
  return found;
}

/** Whether a Laravel 4 controller's constructor applies a filter to one of its methods for an HTTP method ('post', 'put'…). */
export function controllerFilters(controller: ControllerSummary, filter: string, method: string, httpMethod: string): boolean {
  return controller.filters.some((f) => f.name === filter && (f.only === undefined || f.only.includes(method)) && !f.except.includes(method) && (f.on === undefined || f.on.includes(httpMethod)));
}

/** `public static function middleware(): array { return ['throttle:6,1', new Middleware('throttle:…', only: ['store'])]; }` (Laravel 11 HasMiddleware). */
function declaredMiddleware(body: Node): ControllerMiddleware[] {
  const found: ControllerMiddleware[] = [];
  for (const returned of body.descendantsOfType('return_statement')) {
    const array = returned ? namedChildren(returned)[0] : undefined;
    if (!array || unwrapParentheses(array).type !== 'array_creation_expression') continue;
    for (const element of namedChildren(unwrapParentheses(array))) {
      const value = namedChildren(element).pop();
      if (!value) continue;
      if (value.type === 'object_creation_expression') {
        const args = callArguments(value, true);
        const only = args.named.get('only');
        const except = args.named.get('except');
        for (const name of args.positional.slice(0, 1).flatMap(strings)) found.push({ name, only: only ? strings(only) : undefined, except: except ? strings(except) : [] });
      } else for (const name of strings(value)) found.push({ name, only: undefined, except: [] });
    }
  }
  return found;
}

function strings(node: Node): string[] {
  const target = unwrapParentheses(node);
  if (target.type === 'array_creation_expression') return namedChildren(target).flatMap((e) => namedChildren(e).flatMap(strings));
  const text = stringValue(target);
  return text === undefined ? [] : [text.toLowerCase()];
}

/**
 * What throttles a controller method: a throttling middleware the constructor applies to it, a
 * limiter it calls, a form request it takes that calls one (Breeze's LoginRequest), or the login
 * method a throttling trait brings. Undefined when nothing does.
 */
export function methodThrottle(app: ComposerApp, controller: ControllerSummary, method: string): string | undefined {
  const applies = (m: ControllerMiddleware): boolean => (m.only === undefined || m.only.includes(method)) && !m.except.includes(method);
  const middleware = controller.middleware.find((m) => /throttle/i.test(m.name) && applies(m));
  if (middleware) return `the controller's middleware '${middleware.name}'`;
  const own = controller.methods.get(method);
  if (!own) {
    const trait = controller.traits.find((t) => THROTTLING_TRAITS.has(t));
    return trait ? `the ${trait === 'throttleslogins' ? 'ThrottlesLogins' : 'AuthenticatesUsers'} trait` : undefined;
  }
  if (own.limiter) return own.limiter;
  const request = own.parameterClasses.find((c) => {
    const limiting = /Request$/.test(c) ? classLimitingMethods(app, c) : undefined;
    return limiting !== undefined && requestLimiterRuns(limiting, own.calledOnParameters);
  });
  return request ? `${request.split('\\').pop()} (a rate limiter)` : undefined;
}
