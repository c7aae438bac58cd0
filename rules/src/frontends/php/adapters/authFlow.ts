import type { Node } from 'web-tree-sitter';
import { notIdentity } from './loginWriteRun';
import { INCLUDE_TYPES, type PhpFile } from '../fileContext';
import { callArguments, namedChildren, stringValue, unwrapParentheses } from '../syntax';
import { delegatesLogout } from './logoutDelegation';
import { argument, CALL_TYPES, calledName, callTarget, className, CURRENT_PASSWORD_KEY, isAuthGuard, isCall, isEmptyValue, isSessionObject, isSessionSuperglobal, sessionKeyOf, variableName } from './authSyntax';

/**
 * Session keys that hold who the user is (`$_SESSION['user_id']`, `session()->put('user', …)`), also
 * with an app's own prefix (`repo_user_id`, `admin_logged_in`, `shopAdminId`): the prefix names the
 * app or the kind of account, the rest still says "the logged-in account".
 */
export const IDENTITY_KEY = /^(id|user|users?_?id|uid|user_?name|user_?info|current_?user|auth|auth_?user|authenticated|is_?authenticated|logged_?in|is_?logged_?in|login|admin|is_?admin|admin_?id|role|roles|email|account|account_?id|member|member_?id|customer|customer_?id|principal|identity|profile|id_?(user|admin|member|customer|account|company)|[a-z0-9]+_?(users?_?id|admin_?id|member_?id|customer_?id|account_?id|logged_?in))$/i;

/** Functions and methods that check a password or credential (`verifyUserLoginPassword()` too: the word may come last). */
const CREDENTIAL = /^(password_verify|hash_equals|ldap_bind|crypt|(verify|check|validate|compare|match)_?(\w*_?(password|credentials|pass|pwd)|login)|authenticate_?user|is_?valid_?password|is_?password_?valid|password_?matches)$/i;

/**
 * An SQL query that compares a stored password (`SELECT … FROM users WHERE username='$u' AND
 * password='$p'`): the credential check of many plain PHP login scripts, read from the string
 * literal the parser gives (password, passwd, pwd, pass, French/Spanish/Portuguese/German names),
 * also with a table prefix (`admin_password=MD5('$p')`, `user_pass = ?`).
 */
