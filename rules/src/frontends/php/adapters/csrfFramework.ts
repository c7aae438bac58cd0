import type { Node } from 'web-tree-sitter';
import type { CsrfSurfaceFact } from '../../../model/lifecycleFacts';
import type { PhpAdapter, PhpAdapterContext } from '../adapterContext';
import { callArguments, namedChildren, rangeOf, stringValue, unwrapParentheses } from '../syntax';
import { calledName, className, variableName } from './authSyntax';
import { plainPhpSurface } from './csrfPlain';
import { configurationSurface } from './csrfConfiguration';
import { exemptedAuthRoutes, routeList } from '../app/laravelCsrfExcept';
import { csrfOffForms } from '../app/symfonyForms';
import { symfonyLogsInWithSession } from '../app/symfonySessionLogin';
import { laravel4UnfilteredRoutes } from '../app/laravelFilters';
import { importsOf, namespaceOf, qualify } from '../app/phpNames';
import { underEnvironmentCheck } from '../app/laravelEnvironment';

const CSRF_MIDDLEWARE = /^(VerifyCsrfToken|ValidateCsrfToken|PreventRequestForgery)$/i;
/** Every name the middleware class, bootstrap and Symfony checks look for spells one of these (PHP names ignore case). */
const CSRF_NAMES = /csrf|forgery/i;

/**
 * CSRF protection turned off in PHP frameworks: Laravel's VerifyCsrfToken with `$except = ['*']`
 * or a `handle()` / `tokensMatch()` that skips the check, Laravel 11's
 * `validateCsrfTokens(except: ['*'])` or a web group without the middleware, Symfony's
 * `csrfProtection()->enabled(false)`. Plain PHP form handlers are in csrfPlain.ts.
 */
export const csrfFrameworkAdapter: PhpAdapter = {
  name: 'php-csrf',
  collect(context) {
    const found = [...csrfMiddlewareClass(context), ...bootstrapMiddleware(context), ...webGroupWithoutCsrf(context), ...laravel4Filters(context), ...symfonyConfig(context), ...symfonyForms(context)];
    for (const { node, reason, library } of found) context.facts.push(disabledFact(node, reason, library ?? 'laravel'));
    const plain = found.length === 0 ? plainPhpSurface(context) ?? configurationSurface(context) : undefined;
    if (plain) context.facts.push(plain);
  },
};

interface Disabled {
  readonly node: Node;
  readonly reason: string;
  readonly library?: 'laravel' | 'symfony';
}

function disabledFact(node: Node, reason: string, library: 'laravel' | 'symfony'): CsrfSurfaceFact {
  return { kind: 'csrf-surface', library, range: rangeOf(node), sessionStorage: 'server', routes: [], defence: { kind: 'disabled', range: rangeOf(node), reason }, optionName: (key) => key };
}

function everything(pattern: string | undefined): boolean {
  return pattern === '*' || pattern === '/*';
}

/** The `'*'` in an array of route patterns. */
function wildcardIn(array: Node | undefined): Node | undefined {
  if (!array || unwrapParentheses(array).type !== 'array_creation_expression') return undefined;
  for (const element of namedChildren(unwrapParentheses(array))) {
    const value = namedChildren(element).pop();
    if (value && everything(stringValue(value))) return element;
  }
  return undefined;
}

