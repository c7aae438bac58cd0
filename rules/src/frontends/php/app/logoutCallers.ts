import type { Node } from 'web-tree-sitter';
import { analyzePhpFlow } from '../adapters/authFlow';
import { calledName, CALL_TYPES } from '../adapters/authSyntax';
import { helperFlowsOf } from '../adapters/lifecycleHelpers';
import { enclosingFunction } from '../adapters/scriptRequest';
import type { PhpFile } from '../fileContext';
import { phpParser } from '../grammar';
import { includeFlowsOf } from './includes';
import { withParsedFile } from './parsedFiles';

/** Callers followed back from a helper: scp/logout.php → Staff::logOut() → AuthBackend::signOut() is two. */
const MAX_DEPTH = 3;
/** Files parsed for one question; past it the answer is "not known" and the helper is judged as before. */
const MAX_CALLER_FILES = 40;
/** Files larger than this are not read for callers (generated code, dumps). */
const MAX_CALLER_CHARS = 512 * 1024;

/**
 * What the application's requests do around a plain-PHP helper named like a logout (a function, or a
 * method of a class that is no controller), found through a call index built from the application's
 * PHP files as data:
 * - 'unreached': nothing in the application calls it: a helper left in an include that the logout
 *   script does not use, or a hook its framework calls by a name written as data. No request runs it.
 *   A helper called only from a function or method that nothing calls by name is reached: a router
 *   dispatches to that method by a name held in data (Shaarli's `LogoutController::index()`, a Slim
 *   route's `'…LogoutController:index'`, runs `SessionManager::logout()`);
 * - 'ended-by-caller': a request that runs it ends the session itself after the call (osTicket's `scp/logout.php`
 *   calls `$thisstaff->logOut()`, whose backend `signOut()` clears its keys, then `session_destroy()`):
 *   the helper is one step of that logout, and the logout is where the session is ended;
 * - 'not-ended': requests run it and none of them ends the session: the helper is the logout to fix.
 * Undefined when the application's files cannot be listed or the callers are too many to read.
 * A request is a script's top-level code; a caller inside another function or method is followed
 * back to its own callers by that function's name. Calls are matched by name (a method's class is not
 * known from `$bk->signOut()`), which can only add callers.
 */
export type LogoutReach = 'unreached' | 'ended-by-caller' | 'not-ended';

export function logoutReach(file: PhpFile, helper: Node, name: string): LogoutReach | undefined {
  const sources = file.project.phpSources?.(file.fileName);
  if (!sources || !phpParser.loaded) return undefined;
  const seen = new Set<string>([name.toLowerCase()]);
  let names = [name.toLowerCase()];
  let reached = false;
  let parsed = 0;
  for (let depth = 0; depth < MAX_DEPTH && names.length > 0; depth++) {
    const next: string[] = [];
    for (const candidate of sources.files) {
      const text = candidate === file.fileName ? file.text : sources.read(candidate);
      if (text === undefined || text.length > MAX_CALLER_CHARS) continue;
      const lower = text.toLowerCase();
      if (!names.some((n) => lower.includes(`${n}(`))) continue;
      if (++parsed > MAX_CALLER_FILES) return undefined;
      const found = withParsedFile(text, candidate, file.project, (caller) => callersIn(caller, names, candidate === file.fileName ? helper : undefined));
      if (found.endedBy) return 'ended-by-caller';
      // A caller inside a function counts whether or not that function's own callers are found.
      reached ||= found.reached || found.outerNames.length > 0;
      for (const outer of found.outerNames) {
        if (!seen.has(outer)) {
          seen.add(outer);
          next.push(outer);
        }
      }
    }
    names = next;
  }
  return reached ? 'not-ended' : 'unreached';
}

/**
 * The calls of `names` in one file: whether a script's top-level code calls one (a request reaches
 * it) and ends the session too, and the names of the functions that call one (followed next).
 */
function callersIn(file: PhpFile, names: readonly string[], helper: Node | undefined): { reached: boolean; endedBy: boolean; outerNames: string[] } {
  const result = { reached: false, endedBy: false, outerNames: [] as string[] };
  const wanted = new Set(names);
  for (const call of file.root.descendantsOfType([...CALL_TYPES])) {
    if (!call || !wanted.has(calledName(call) ?? '')) continue;
    const outer = enclosingFunction(call);
    // The helper calling itself (`parent::logout()` in an override is another method, not this one).
    if (helper && outer && outer.startIndex === helper.startIndex) continue;
    if (outer && (outer.type === 'function_definition' || outer.type === 'method_declaration')) {
      const outerName = outer.childForFieldName('name')?.text.toLowerCase();
      if (outerName) result.outerNames.push(outerName);
      continue;
    }
    if (outer) continue;
    result.reached = true;
    result.endedBy ||= scriptEndsSessionAfter(file, call.startIndex);
  }
  return result;
}

/**
 * The script's own code (with its helpers and includes) destroys the session or renews its id dropping the
 * old one after the call of the helper: the end that completes this logout. An end before the call belongs to
 * something else (Shaarli's index.php includes init.php, which renews an invalid id on every request, and
 * then calls `checkLoginState()`, whose expiry branch calls the logout helper).
 */
function scriptEndsSessionAfter(file: PhpFile, call: number): boolean {
  const local = helperFlowsOf(file);
  const fromIncludes = includeFlowsOf(file);
  const flow = analyzePhpFlow(file.root, { file, ownUnits: new Set(), helperFlow: (node) => local(node) ?? fromIncludes(node) });
  const after = (node: Node): boolean => node.startIndex > call;
  return [...flow.destroys, ...flow.fullDestroys].some(after) || flow.renewals.some((r) => r.destroysOld && after(r.node));
}
