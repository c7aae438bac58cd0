import type { Node } from 'web-tree-sitter';
import type { PhpFile } from '../fileContext';
import { namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { calledName } from './authSyntax';
import { enclosingFunction, exitsOrRedirects, requestHandling } from './scriptRequest';

/**
 * Login gates of plain PHP written as helpers: `requireLogin()` declared in an included init file,
 * which asks `isLoggedIn()`, which reads `$_SESSION['user_id']`; `Auth::requireLogin()` whose
 * `self::check()` asks `self::user()`; `requireAdmin()` calling `requireLogin()` first. A helper is
 * known by what its body does, never by its name: it reads who the user is (an identity predicate),
 * or it stops the request when such a read says nobody is logged in (a guard).
 *
 * Helpers are keyed by lower-cased name: `name` for a function, `::name` for a method (called as
 * `Auth::name()`, `self::name()` or `$auth->name()`), so a method never stands for a function of the
 * same name. Traits are kept as names (no syntax nodes) and resolved over every file of an include
 * chain together, since a guard in one file often asks a predicate declared in another.
 */
export interface HelperTraits {
  /** Reads an identity key of the session itself (`return isset($_SESSION['user_id'])`). */
  readonly identity: boolean;
  /** Stops the request on an identity read of its own (`if (empty($_SESSION['user'])) { header(…); exit; }`). */
  readonly guard: boolean;
  /** Helpers it calls anywhere in its body. */
  readonly calls: readonly string[];
  /** Helpers whose answer, negated, stops the request (`if (!isLoggedIn()) { redirect('login.php'); }`). */
  readonly negatedInGuard: readonly string[];
  /** It stops the request somewhere (an `if` that exits or redirects): a gate, either way round. */
  readonly stops: boolean;
}

/** What the helpers of an include chain amount to once their calls are followed. */
export interface ResolvedHelpers {
  readonly identity: ReadonlySet<string>;
  readonly guard: ReadonlySet<string>;
  /** Helpers that stop the request on some answer (`requireLogin()`, and `redirectIfLoggedIn()` the other way round). */
  readonly stoppers: ReadonlySet<string>;
}

const CALL_TYPES = ['function_call_expression', 'member_call_expression', 'scoped_call_expression'];
const FUNCTION_TYPES = ['function_definition', 'method_declaration'];
/** Rounds of following calls: requireAdmin → requireLogin → isLoggedIn → currentUser is four. */
const MAX_ROUNDS = 6;

/** `isLoggedIn()` → 'isloggedin'; `Auth::check()`, `self::check()`, `$auth->check()` → '::check'. */
export function helperKey(call: Node): string | undefined {
  const name = calledName(call);
  if (!name) return undefined;
  return call.type === 'function_call_expression' ? name : `::${name}`;
}

/** The traits of every function and method the file declares, by {@link helperKey}. */
export function declaredHelpers(file: PhpFile): Map<string, HelperTraits> {
  const helpers = new Map<string, HelperTraits>();
  for (const declaration of file.root.descendantsOfType(FUNCTION_TYPES)) {
    if (!declaration) continue;
    const name = declaration.childForFieldName('name')?.text.toLowerCase();
    const body = declaration.childForFieldName('body');
    if (!name || !body) continue;
    const key = declaration.type === 'method_declaration' ? `::${name}` : name;
    if (!helpers.has(key)) helpers.set(key, traitsOf(body, (node) => enclosingFunction(node)?.id === declaration.id));
  }
  return helpers;
}

/** The traits of the code under `root` that `within` selects (one function's body, a file's top-level code). */
export function traitsOf(root: Node, within: (node: Node) => boolean): HelperTraits {
  const handling = requestHandling(root, within);
  const calls = new Set<string>();
  const negatedInGuard = new Set<string>();
  const stops = root.descendantsOfType('if_statement').some((statement) => statement !== null && within(statement) && exitsOrRedirects(statement));
  for (const call of root.descendantsOfType(CALL_TYPES)) {
    if (!call || !within(call)) continue;
    const key = helperKey(call);
    if (!key) continue;
    calls.add(key);
    if (isNegated(call) && inStoppingCondition(call)) negatedInGuard.add(key);
  }
  return { identity: handling.identityReads.length > 0, guard: handling.loginGuards.length > 0, calls: [...calls], negatedInGuard: [...negatedInGuard], stops };
}

/**
 * Follows the helpers' calls to a fixed point: a helper that calls an identity predicate is one
 * (`check()` returning `self::user() !== null`), a helper that calls a guard is one (`requireAdmin()`
 * calling `requireLogin()`), and one that stops the request when a predicate says no is one.
 */
export function resolveHelpers(helpers: ReadonlyMap<string, HelperTraits>): ResolvedHelpers {
  const identity = new Set<string>();
  const guard = new Set<string>();
  const stoppers = new Set<string>();
  for (const [key, traits] of helpers) {
    if (traits.identity) identity.add(key);
    if (traits.guard) guard.add(key);
    if (traits.stops) stoppers.add(key);
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const [key, traits] of helpers) {
      if (!identity.has(key) && traits.calls.some((c) => identity.has(c))) {
        identity.add(key);
        changed = true;
      }
      if (!guard.has(key) && (traits.negatedInGuard.some((c) => identity.has(c)) || traits.calls.some((c) => guard.has(c)))) {
        guard.add(key);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { identity, guard, stoppers };
}

/**
 * Where code gates on the helpers: the first call of a guard (`requireLogin();`) or of an identity
 * predicate whose negation stops the request (`if (!isLoggedIn()) { header(…); exit; }`).
 */
export function helperGuardIn(root: Node, within: (node: Node) => boolean, resolved: ResolvedHelpers): Node | undefined {
  for (const call of root.descendantsOfType(CALL_TYPES)) {
    if (!call || !within(call)) continue;
    const key = helperKey(call);
    if (!key) continue;
    if (resolved.guard.has(key) || (resolved.identity.has(key) && isNegated(call) && inStoppingCondition(call))) return call;
  }
  return undefined;
}

/**
 * The first call of an identity helper that hands the code who the user is (`currentUserId()`). A
 * call that only decides whether to stop (`if (isLoggedIn()) { header('Location: /'); exit; }`,
 * `redirectIfLoggedIn()` on a public sign-up page) acts for nobody.
 */
export function helperIdentityIn(root: Node, within: (node: Node) => boolean, resolved: ResolvedHelpers): Node | undefined {
  for (const call of root.descendantsOfType(CALL_TYPES)) {
    if (!call || !within(call)) continue;
    const key = helperKey(call) ?? '';
    if (resolved.identity.has(key) && !resolved.stoppers.has(key) && !inStoppingCondition(call)) return call;
  }
  return undefined;
}

/**
 * The call's answer is taken as "no": `!isLoggedIn()`, `isLoggedIn() === false`, `currentUser() === null`,
 * `empty(currentUser())`. A gate the other way (`if (isLoggedIn()) redirect('dashboard.php')`, a
 * login page sending members on) keeps nobody out.
 */
function isNegated(call: Node): boolean {
  let node = call;
  while (node.parent?.type === 'parenthesized_expression') node = node.parent;
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'unary_op_expression') return parent.text.trimStart().startsWith('!');
  if (parent.type === 'binary_expression') {
    const operator = parent.childForFieldName('operator')?.text ?? '';
    if (!/^(===?|!==?)$/.test(operator)) return false;
    const other = namedChildren(parent).find((side) => side.id !== node.id);
    const literal = other ? unwrapParentheses(other) : undefined;
    const falsy = literal !== undefined && (/^(false|null)$/i.test(literal.text) || stringValue(literal) === '');
    return operator.startsWith('=') ? falsy : !falsy && /^true$/i.test(literal?.text ?? '');
  }
  const wrapper = parent.type === 'argument' ? parent.parent?.parent : undefined;
  return wrapper?.type === 'function_call_expression' && /^(empty|is_null)$/.test(calledName(wrapper) ?? '');
}

/** In the condition of an `if` whose statement redirects or stops. */
function inStoppingCondition(node: Node): boolean {
  for (let current = node; current.parent; current = current.parent) {
    const owner = current.parent;
    if (owner.type === 'if_statement') return owner.childForFieldName('condition')?.id === current.id && exitsOrRedirects(owner);
    if (current.type.endsWith('_statement') || FUNCTION_TYPES.includes(current.type)) return false;
  }
  return false;
}
