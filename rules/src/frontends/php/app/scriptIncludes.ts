import type { Node } from 'web-tree-sitter';
import type { Fact, SessionConfigFact } from '../../../model/facts';
import type { TextRange } from '../../../model/range';
import type { Value } from '../../../model/value';
import { declaredHelpers, helperGuardIn, helperIdentityIn, resolveHelpers, traitsOf, type HelperTraits, type ResolvedHelpers } from '../adapters/identityHelpers';
import { enclosingFunction, printedOnly, requestHandling } from '../adapters/scriptRequest';
import { sessionRuntimeAdapter } from '../adapters/sessionRuntime';
import { INCLUDE_TYPES, type PhpFile } from '../fileContext';
import { PhpResolver } from '../resolve';
import { includedPath } from './includes';
import { SummaryCache } from './parsedFiles';

/** Includes followed from a script for CSRF, as for logins (includes.ts): script → lib/session.php → config.php. */
const MAX_INCLUDE_DEPTH = 3;

/** The session cookie's SameSite as a file configures it, with the place that does. */
export interface SameSiteSetting {
  readonly value: Value<string>;
  readonly fileName: string;
  readonly range: TextRange;
  /** Configured by the file's own top-level code (`lib/session.php`), not inside a helper such as `sec_session_start()`. */
  readonly topLevel: boolean;
}

/** What an included file does for the CSRF question, without its nodes (the summary outlives the tree). */
interface IncludeSummary {
  /** A `session_start()` in the file's own top-level code. */
  readonly startsSession: boolean;
  /** The SameSite the file configures (`session_set_cookie_params`, `ini_set`, `session_start([...])`), when it configures the session. */
  readonly sameSite?: { readonly value: Value<string>; readonly range: TextRange; readonly topLevel: boolean };
  /** A login guard (an identity read in an `if` that redirects or stops) in its top-level code. */
  readonly guards: boolean;
  /** A CSRF token or same-origin check anywhere in the file (a `csrf.php` that checks every POST, a token helper). */
  readonly defends: boolean;
  /**
   * Posted data read by its top-level code: a page split into `payment.php` and the `paymenta.php`
   * it includes to handle the form, or a `_validate.php` that reads every field.
   */
  readonly readsPost: boolean;
  /**
   * A change of state in the top-level code of a form handler acting for the logged-in user: the file
   * also reads posted data and reads who the user is from the session (`paymenta.php`: `$username =
   * $_SESSION['username']` … `UPDATE users SET paid = 1 WHERE username = '$username'`). A shared header
   * that logs every visit is no form handler; a `server.php` that handles the register, login and
   * create-team forms for public pages too, and asks no one's identity, gives the including page's
   * login nothing to forge.
   */
  readonly changesState: boolean;
  /** Its functions by lower-cased name: what calling them does. */
  readonly functions: ReadonlyMap<string, FunctionEffects>;
  /** Its functions and methods as login helpers (identityHelpers.ts), resolved with the whole chain's. */
  readonly helpers: ReadonlyMap<string, HelperTraits>;
  /** Its top-level code as a helper would be read: a `requireLogin();` of an included `auth_check.php` guards its includer. */
  readonly topLevel: HelperTraits;
  readonly includes: readonly string[];
}

/** What calling an included function does, from its own body; `calls` lets a change made by a callee count (resolved over the chain). */
interface FunctionEffects {
  readonly startsSession: boolean;
  readonly guards: boolean;
  readonly changesState: boolean;
  /** Reads posted data: a handler a front controller dispatches to (`case 'about': aboutAdmin();`). */
  readonly readsPost: boolean;
  /** Functions it calls by lower-cased name (`updateAbout()` of the model file, which runs the UPDATE). */
  readonly calls: readonly string[];
}

/** Rounds of following calls between included functions: controller → model → query helper is two. */
const MAX_CALL_ROUNDS = 4;

const summaries = new SummaryCache<IncludeSummary>();

/** What a script's includes bring to it, each standing on the include or call in the script. */
export interface IncludedHandling {
  /** The include (or the call of an included function) that starts the session, first in the script. */
  readonly sessionStart?: Node;
  readonly guard?: Node;
  /** A login gate through helpers (identityHelpers.ts), which asks that the visitor is logged in, not the other way round. */
  readonly helperGuard?: Node;
  /** A call of an identity helper (`currentUserId()`) declared in an include or the script: the script asks who the user is. */
  readonly identityCall?: Node;
  readonly defence?: Node;
  /** The include whose top-level code reads posted data: the script handles POST through it. */
  readonly postRead?: Node;
  /**
   * Calls of included functions that change state (`addCar($pdo, …)` declared in lib/car.php), and
   * includes whose top-level code does (it runs as part of the script).
   */
  readonly stateChanges: Node[];
  /** The SameSite configured by an included file, first found. */
  readonly sameSite?: SameSiteSetting;
}

