import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, unwrap, type Node } from './ast';
import type { FileContext } from './fileContext';
import { lookup, type Binding } from './scope';
import { candidatesOf, joinCandidates, truthiness, type JsValue, type ObjectEntry, type ObjectValue } from './values';

/**
 * Member assignments to a const object: `sess.cookie.secure = true` after `const sess = { cookie: {} }`
 * (the express-session README's own production example). Libraries read the options object
 * when a request comes in, so every such assignment counts, wherever it is in the file:
 * - in straight-line code of the object's own scope it overrides the value;
 * - under a condition (`if (app.get('env') === 'production')`) the value becomes env, with both
 *   the old and the new value as candidates;
 * - inside another function (it runs at a time we cannot know) the value becomes unknown.
 */

type Resolve = (node: Node, file: FileContext) => JsValue;

interface Mutation {
  readonly path: readonly string[];
  readonly assignment: TSESTree.AssignmentExpression;
  readonly when: { readonly kind: 'always' } | { readonly kind: 'never' } | { readonly kind: 'condition'; readonly test: Node } | { readonly kind: 'elsewhere' };
}

const byFile = new WeakMap<FileContext, Map<string, TSESTree.AssignmentExpression[]>>();

/** Member assignments of a file by the name of the variable they start from. */
function memberAssignments(file: FileContext): Map<string, TSESTree.AssignmentExpression[]> {
  let map = byFile.get(file);
  if (map) return map;
  map = new Map();
  for (const assignment of file.assignments) {
    if (assignment.operator !== '=' || assignment.left.type !== 'MemberExpression') continue;
    let root: Node = assignment.left;
    while (root.type === 'MemberExpression') root = unwrap(root.object);
    if (root.type !== 'Identifier') continue;
    const list = map.get(root.name) ?? [];
    list.push(assignment);
    map.set(root.name, list);
  }
  byFile.set(file, map);
  return map;
}

/** `a.b['c']` below the root → ['b', 'c']; undefined when a key is computed from a run-time value. */
function pathBelowRoot(node: TSESTree.MemberExpression): string[] | undefined {
  const keys: string[] = [];
  let current: Node = node;
  while (current.type === 'MemberExpression') {
    const key = memberName(current);
    if (key === undefined) return undefined;
    keys.unshift(key);
    current = unwrap(current.object);
  }
  return keys;
}

/** Where an assignment runs relative to the declaration's scope. */
function whenRuns(file: FileContext, assignment: Node, scope: Node, resolve: Resolve): Mutation['when'] {
  let child: Node = assignment;
  let parent = file.parentOf(child);
  let condition: Node | undefined;
  while (parent && parent !== scope) {
    if (isFunction(parent)) return { kind: 'elsewhere' };
    if (parent.type === 'IfStatement' && child !== parent.test) {
      const decided = truthiness(resolve(parent.test, file));
      if (decided !== undefined && decided !== (child === parent.consequent)) return { kind: 'never' };
      if (decided === undefined) condition ??= parent.test;
    } else if (parent.type === 'ConditionalExpression' && child !== parent.test) {
      condition ??= parent.test;
    } else if (parent.type === 'LogicalExpression' && child === parent.right) {
      condition ??= parent.left;
    } else if (parent.type === 'SwitchCase' || parent.type === 'CatchClause') {
      condition ??= parent;
    } else if (parent.type === 'ForStatement' || parent.type === 'ForInStatement' || parent.type === 'ForOfStatement' || parent.type === 'WhileStatement' || parent.type === 'DoWhileStatement') {
      condition ??= parent;
    }
    child = parent;
    parent = file.parentOf(child);
  }
  if (!parent) return { kind: 'elsewhere' };
  return condition ? { kind: 'condition', test: condition } : { kind: 'always' };
}

function sameBinding(a: Binding | undefined, b: Extract<Binding, { kind: 'variable' }>): boolean {
  return a?.kind === 'variable' && a.id === b.id;
}

/** A member assignment to one binding, with its path below the binding (undefined: a computed key). */
interface BindingAssignment {
  readonly assignment: TSESTree.AssignmentExpression;
  readonly path: string[] | undefined;
  /** Where it runs, when that follows from the syntax alone (no `if` test to evaluate on the way). */
  readonly when: Mutation['when'] | undefined;
}

/**
 * The member assignments to a binding, by its declaring identifier. They depend on the syntax only,
 * and a value is resolved again and again (each use of a module's export resolves the module's
 * exports object anew), so they are found once per binding.
 */
const assignmentsByBinding = new WeakMap<TSESTree.Identifier, readonly BindingAssignment[]>();