const PASSWORD_COLUMN_COMPARED = /[`'"\s(.](?:[a-z]{1,20}_)?(?:pass(?:word|wd)?|pwd|mdp|mot_?de_?passe|contrase[nñ]a|senha|passwort|kennwort)[`'"]?\s{0,8}(?:=|like\b)/i;
const STRING_TYPES = new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc', 'binary_expression']);
const SQL_CALL = /^(mysqli?_query|mysqli_prepare|pg_query|pg_query_params|pg_prepare|query|prepare|execute|exec)$/i;
const SQL_CHECK = 'an SQL query comparing the password';
/** Names of attempt counters and limiters: session keys, SQL columns, function and method names (over their text, lower-cased). */
const THROTTLE_NAME = /attempt|throttl|rate_?limit|limiter|brute|lock_?out|locked_?until|too_?many|failed_?(logins|tries|attempts)|tries/i;
const SLEEP_CALLS = new Set(['sleep', 'usleep', 'time_nanosleep']);

/** A query string naming an attempt counter or lockout column (`UPDATE users SET login_attempts = login_attempts + 1`). */
function countsAttemptsInSql(node: Node): boolean {
  const value = unwrapParentheses(node);
  return STRING_TYPES.has(value.type) && /\b(select|update|insert)\b/i.test(value.text) && THROTTLE_NAME.test(value.text);
}

/**
 * Keys a login writes beside who the user is, whatever follows the check: messages, counters, where to
 * go, and a password kept for a later step (osTicket's `$_SESSION['new-agent-passwd']` after a password
 * policy check, `Staff::checkPassword()`).
 */
const BESIDE_IDENTITY_KEY = /err|msg|message|alert|notice|warn|flash|fail|attempt|redirect|return|lang|locale|theme|cart|time|last|pass|pwd/i;

/** Values that name nobody: a message, a flag, a list. */
const LITERAL_TYPES = new Set(['string', 'encapsed_string', 'integer', 'float', 'boolean', 'null', 'array_creation_expression']);

/**
 * After a credential check, a session key written with a value read from the request or the user's
 * row may be who the user is, however it is named: AR-Shahin's library writes
 * `$_SESSION['admin_success_id'] = $admin_info['id'];` once its `SELECT … AND password = '$password'`
 * finds a row. A literal (`$_SESSION['error'] = 'Wrong password'`) or a message key names nobody.
 */
function namesUserAfterCheck(key: string, value: Node, flow: PhpFlow): boolean {
  if (flow.credentialChecks.length === 0 || key === '?') return false;
  if (notIdentity(key) || BESIDE_IDENTITY_KEY.test(key) || THROTTLE_NAME.test(key)) return false;
  return !LITERAL_TYPES.has(unwrapParentheses(value).type);
}

/** A comparison of a CSRF token or nonce: an argument names one (`$_POST['csrf_token']`); a remember-me token compared is a credential. */
function comparesToken(call: Node): boolean {
  return callArguments(call).positional.some((arg) => /csrf|xsrf|nonce/i.test(arg.text));
}

/** A string literal, or a concatenation of them, holding a query that compares a password. */
function comparesSqlPassword(node: Node): boolean {
  const value = unwrapParentheses(node);
  if (!STRING_TYPES.has(value.type)) return false;
  // Index look-ups, then one linear pattern on the WHERE clause (no nested unbounded repeats).
  const lower = value.text.toLowerCase();
  const select = lower.search(/\bselect\b/);
  const where = select < 0 ? -1 : lower.indexOf('where', select);
  return where >= 0 && PASSWORD_COLUMN_COMPARED.test(value.text.slice(where));
}

/** What a unit (script, function, method, closure) does to the session, in source order. */
export interface PhpFlow {
  readonly identityWrites: Node[];
  /** Laravel guard logins (`Auth::attempt`, `Auth::login`, `$request->authenticate()`): they write the user and migrate the session themselves. */
  readonly guardLogins: Node[];
  /** `complete`: the old session cannot carry the identity on (for a login); `destroysOld`: the old session is deleted (for a logout). */
  readonly renewals: { readonly node: Node; readonly complete: boolean; readonly destroysOld: boolean }[];
  /** `session_destroy()` (the server-side session only; the cookie stays unless cleared too). */
  readonly destroys: Node[];
  /** Calls that end the session and replace its cookie: Laravel/Symfony `invalidate()`, helpers that do all of it. */
  readonly fullDestroys: Node[];
  /** `setcookie(session_name(), …)`: the session cookie written (cleared) by hand. */
  readonly cookieClears: Node[];
  /** Clearing keys or data only: `unset($_SESSION['user'])`, `$_SESSION = []`, `session_unset()`, `forget()`, `flush()`, `Auth::logout()`. */
  readonly partials: Node[];
  readonly guardLogouts: Node[];
  /**
   * Calls that hand the logout to code this file cannot see: another object's logout
   * (`$this->loginService->logout()`, an inherited `$this->logout()`) or a session store's delete
   * (`$this->sessionRepository->deleteById($id)`). What they do is unknown.
   */
  readonly delegations: Node[];
  readonly credentialChecks: string[];
  /**
   * Calls that hand the whole login to a service of the project, followed into its class: the
   * service checks the credential and writes the user (`$loginService->getAuthenticatordMsg($form, $request)`).
   */
  readonly delegatedLogins: Node[];
  /**
   * What limits login attempts in the unit (plain PHP scripts): a failed-attempts counter in the
   * session or the database (`$_SESSION['login_attempts']`, `UPDATE users SET failed_logins = …`),
   * a `sleep()`, a call whose name says throttle, rate limit, limiter, lockout or too many attempts.
   */
  readonly throttles: string[];
  /** `session_write_close()`: the session is saved here, so a later renewal comes too late. */
  readonly writeCloses: Node[];
  /** Names of the calls in the unit, with their start offsets (candidate login helpers). */
  readonly calls: { readonly name: string; readonly at: number }[];
  /** True when the unit uses Laravel's session or auth API. */
  laravel: boolean;
  /** The Symfony session expression the unit uses (`$session`, `$request->getSession()`), for edits. */
  symfonySession?: string;
}

/** The unit asks a Symfony RateLimiter for a token (`$limiter->consume(1)->isAccepted()`, `->reserve()`). */
export function consumesRateLimiter(flow: PhpFlow): boolean {
  return flow.calls.some((call) => call.name === 'consume' || call.name === 'reserve');
}

/** Nodes that start another unit: their bodies are analysed on their own. */
const NESTED_UNITS = new Set(['function_definition', 'method_declaration', 'class_declaration', 'interface_declaration', 'trait_declaration', 'enum_declaration']);

export interface FlowOptions {
  readonly file: PhpFile;
  /** Closures that are units of their own (Laravel route closures). */
  readonly ownUnits: ReadonlySet<number>;
  /**
   * What a helper does to the session: a function or a method of the same class, a function of an
   * included file (for a call), or an included file's code (for an include); undefined otherwise.
   */
  readonly helperFlow: (call: Node) => PhpFlow | undefined;
}

/** The node types {@link visit} reads; the walk passes every other node without making an object of it. */
const VISITED_TYPES = new Set(['assignment_expression', 'unset_statement', ...CALL_TYPES, ...INCLUDE_TYPES]);

export function analyzePhpFlow(body: Node, options: FlowOptions): PhpFlow {
  const flow: PhpFlow = { identityWrites: [], guardLogins: [], renewals: [], destroys: [], fullDestroys: [], cookieClears: [], partials: [], guardLogouts: [], delegations: [], credentialChecks: [], delegatedLogins: [], throttles: [], writeCloses: [], calls: [], laravel: false };
  // In source order, from the file's one traversal (no walk of the body across the WebAssembly
  // boundary): the nodes visit() reads, nested functions, classes and route closures left out.
  const nestedUnit = (node: Node): boolean => NESTED_UNITS.has(node.type) || (options.ownUnits.size > 0 && options.ownUnits.has(node.id));
  const unnamedWrites: Node[] = [];
  for (const node of options.file.nodesWithin(body, VISITED_TYPES, nestedUnit)) visit(node, flow, options, unnamedWrites);
  // No key named like an identity: the first key written from the user's row after the check is the
  // login's, unless the code already acts for a logged-in user (a settings page asking the current password).
  if (flow.identityWrites.length === 0 && unnamedWrites[0] && !actsForLoggedInUser(body)) flow.identityWrites.push(unnamedWrites[0]);
  return flow;
}

/**
 * Reads who the session's user is to act for them (`$uid = $_SESSION['user_id']`), not only whether
 * someone is logged in (`isset(…)`), or asks the current password again (`$_POST['current_password']`):
 * the check re-authenticates a logged-in user (a settings page), it logs nobody in.
 */
function actsForLoggedInUser(body: Node): boolean {
  return body.descendantsOfType('subscript_expression').some((node) => {
    if (!node || node.parent?.type === 'subscript_expression') return false;
    const [base, index] = namedChildren(node);
    if (variableName(base) === '_POST' && CURRENT_PASSWORD_KEY.test(stringValue(index ?? node) ?? '')) return true;
    const key = sessionKeyOf(node);
    if (key === undefined || !IDENTITY_KEY.test(key)) return false;
    const parent = node.parent;
    if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === node.id) return false;
    const call = parent?.type === 'argument' ? parent.parent?.parent : undefined;
    return !(call?.type === 'function_call_expression' && /^(isset|empty)$/i.test(calledName(call) ?? ''));
  });
}