/** A call in the script's own code, by the name of the function it calls. */
export interface ScriptCall {
  readonly name: string;
  readonly node: Node;
}

/**
 * Follows the script's includes (3 files deep) and reads each included file as data, summarised
 * once per text: whether it starts the session, configures its cookie, guards the page with a
 * login check, checks a CSRF token, and what its functions do when the script calls them.
 */
export function includedHandling(file: PhpFile, calls: readonly ScriptCall[]): IncludedHandling {
  const result: { -readonly [K in keyof IncludedHandling]: IncludedHandling[K] } = { stateChanges: [] };
  const functions = new Map<string, FunctionEffects>();
  const seen = new Set<string>([file.fileName]);
  // The script's own helpers first: a function it declares hides an included one of the same name.
  const helpers = declaredHelpers(file);
  const includedTopLevels: { readonly include: Node; readonly traits: HelperTraits }[] = [];
  for (const include of file.nodesOfTypes(INCLUDE_TYPES)) {
    const path = includedPath(include, file.constants);
    if (path === undefined) continue;
    visit(file, file.fileName, path, 1, (summary, fileName) => {
      for (const [key, traits] of summary.helpers) if (!helpers.has(key)) helpers.set(key, traits);
      includedTopLevels.push({ include, traits: summary.topLevel });
      result.sessionStart ??= summary.startsSession ? include : undefined;
      result.guard ??= summary.guards ? include : undefined;
      result.defence ??= summary.defends ? include : undefined;
      result.postRead ??= summary.readsPost ? include : undefined;
      if (summary.changesState && !result.stateChanges.includes(include)) result.stateChanges.push(include);
      if (summary.sameSite && !result.sameSite) result.sameSite = { ...summary.sameSite, fileName };
      for (const [name, effects] of summary.functions) if (!functions.has(name)) functions.set(name, effects);
    }, seen);
  }
  const changing = changingFunctions(functions);
  for (const { name, node } of calls) {
    const effects = file.functions.has(name) ? undefined : functions.get(name);
    if (!effects) continue;
    if (effects.startsSession) result.sessionStart ??= node;
    if (effects.guards) result.guard ??= node;
    if (changing.has(name)) result.stateChanges.push(node);
  }
  result.postRead ??= dispatchedFormHandler(file, functions, changing, calls);
  gateThroughHelpers(file, resolveHelpers(helpers), includedTopLevels, result);
  return result;
}

/**
 * The include whose top-level code reads posted data, first in the script, as {@link includedHandling}
 * finds it, without reading the script's helpers: most scripts with an include read no posted data
 * through it, and the helpers (every function's body walked) were most of the time of asking.
 */
export function includedPostRead(file: PhpFile, calls: readonly ScriptCall[]): Node | undefined {
  const seen = new Set<string>([file.fileName]);
  const functions = new Map<string, FunctionEffects>();
  let postRead: Node | undefined;
  for (const include of file.nodesOfTypes(INCLUDE_TYPES)) {
    const path = includedPath(include, file.constants);
    if (path === undefined) continue;
    visit(file, file.fileName, path, 1, (summary) => {
      postRead ??= summary.readsPost ? include : undefined;
      for (const [name, effects] of summary.functions) if (!functions.has(name)) functions.set(name, effects);
    }, seen);
    if (postRead) return postRead;
  }
  if (calls.length === 0 || functions.size === 0) return undefined;
  return dispatchedFormHandler(file, functions, changingFunctions(functions), calls);
}

/**
 * A front controller's dispatch (`switch ($_GET['page']) { case 'about': aboutAdmin(); }`): the first call
 * of an included function (not one the script declares) that reads the form and changes state, so the
 * script is the request a forged form posts to.
 */
function dispatchedFormHandler(file: PhpFile, functions: ReadonlyMap<string, FunctionEffects>, changing: ReadonlySet<string>, calls: readonly ScriptCall[]): Node | undefined {
  return calls.find(({ name }) => !file.functions.has(name) && functions.get(name)?.readsPost === true && changing.has(name))?.node;
}

/**
 * The login gate and identity reads a script gets through helpers: its own top-level `requireLogin();`
 * or `if (!isLoggedIn()) { header(…); exit; }`, or an included file whose top-level code does either.
 * Only top-level code counts: a helper's own body gates nobody until something calls it.
 */
