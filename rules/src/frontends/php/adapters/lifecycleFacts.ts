import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../../model/edit';
import type { AuthHandlerFact } from '../../../model/lifecycleFacts';
import { firstAtOrAfter } from '../../../model/sorted';
import { rangeOf } from '../syntax';
import { anchorStatement, completeRenewal, insertAfter, insertBefore, NATIVE_COOKIE_CLEAR } from './authEdits';
import type { PhpFlow } from './authFlow';
import { calledName } from './authSyntax';
import { firstWriteOfRun } from './loginWriteRun';
import type { AuthUnit } from './authUnits';

type Base = Omit<AuthHandlerFact, 'role'>;

const BLOCKS = new Set(['compound_statement', 'program', 'colon_block']);

/** The statement list a node runs in. */
function blockOf(node: Node): Node | undefined {
  let current = node.parent;
  while (current && !BLOCKS.has(current.type)) current = current.parent;
  return current ?? undefined;
}

function inside(node: Node, container: Node): boolean {
  return node.startIndex >= container.startIndex && node.endIndex <= container.endIndex;
}

/**
 * Which writes a set of renewals covers: a renewal covers a write when it runs whenever the write
 * does (it sits in the write's block or one around it). PHP saves the session when the request
 * ends, so a complete renewal later in the same request still moves the identity to the new id,
 * unless the session was written (closed) in between. Built once per set, so thousands of writes
 * and renewals cost writes × nesting depth, not writes × renewals.
 */
class Coverage {
  /** The earliest renewal of each block, by the block's node id. */
  private readonly earliest = new Map<number, number>();
  private readonly closes: readonly number[];

  constructor(flow: PhpFlow, renewals: readonly Node[]) {
    for (const renewal of renewals) {
      const block = blockOf(renewal);
      if (block) this.earliest.set(block.id, Math.min(this.earliest.get(block.id) ?? Infinity, renewal.startIndex));
    }
    this.closes = flow.writeCloses.map((close) => close.startIndex).sort((a, b) => a - b);
  }

  covers(write: Node): boolean {
    if (this.earliest.size === 0) return false;
    // A renewal before the first close after the write still covers it; one before the write always does.
    const limit = firstAtOrAfter(this.closes, write.endIndex) ?? Infinity;
    for (let block = blockOf(write); block; block = blockOf(block)) {
      const renewal = this.earliest.get(block.id);
      if (renewal !== undefined && renewal < limit) return true;
    }
    return false;
  }
}

/**
 * Laravel's session in an action: `$request->session()` when the action takes the request, else the
 * `session()` helper — which Laravel 4 does not have (it came with 5.0): there, the `Session` facade.
 */
function laravelSession(unit: AuthUnit, legacyLaravel: boolean): { readonly call: (method: string) => string } {
  if (unit.requestVariable) return { call: (method) => `$${unit.requestVariable}->session()->${method}();` };
  return legacyLaravel ? { call: (method) => `Session::${method}();` } : { call: (method) => `session()->${method}();` };
}

function renewCall(unit: AuthUnit, flow: PhpFlow, framework: string, legacyLaravel: boolean): string {
  if (framework === 'laravel') return laravelSession(unit, legacyLaravel).call('regenerate');
  if (framework === 'symfony' && flow.symfonySession) return `${flow.symfonySession}->migrate(true);`;
  return 'session_regenerate_id(true);';
}

export function loginFact(text: string, unit: AuthUnit, flow: PhpFlow, base: Base, legacyLaravel = false): AuthHandlerFact {
  const writes = [...flow.identityWrites].sort((a, b) => a.startIndex - b.startIndex);
  // Laravel's guard (Auth::attempt, Auth::login) migrates the session itself when it logs the user in.
  const complete = [...flow.renewals.filter((r) => r.complete).map((r) => r.node), ...flow.guardLogins];
  const coverage = new Coverage(flow, complete);
  let uncovered = writes.find((write) => !coverage.covers(write));
  const firstWrite = writes[0] ?? flow.guardLogins[0];
  const written = { message: 'The user identity is written into the session here.' };
  if (!uncovered) {
    return { ...base, role: 'login', renewal: 'renewed', identityWrite: firstWrite ? rangeOf(firstWrite) : undefined, related: [...(base.related ?? []), ...(firstWrite ? [{ ...written, range: rangeOf(firstWrite) }] : [])] };
  }
  // After a credential check the run of keys written with the first identity key is the login (loginWriteRun.ts).
  if (flow.credentialChecks.length > 0) uncovered = firstWriteOfRun(uncovered, new Set(flow.credentialChecks.map((c) => c.replace(/\(\)$/, '').split('::').pop()!.toLowerCase())));
  const related = [...(base.related ?? []), { ...written, range: rangeOf(uncovered) }];
  const awaitedCalls = flow.calls.filter((c) => c.at < uncovered.startIndex).map((c) => c.name);
  const partial = flow.renewals.find((r) => !r.complete && new Coverage(flow, [r.node]).covers(uncovered));
  if (partial) {
    return { ...base, role: 'login', renewal: 'incomplete', identityWrite: rangeOf(uncovered), renewalRange: rangeOf(partial.node), renewEdits: completeRenewal(partial.node), awaitedCalls, related };
  }
  // A renewal on the write's path that comes after the session was already saved; one in another branch does not count.
  const onPath = [...flow.renewals.map((r) => r.node), ...flow.guardLogins].find((r) => {
    const block = blockOf(r);
    return block !== undefined && inside(uncovered, block);
  });
  const anyRenewal = onPath;
  if (anyRenewal) return { ...base, role: 'login', renewal: 'late', identityWrite: rangeOf(uncovered), renewalRange: rangeOf(anyRenewal), awaitedCalls, related };
  return { ...base, role: 'login', renewal: 'missing', identityWrite: rangeOf(uncovered), renewEdits: insertBefore(text, uncovered, [renewCall(unit, flow, base.framework, legacyLaravel)]), awaitedCalls, related };
}