function bindingAssignments(file: FileContext, binding: Extract<Binding, { kind: 'variable' }>, scope: Node): readonly BindingAssignment[] {
  let found = assignmentsByBinding.get(binding.id);
  if (found) return found;
  const list: BindingAssignment[] = [];
  for (const assignment of memberAssignments(file).get(binding.id.name) ?? []) {
    const left = assignment.left as TSESTree.MemberExpression;
    let root: Node = left;
    while (root.type === 'MemberExpression') root = unwrap(root.object);
    if (!sameBinding(lookup(file, binding.id.name, root), binding)) continue;
    let evaluates = false;
    const when = whenRuns(file, assignment, scope, (node, f) => {
      evaluates = true;
      return { kind: 'unknown', node, file: f };
    });
    list.push({ assignment, path: pathBelowRoot(left), when: evaluates ? undefined : when });
  }
  found = list;
  assignmentsByBinding.set(binding.id, found);
  return found;
}

function mutationsOf(file: FileContext, binding: Extract<Binding, { kind: 'variable' }>, resolve: Resolve): Mutation[] {
  const scope = file.parentOf(binding.declaration);
  if (!scope) return [];
  const mutations: Mutation[] = [];
  for (const known of bindingAssignments(file, binding, scope)) {
    const { assignment, path } = known;
    // Under an `if`, where it runs depends on the test's value: evaluated with this resolver, as before.
    const when = known.when ?? whenRuns(file, assignment, scope, resolve);
    if (when.kind === 'never') continue;
    // A computed key from a run-time value may hit any option: the whole object is then unknown.
    if (!path) return [{ path: [], assignment, when: { kind: 'elsewhere' } }];
    mutations.push({ path, assignment, when });
  }
  return mutations;
}

/**
 * Objects made while applying one binding's assignments, with the latest value of each key: only
 * the final object is ever seen, so their entries grow in place and are looked up by key. Copying
 * an object for every assignment below it, or scanning its entries for each new key, made thousands
 * of assignments to `opts.cookie.*` quadratic.
 */
type Owned = WeakMap<ObjectValue, Map<string, JsValue>>;

function ownedCopy(object: ObjectValue, owned: Owned): ObjectValue {
  if (owned.has(object)) return object;
  const copy: ObjectValue = { ...object, entries: [...object.entries] };
  owned.set(copy, new Map(object.entries.map((entry) => [entry.key, entry.value])));
  return copy;
}

function setEntry(object: ObjectValue, key: string, value: JsValue, file: FileContext, owned: Owned): void {
  (object.entries as ObjectEntry[]).push({ key, value, property: undefined, file });
  owned.get(object)!.set(key, value);
}

function ownedValue(object: ObjectValue, key: string, at: Node, file: FileContext, owned: Owned): JsValue {
  const value = owned.get(object)!.get(key);
  if (value) return value;
  return object.complete ? { kind: 'literal', value: undefined, node: at, file } : { kind: 'unknown', node: at, file };
}

/** Applies one assignment at (non-empty) `path` below an owned object. */
function applyAt(object: ObjectValue, path: readonly string[], make: (previous: JsValue) => JsValue, at: Node, file: FileContext, owned: Owned): void {
  const [key, ...rest] = path;
  const previous = ownedValue(object, key!, at, file, owned);
  if (rest.length === 0) return setEntry(object, key!, make(previous), file, owned);
  const child: ObjectValue | undefined =
    previous.kind === 'object' ? ownedCopy(previous, owned) : previous.kind === 'literal' && previous.value === undefined ? ownedCopy({ kind: 'object', entries: [], complete: true, node: undefined, file }, owned) : undefined;
  if (!child) return setEntry(object, key!, { kind: 'unknown', node: at, file }, file, owned);
  applyAt(child, rest, make, at, file, owned);
  if (child !== previous) setEntry(object, key!, child, file, owned);
}

/** The object a const binding holds once the file's member assignments to it are applied. */
export function withMemberAssignments(file: FileContext, binding: Extract<Binding, { kind: 'variable' }>, object: ObjectValue, resolve: Resolve): JsValue {
  const owned: Owned = new WeakMap();
  const current = ownedCopy(object, owned);
  let applied = false;
  for (const mutation of mutationsOf(file, binding, resolve)) {
    const { assignment, when } = mutation;
    if (mutation.path.length === 0) return { kind: 'unknown', node: assignment, file };
    applied = true;
    applyAt(
      current,
      mutation.path,
      (previous) => {
        if (when.kind === 'elsewhere') return { kind: 'unknown', node: assignment, file };
        const assigned = resolve(assignment.right, file);
        if (when.kind === 'always') return assigned;
        const test = when.kind === 'condition' ? when.test : assignment;
        const testValue = resolve(test, file);
        const source = testValue.kind === 'env' ? testValue.source : file.excerpt(test, 40);
        return { kind: 'env', source, candidates: joinCandidates(candidatesOf(previous), candidatesOf(assigned)), node: assignment.right, file };
      },
      assignment,
      file,
      owned,
    );
  }
  return applied ? current : object;
}