function visit(node: Node, flow: PhpFlow, options: FlowOptions, unnamedWrites: Node[]): void {
  switch (node.type) {
    case 'assignment_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (!left || !right) return;
      if (isSessionSuperglobal(left)) {
        // `$_SESSION = ['user_id' => …]` logs in; `$_SESSION = []` clears the data but keeps the session.
        const keys = unwrapParentheses(right).type === 'array_creation_expression' ? arrayKeys(right) : [];
        if (keys.some((k) => IDENTITY_KEY.test(k))) flow.identityWrites.push(node);
        else if (keys.length === 0) flow.partials.push(node);
        return;
      }
      // `$sql = "SELECT … WHERE password='$p'"`: the query is usually built in a variable first.
      if (comparesSqlPassword(right)) flow.credentialChecks.push(SQL_CHECK);
      if (countsAttemptsInSql(right)) flow.throttles.push('an SQL attempt counter');
      const key = sessionKeyOf(left);
      if (key === undefined) return;
      if (THROTTLE_NAME.test(key)) flow.throttles.push(`$_SESSION['${key}']`);
      if (isEmptyValue(right)) flow.partials.push(node);
      else if (IDENTITY_KEY.test(key)) flow.identityWrites.push(node);
      else if (namesUserAfterCheck(key, right, flow)) unnamedWrites.push(node);
      return;
    }
    case 'unset_statement':
      if (namedChildren(node).some((target) => sessionKeyOf(target) !== undefined || isSessionSuperglobal(target))) flow.partials.push(node);
      return;
    default:
      if (isCall(node)) visitCall(node, flow, options);
      else if (INCLUDE_TYPES.has(node.type)) {
        // `require 'auth.php'`: what the included code does, when the options can read it.
        const included = options.helperFlow(node);
        if (included) mergeHelper(node, included, flow);
      }
  }
}