export function logoutFact(text: string, unit: AuthUnit, flow: PhpFlow, base: Base, legacyLaravel = false): AuthHandlerFact {
  const nativeDestroys = flow.destroys;
  // A new id that deletes the old session, after the data is cleared, ends the logged-in session too.
  const regenerated = flow.partials.length > 0 && flow.renewals.some((r) => r.destroysOld && calledName(r.node) !== 'invalidate');
  const destroyed = flow.fullDestroys.length > 0 || regenerated || (nativeDestroys.length > 0 && flow.cookieClears.length > 0);
  const cookieKept = !destroyed && nativeDestroys.length > 0;
  const partial = cookieKept ? nativeDestroys[0] : (flow.partials[0] ?? flow.cookieClears[0]);
  const destruction = destroyed ? 'destroyed' : partial ? 'partial' : 'missing';
  return {
    ...base,
    role: 'logout',
    destruction,
    partialRange: partial ? rangeOf(partial) : undefined,
    ...(cookieKept ? { cookieKept: true } : {}),
    awaitedCalls: flow.calls.map((c) => c.name),
    destroyEdits: destroyed ? undefined : destroyEdits(text, unit, flow, base.framework, cookieKept ? nativeDestroys[0] : undefined, legacyLaravel),
  };
}

/** Suggestions that end the session: Laravel's invalidate(), or the PHP manual's data clear, cookie expiry and session_destroy(). */
function destroyEdits(text: string, unit: AuthUnit, flow: PhpFlow, framework: string, destroyWithoutCookie: Node | undefined, legacyLaravel: boolean): TextEdit[] | undefined {
  if (destroyWithoutCookie) return insertBefore(text, destroyWithoutCookie, NATIVE_COOKIE_CLEAR);
  const clears = [...flow.partials, ...flow.cookieClears].sort((a, b) => a.startIndex - b.startIndex);
  const last = clears[clears.length - 1];
  const frameworkLines =
    framework === 'laravel'
      ? [laravelSession(unit, legacyLaravel).call('invalidate'), laravelSession(unit, legacyLaravel).call('regenerateToken')]
      : framework === 'symfony' && flow.symfonySession
        ? [`${flow.symfonySession}->invalidate();`]
        : undefined;
  if (frameworkLines) {
    const first = firstStatement(unit);
    return last ? insertAfter(text, last, frameworkLines) : first && insertBefore(text, first, frameworkLines);
  }
  const dataCleared = flow.partials.some((p) => p.type === 'assignment_expression' || calledName(p) === 'session_unset');
  const lines = [...(dataCleared ? [] : ['$_SESSION = [];']), ...(flow.cookieClears.length > 0 ? [] : NATIVE_COOKIE_CLEAR), 'session_destroy();'];
  if (last) return insertAfter(text, last, lines);
  const start = flow.calls.find((c) => c.name === 'session_start');
  const startNode = start ? findCallAt(unit.body, start.at) : undefined;
  if (startNode) return insertAfter(text, startNode, lines);
  const first = firstStatement(unit);
  return first ? insertBefore(text, first, lines) : undefined;
}

function firstStatement(unit: AuthUnit): Node | undefined {
  const anchor = unit.kind === 'script' ? unit.anchor : unit.body.namedChildren.find((c) => c !== null && c.type !== 'comment');
  return anchor && anchorStatement(anchor) ? anchor : undefined;
}

function findCallAt(root: Node, at: number): Node | undefined {
  return root.descendantsOfType('function_call_expression').find((c): c is Node => c !== null && c.startIndex === at);
}