function gateThroughHelpers(file: PhpFile, resolved: ResolvedHelpers, includedTopLevels: readonly { readonly include: Node; readonly traits: HelperTraits }[], result: { guard?: Node; helperGuard?: Node; identityCall?: Node }): void {
  const topLevel = (node: Node): boolean => enclosingFunction(node) === undefined;
  result.helperGuard = helperGuardIn(file.root, topLevel, resolved);
  for (const { include, traits } of includedTopLevels) {
    if (traits.calls.some((c) => resolved.guard.has(c)) || traits.negatedInGuard.some((c) => resolved.identity.has(c))) result.helperGuard ??= include;
  }
  result.guard ??= result.helperGuard;
  result.identityCall ??= helperIdentityIn(file.root, topLevel, resolved);
}

/** Included functions that change state themselves or through the included functions they call. */
function changingFunctions(functions: ReadonlyMap<string, FunctionEffects>): Set<string> {
  const changing = new Set([...functions].filter(([, effects]) => effects.changesState).map(([name]) => name));
  for (let round = 0; round < MAX_CALL_ROUNDS; round++) {
    const before = changing.size;
    for (const [name, effects] of functions) if (!changing.has(name) && effects.calls.some((c) => changing.has(c))) changing.add(name);
    if (changing.size === before) break;
  }
  return changing;
}

function visit(file: PhpFile, fromFile: string, path: string, depth: number, use: (summary: IncludeSummary, fileName: string) => void, seen: Set<string>): void {
  if (depth > MAX_INCLUDE_DEPTH) return;
  const found = (depth > 1 && !/^\.\.?\//.test(path) ? summaries.of(file.project, file.fileName, path, summarise) : undefined) ?? summaries.of(file.project, fromFile, path, summarise);
  if (!found || seen.has(found.fileName)) return;
  seen.add(found.fileName);
  use(found.summary, found.fileName);
  // PHP reads a bare nested path ('model/backend.php') from the include_path's '.', the requested
  // script's folder, before the including file's folder (portfolio-v2's controller/backend.php
  // requiring 'model/backend.php'): tried in that order above. './x' and '../x' stay read from the
  // included file's folder as before (PHP reads them from the working directory; the two agree
  // when the files sit at the same depth).
  for (const nested of found.summary.includes) visit(file, found.fileName, nested, depth + 1, use, seen);
}

function summarise(file: PhpFile): IncludeSummary {
  const topLevel = requestHandling(file.root, (node) => enclosingFunction(node) === undefined);
  const everywhere = requestHandling(file.root);
  const functions = new Map<string, FunctionEffects>();
  for (const [name, declaration] of file.functions) {
    const body = declaration.childForFieldName('body');
    if (!body) continue;
    const own = requestHandling(body, (node) => enclosingFunction(node)?.id === declaration.id);
    functions.set(name, {
      startsSession: own.sessionStarts.length > 0,
      guards: own.loginGuards.length > 0,
      changesState: own.stateChanges.length > 0,
      readsPost: own.postReads.length > 0,
      calls: [...new Set(own.calls.map((c) => c.name))],
    });
  }
  const includes = file.nodesOfTypes(INCLUDE_TYPES).map((node) => includedPath(node, file.constants)).filter((p): p is string => p !== undefined);
  const session = configuredSession(file);
  return {
    startsSession: topLevel.sessionStarts.length > 0,
    ...(session ? { sameSite: { value: session.cookie.sameSite, range: session.range, topLevel: configuredAtTopLevel(file, session) } } : {}),
    guards: topLevel.loginGuards.length > 0,
    // A header that prints the token for its forms or scripts (`<?= $_SESSION['csrf_token'] ?>`) checks nothing.
    defends: everywhere.tokenChecks.some((node) => !printedOnly(node)) || everywhere.originChecks.length > 0 || everywhere.reauthentications.length > 0,
    readsPost: topLevel.postReads.length > 0,
    changesState: topLevel.stateChanges.length > 0 && topLevel.postReads.length > 0 && topLevel.identityReads.length > 0,
    functions,
    helpers: declaredHelpers(file),
    topLevel: traitsOf(file.root, (node) => enclosingFunction(node) === undefined),
    includes,
  };
}

/** The session the file configures in code, read by the same adapter as an analysed file; undefined for a bare `session_start()`. */
function configuredSession(file: PhpFile): SessionConfigFact | undefined {
  const facts: Fact[] = [];
  sessionRuntimeAdapter.collect({ file, resolver: new PhpResolver(file), facts });
  const session = facts.find((f): f is SessionConfigFact => f.kind === 'session-config');
  // A bare session_start() leaves every setting unknown without a place: php.ini decides.
  return session && !(session.cookie.sameSite.kind === 'unknown' && session.cookie.sameSite.range === undefined) ? session : undefined;
}

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);

/** The session is configured by the file's own top-level code, not inside one of its functions. */
export function configuredAtTopLevel(file: PhpFile, session: SessionConfigFact): boolean {
  return !file.nodesOfTypes(FUNCTION_TYPES).some((fn) => fn.startIndex <= session.range.start && session.range.end <= fn.endIndex);
}