function arrayKeys(array: Node): string[] {
  return namedChildren(unwrapParentheses(array)).flatMap((element) => {
    const parts = namedChildren(element);
    const key = parts.length === 2 ? stringValue(parts[0]!) : undefined;
    return key === undefined ? [] : [key];
  });
}

function visitCall(call: Node, flow: PhpFlow, options: FlowOptions): void {
  const name = calledName(call) ?? '';
  const target = callTarget(call);
  flow.calls.push({ name: call.type === 'scoped_call_expression' ? `${className(target) ?? '?'}::${name}` : name, at: call.startIndex });
  // `hash_equals($_SESSION['csrf_token'], $_POST['csrf_token'])` compares a CSRF token, not a credential.
  if (CREDENTIAL.test(name) && !(name === 'hash_equals' && comparesToken(call))) flow.credentialChecks.push(call.type === 'function_call_expression' ? name : `${name}()`);
  // `mysqli_query($db, "SELECT … WHERE password=…")`, `$pdo->prepare("…")`: the query written in place.
  if (SQL_CALL.test(name) && callArguments(call).positional.some(comparesSqlPassword)) flow.credentialChecks.push(SQL_CHECK);
  if (SQL_CALL.test(name) && callArguments(call).positional.some(countsAttemptsInSql)) flow.throttles.push('an SQL attempt counter');
  // Auth::attempt() is Laravel's login, not a counter.
  if (SLEEP_CALLS.has(name) || (THROTTLE_NAME.test(name) && !/^attempt(when)?$/.test(name))) flow.throttles.push(`${name}()`);
  const helper = options.helperFlow(call);
  if (helper && mergeHelper(call, helper, flow)) return;
  if (call.type === 'function_call_expression') {
    visitFunction(call, name, flow);
    // PHP's own session_*() are read in visitFunction; an app's `session_clean()` is handed the logout.
    if (delegatesLogout(call)) flow.delegations.push(call);
    return;
  }
  if (isAuthGuard(target)) {
    flow.laravel = true;
    if (name === 'attempt' || name === 'login' || name === 'loginusingid' || name === 'attemptwhen') {
      flow.guardLogins.push(call);
      if (name.startsWith('attempt')) flow.credentialChecks.push(call.type === 'scoped_call_expression' ? 'Auth::attempt' : 'auth()->attempt');
    } else if (name === 'logout' || name === 'logoutcurrentdevice') {
      flow.guardLogouts.push(call);
      flow.partials.push(call);
    } else if (name === 'validate') flow.credentialChecks.push('Auth::validate');
    return;
  }
  if (call.type === 'scoped_call_expression' && className(target) === 'hash' && name === 'check') {
    flow.credentialChecks.push('Hash::check');
    return;
  }
  // Breeze: LoginRequest::authenticate() calls Auth::attempt().
  if (name === 'authenticate' && variableName(target) === 'request') {
    flow.laravel = true;
    flow.guardLogins.push(call);
    flow.credentialChecks.push('$request->authenticate()');
    return;
  }
  if (isSessionObject(target)) visitSessionMethod(call, name, flow);
  else if (delegatesLogout(call)) flow.delegations.push(call);
}

/**
 * A call of a helper counts as what the helper does: `renew_session()` renews, `end_session()`
 * destroys. The call node stands for the helper's effects (findings and order use it).
 */
function mergeHelper(call: Node, helper: PhpFlow, flow: PhpFlow): boolean {
  if (helper.renewals.length > 0) {
    const complete = helper.renewals.every((r) => r.complete);
    flow.renewals.push({ node: call, complete, destroysOld: helper.renewals.some((r) => r.destroysOld) });
  }
  const complete = helper.fullDestroys.length > 0 || (helper.destroys.length > 0 && helper.cookieClears.length > 0);
  if (complete) flow.fullDestroys.push(call);
  else if (helper.destroys.length > 0) flow.destroys.push(call);
  else if (helper.cookieClears.length > 0) flow.cookieClears.push(call);
  else if (helper.partials.length > 0) flow.partials.push(call);
  if (helper.delegations.length > 0) flow.delegations.push(call);
  if (helper.delegatedLogins.length > 0) flow.delegatedLogins.push(call);
  // A helper that checks the password and answers yes or no (`if (adminLogin($u, $p))`): the unit's own write of the user is then a login.
  if (helper.credentialChecks.length > 0 && !flow.credentialChecks.includes(helper.credentialChecks[0]!)) flow.credentialChecks.push(...helper.credentialChecks.slice(0, 1));
  flow.laravel ||= helper.laravel;
  flow.symfonySession ??= helper.symfonySession;
  flow.throttles.push(...helper.throttles);
  return helper.renewals.length + helper.destroys.length + helper.fullDestroys.length + helper.cookieClears.length + helper.partials.length + helper.delegations.length > 0;
}

