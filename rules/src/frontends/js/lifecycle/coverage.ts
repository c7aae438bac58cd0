import { isFunction, memberName, unwrap, type FunctionNode, type Node } from '../ast';
import { lastAtOrBefore } from '../../../model/sorted';
import type { FileContext } from '../fileContext';
import { enclosingFunction, isPromiseExecutor } from './flowScope';

/**
 * Which writes run after a renewal (or any awaited call) completes, asked for many writes at once.
 * Each renewal is turned into the regions of the code it covers once, so a handler with thousands of
 * writes and renewals (a generated switch) costs (writes + renewals) × log renewals, not their product.
 */
export class Coverage {
  /** Callback regions (`regenerate(() => …)`, `.then(() => …)`), sorted by start, with the furthest end so far. */
  private readonly starts: number[] = [];
  private readonly reach: number[] = [];
  /** The earliest point after an `await` of a renewal, by the function the await is in. */
  private readonly afterAwait = new Map<FunctionNode | undefined, number>();

  constructor(
    private readonly file: FileContext,
    renewals: readonly Node[],
  ) {
    const callbacks: [number, number][] = [];
    for (const renewal of renewals) {
      for (const region of coveredRegions(file, renewal)) {
        if (region.kind === 'callback') callbacks.push([region.start, region.end]);
        else this.afterAwait.set(region.fn, Math.min(this.afterAwait.get(region.fn) ?? Infinity, region.start));
      }
    }
    callbacks.sort((a, b) => a[0] - b[0]);
    let furthest = -1;
    for (const [start, end] of callbacks) {
      furthest = Math.max(furthest, end);
      this.starts.push(start);
      this.reach.push(furthest);
    }
  }

  covers(write: Node): boolean {
    const at = write.range[0];
    const last = lastAtOrBefore(this.starts, at);
    if (last >= 0 && this.reach[last]! >= write.range[1]) return true;
    if (this.afterAwait.size === 0) return false;
    const after = this.afterAwait.get(enclosingFunction(this.file, write));
    return after !== undefined && at >= after;
  }
}

type Region = { readonly kind: 'callback'; readonly start: number; readonly end: number } | { readonly kind: 'afterAwait'; readonly start: number; readonly fn: FunctionNode | undefined };

/**
 * The regions a renewal covers: its own callbacks, the callbacks of `.then` on it, and the rest of
 * its function after an `await` of it (directly or through `new Promise`).
 */
function coveredRegions(file: FileContext, renewal: Node): Region[] {
  const regions: Region[] = [];
  const addCallbacks = (call: Node): void => {
    if (call.type !== 'CallExpression') return;
    for (const argument of call.arguments) {
      if (isFunction(unwrap(argument))) regions.push({ kind: 'callback', start: argument.range[0], end: argument.range[1] });
    }
  };
  addCallbacks(renewal);
  let parent = file.parentOf(renewal);
  while (parent) {
    if (parent.type === 'AwaitExpression') {
      regions.push({ kind: 'afterAwait', start: parent.range[1], fn: enclosingFunction(file, parent) });
      return regions;
    }
    if (parent.type === 'MemberExpression' && memberName(parent) === 'then') {
      const call = file.parentOf(parent);
      if (call) addCallbacks(call);
    }
    // Leave a function only when it is a Promise executor: `await new Promise((resolve) => req.session.regenerate(…))`.
    if (isFunction(parent) && !isPromiseExecutor(file, parent)) return regions;
    parent = file.parentOf(parent);
  }
  return regions;
}