/** `class VerifyCsrfToken extends Middleware { protected $except = ['*']; … }` (app/Http/Middleware/VerifyCsrfToken.php). */
function csrfMiddlewareClass(context: PhpAdapterContext): Disabled[] {
  const found: Disabled[] = [];
  if (!context.file.mentions(CSRF_NAMES)) return found;
  for (const declaration of context.file.nodesOfType('class_declaration')) {
    const name = declaration.childForFieldName('name')?.text ?? '';
    const base = namedChildren(declaration).find((c) => c.type === 'base_clause');
    const baseName = base ? className(namedChildren(base)[0]) ?? '' : '';
    if (!CSRF_MIDDLEWARE.test(name) && !CSRF_MIDDLEWARE.test(baseName)) continue;
    // Named like the CSRF middleware but extending another class (`use …\EncryptCookies as Middleware`): its $except exempts nothing.
    if (base && baseName && extendsKnownOtherClass(baseName, context)) continue;
    for (const property of declaration.descendantsOfType('property_element')) {
      if (variableName(property?.childForFieldName('name')) !== 'except') continue;
      const except = property?.childForFieldName('default_value') ?? undefined;
      const wildcard = wildcardIn(except);
      const pattern = wildcard ? namedChildren(wildcard).pop() : undefined;
      if (wildcard && pattern) found.push({ node: wildcard, reason: `${name}::$except contains '${stringValue(pattern) ?? '*'}', which exempts every route` });
      for (const exempted of exemptedAuthRoutes(context.file, except)) {
        found.push({ node: exempted.node, reason: `${name}::$except contains '${exempted.pattern}', which exempts logged-in routes (${routeList(exempted.routes)})` });
      }
    }
    for (const method of declaration.descendantsOfType('method_declaration')) {
      const nameNode = method?.childForFieldName('name');
      const methodName = nameNode?.text.toLowerCase();
      const body = method?.childForFieldName('body');
      if (!method || !body || !nameNode) continue;
      const callsParent = body.descendantsOfType('scoped_call_expression').some((c) => c !== null && /^parent$/i.test(c.childForFieldName('scope')?.text ?? '') && calledName(c) === 'handle');
      const callsNext = body.descendantsOfType('function_call_expression').some((c) => c?.childForFieldName('function')?.type === 'variable_name');
      if (methodName === 'handle' && !callsParent && callsNext) {
        found.push({ node: nameNode, reason: `${name}::handle() passes every request on without calling parent::handle()` });
      }
      if ((methodName === 'tokensmatch' || methodName === 'isreading') && returnsTrue(body)) {
        found.push({ node: nameNode, reason: `${name}::${nameNode.text}() always returns true, so no token is compared` });
      }
    }
  }
  return found;
}

function returnsTrue(body: Node): boolean {
  const returns = body.descendantsOfType('return_statement').filter((r): r is Node => r !== null);
  return returns.length > 0 && returns.every((r) => /^true$/i.test(namedChildren(r)[0]?.text ?? ''));
}

/** Laravel 11 bootstrap/app.php: `$middleware->validateCsrfTokens(except: ['*'])`, `$middleware->web(remove: [ValidateCsrfToken::class])`. */
function bootstrapMiddleware(context: PhpAdapterContext): Disabled[] {
  const found: Disabled[] = [];
  if (!context.file.mentions(CSRF_NAMES)) return found;
  for (const call of context.file.nodesOfType('member_call_expression')) {
    const name = calledName(call);
    const args = callArguments(call);
    // `if (env('APP_ENV') === 'local') { $middleware->validateCsrfTokens(except: ['*']); }`: a development setting, not judged.
    if (underEnvironmentCheck(call)) continue;
    if (name === 'validatecsrftokens' || name === 'preventrequestforgery') {
      const except = args.named.get('except') ?? args.positional[0];
      const method = name === 'validatecsrftokens' ? 'validateCsrfTokens' : 'preventRequestForgery';
      const wildcard = wildcardIn(except);
      if (wildcard) found.push({ node: wildcard, reason: `${method}(except: […]) lists '*', which exempts every route` });
      for (const exempted of exemptedAuthRoutes(context.file, except)) {
        found.push({ node: exempted.node, reason: `${method}(except: […]) lists '${exempted.pattern}', which exempts logged-in routes (${routeList(exempted.routes)})` });
      }
    }
    const removed = name === 'web' ? args.named.get('remove') : name === 'remove' || name === 'removefromgroup' ? args.positional[name === 'remove' ? 0 : 1] : undefined;
    const csrf = removed ? classConstants(removed).find((c) => CSRF_MIDDLEWARE.test(c.name)) : undefined;
    if (csrf) found.push({ node: csrf.node, reason: `${csrf.name} is removed from the web middleware group` });
  }
  return found;
}

/** `X::class` constants in an argument or array. */
function classConstants(node: Node): { name: string; node: Node }[] {
  const target = unwrapParentheses(node);
  if (target.type === 'array_creation_expression') return namedChildren(target).flatMap((element) => namedChildren(element).flatMap(classConstants));
  if (target.type !== 'class_constant_access_expression') return [];
  const [scope, constant] = namedChildren(target);
  const name = scope?.type === 'qualified_name' ? namedChildren(scope).pop()?.text : scope?.text;
  return constant?.text === 'class' && name ? [{ name, node: target }] : [];
}