function visitFunction(call: Node, name: string, flow: PhpFlow): void {
  switch (name) {
    case 'session_regenerate_id': {
      const deleteOld = argument(call, 0, 'delete_old_session');
      const text = deleteOld ? unwrapParentheses(deleteOld).text.toLowerCase() : '';
      const complete = text === 'true' || text === '1';
      flow.renewals.push({ node: call, complete, destroysOld: complete });
      return;
    }
    case 'session_destroy':
      flow.destroys.push(call);
      return;
    case 'session_unset':
      flow.partials.push(call);
      return;
    case 'session_write_close':
    case 'session_commit':
      flow.writeCloses.push(call);
      return;
    case 'setcookie':
    case 'setrawcookie':
      if (writesSessionCookie(call)) flow.cookieClears.push(call);
      return;
    case 'session': {
      // Laravel's session(['user_id' => …]) writes keys.
      const first = argument(call, 0);
      if (first && unwrapParentheses(first).type === 'array_creation_expression') {
        flow.laravel = true;
        if (arrayKeys(first).some((k) => IDENTITY_KEY.test(k))) flow.identityWrites.push(call);
      }
      return;
    }
  }
}

/** Session methods: Laravel's store, Symfony's session. */
function visitSessionMethod(call: Node, name: string, flow: PhpFlow): void {
  const target = callTarget(call);
  if (isLaravelSession(target)) flow.laravel = true;
  else if (target) flow.symfonySession ??= target.text;
  switch (name) {
    case 'put':
    case 'set': {
      const first = argument(call, 0);
      if (!first) return;
      const keys = unwrapParentheses(first).type === 'array_creation_expression' ? arrayKeys(first) : [stringValue(unwrapParentheses(first)) ?? ''];
      if (keys.some((k) => IDENTITY_KEY.test(k))) {
        if (isEmptyValue(argument(call, 1))) flow.partials.push(call);
        else flow.identityWrites.push(call);
      }
      return;
    }
    case 'regenerate':
      // Laravel's regenerate($destroy = false) moves the data to a new id; the identity is then saved under the new one.
      flow.renewals.push({ node: call, complete: true, destroysOld: /^(true|1)$/i.test(argument(call, 0, 'destroy')?.text ?? '') });
      return;
    case 'migrate': {
      const destroy = argument(call, 0, 'destroy');
      const complete = destroy !== undefined && /^(true|1)$/i.test(unwrapParentheses(destroy).text);
      flow.renewals.push({ node: call, complete, destroysOld: complete });
      return;
    }
    case 'invalidate':
      flow.fullDestroys.push(call);
      flow.renewals.push({ node: call, complete: true, destroysOld: true });
      return;
    case 'forget':
    case 'remove':
    case 'flush':
    case 'clear':
    case 'pull':
      flow.partials.push(call);
      return;
  }
}

/** `session()`, `$request->session()`, `Session::`: Laravel's store (Symfony's is `getSession()` or a `$session`). */
function isLaravelSession(node: Node | undefined): boolean {
  if (!node) return false;
  const target = unwrapParentheses(node);
  if (target.type === 'function_call_expression') return calledName(target) === 'session';
  if (target.type === 'member_call_expression') return calledName(target) === 'session';
  return (target.type === 'name' || target.type === 'qualified_name') && className(target) === 'session';
}

/** `setcookie(session_name(), '', …)`, `setcookie('PHPSESSID', …)`: a write of PHP's session cookie. */
function writesSessionCookie(call: Node): boolean {
  const first = callArguments(call).positional[0] ?? callArguments(call).named.get('name');
  if (!first) return false;
  const target = unwrapParentheses(first);
  if (target.type === 'function_call_expression' && calledName(target) === 'session_name') return true;
  return /^PHPSESSID$/i.test(stringValue(target) ?? '');
}