/** Laravel 4: logged-in unsafe routes that no `csrf` filter covers, reported where `auth` is attached (see {@link laravel4UnfilteredRoutes}). */
function laravel4Filters(context: PhpAdapterContext): Disabled[] {
  return laravel4UnfilteredRoutes(context.file).map(({ node, routes }) => ({
    node,
    reason: `Laravel 4 checks CSRF tokens only where the 'csrf' filter is attached, and these logged-in routes have none (${routeList(routes.map((r) => ({ file: context.file.fileName, info: r.info, middleware: r.middleware })))}): add it beside 'auth' or with Route::when('*', 'csrf', ['post', 'put', 'patch', 'delete'])`,
  }));
}

/** app/Http/Kernel.php: a `'web'` group that starts sessions but has no VerifyCsrfToken. */
function webGroupWithoutCsrf(context: PhpAdapterContext): Disabled[] {
  // The finding is a middleware token that is missing: the group's property is what the text must spell.
  if (!context.file.mentions(/middlewareGroups/)) return [];
  for (const property of context.file.nodesOfType('property_element')) {
    if (variableName(property.childForFieldName('name')) !== 'middlewareGroups') continue;
    const groups = property.childForFieldName('default_value');
    for (const element of groups ? namedChildren(groups) : []) {
      const [key, value] = namedChildren(element);
      if (!key || !value || stringValue(key) !== 'web') continue;
      const names = classConstants(value).map((c) => c.name);
      if (names.includes('StartSession') && !names.some((n) => CSRF_MIDDLEWARE.test(n))) return [{ node: key, reason: "the 'web' middleware group starts sessions (StartSession) but has no VerifyCsrfToken" }];
    }
  }
  return [];
}

/** Symfony form types and controllers that turn a form's CSRF token off. */
function symfonyForms(context: PhpAdapterContext): Disabled[] {
  return csrfOffForms(context.file).map(({ node, reason }) => ({ node, reason, library: 'symfony' as const }));
}

/** Symfony config/packages/framework.php: `$framework->csrfProtection()->enabled(false)`, `->extension('framework', ['csrf_protection' => false])`. */
function symfonyConfig(context: PhpAdapterContext): Disabled[] {
  const found: Disabled[] = [];
  if (!context.file.mentions(CSRF_NAMES)) return found;
  // Every firewall stateless (a JWT API), `security: false` or without an authenticator: no session
  // carries a logged-in user, so a forged request has nothing to ride on (as for form types).
  if (symfonyLogsInWithSession(context.file) === false) return found;
  for (const call of context.file.nodesOfType('member_call_expression')) {
    const object = call.childForFieldName('object');
    if (calledName(call) === 'enabled' && object && calledName(object) === 'csrfprotection' && /^false$/i.test(callArguments(call).positional[0]?.text ?? '')) {
      found.push({ node: call, reason: 'framework.csrf_protection is disabled, so Symfony forms carry and check no CSRF token', library: 'symfony' });
    }
    if (calledName(call) === 'extension' && stringValue(callArguments(call).positional[0] ?? call) === 'framework') {
      const options = callArguments(call).positional[1];
      for (const element of options && unwrapParentheses(options).type === 'array_creation_expression' ? namedChildren(unwrapParentheses(options)) : []) {
        const [key, value] = namedChildren(element);
        if (key && stringValue(key) === 'csrf_protection' && /^false$/i.test(value?.text ?? '')) found.push({ node: element, reason: 'framework.csrf_protection is false, so Symfony forms carry and check no CSRF token', library: 'symfony' });
      }
    }
  }
  return found;
}

/**
 * `extends Middleware` where the file's `use …\EncryptCookies as Middleware` (or a fully qualified
 * name) says the base is not the CSRF middleware. A base the file does not import is taken at the
 * class's word: a class named VerifyCsrfToken is the app's CSRF middleware.
 */
function extendsKnownOtherClass(baseName: string, context: PhpAdapterContext): boolean {
  const imports = importsOf(context.file);
  const first = (baseName.split('\\')[0] ?? '').toLowerCase();
  if (!baseName.startsWith('\\') && !imports.has(first)) return false;
  return !CSRF_NAMES.test(qualify(baseName, imports, namespaceOf(context.file)).split('\\').pop() ?? '');
}
