import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextRange } from '../../../model/range';
import { absent, envValue, known, unknown, type Value } from '../../../model/value';
import type { AdapterContext } from '../adapterContext';
import { idGeneratorWeaknesses } from '../adapters/idGenerator';
import { entryAt, optionValue, rangeOfNode, type ValueReader } from '../optionValues';
import type { JsValue, ObjectValue } from '../values';

/** Reads one option of a plugin's options, with `absent` when left out and `unknown` when it cannot tell. */
export function optionReader(context: AdapterContext, options: JsValue | undefined, fallbackRange: TextRange) {
  const object = options?.kind === 'object' ? options : undefined;
  const noOptions = !options || (options.kind === 'literal' && (options.value === undefined || options.value === null));
  return <T>(path: readonly string[], reader: ValueReader<T>, fallback: T | undefined): Value<T> => {
    if (noOptions) return absent(fallback);
    if (!object) return unknown();
    const { entry, complete } = entryAt(object, path);
    return optionValue(context.file, entry, complete, reader, fallback, fallbackRange);
  };
}

/**
 * The session store: `'memory'` when left out (@fastify/session's default is an in-process Map) or
 * when it is the plugin's own `MemoryStore`/`Store`; otherwise the store as written.
 */
export function storeValue(context: AdapterContext, options: JsValue | undefined, modules: readonly string[], fallback: TextRange): Value<string> {
  if (!options || (options.kind === 'literal' && (options.value === undefined || options.value === null))) return absent('memory');
  if (options.kind !== 'object') return unknown();
  const { entry, complete } = entryAt(options, ['store']);
  if (!entry) return complete ? absent('memory') : unknown();
  const value = entry.value;
  const range = entry.property && entry.file === context.file ? rangeOfNode(entry.property) : fallback;
  // `options.store || new Store()`: any falsy store is the default one.
  if (value.kind === 'literal') return value.value ? unknown(range, range) : absent('memory');
  if (value.kind === 'env') {
    // `isProduction ? new RedisStore(…) : new MemoryStore()`: the store each environment gets.
    const candidates = value.candidates.map((candidate) => storeName(context, candidate, modules));
    if (candidates.some((c) => c === undefined)) return unknown(range, range);
    return envValue(value.source, rangeOfNode(value.node), candidates as string[], { optionRange: range });
  }
  const name = storeName(context, value, modules);
  return name === undefined ? unknown(range, range) : known(name, range, range);
}

/** 'memory' for the plugin's own MemoryStore, the store as written for any other; undefined when unknowable. */
function storeName(context: AdapterContext, value: JsValue, modules: readonly string[]): string | undefined {
  if (value.kind === 'literal') return value.value ? undefined : 'memory';
  if (value.kind === 'instance') {
    const of = value.of;
    if (of.kind === 'module' && modules.includes(of.module) && (of.path.join('.') === 'MemoryStore' || of.path.join('.') === 'Store')) return 'memory';
    if (of.kind === 'module' || of.kind === 'call' || of.kind === 'function' || of.kind === 'unknown') return excerpt(context, value.node);
  }
  if (value.kind === 'call' || value.kind === 'object') return excerpt(context, value.node ?? undefined);
  return undefined;
}

function excerpt(context: AdapterContext, node: TSESTree.Node | undefined): string {
  return node ? context.file.excerpt(node, 40) : 'a store';
}

/** Modules and exports whose ids are unguessable, when passed as the generator itself (`idGenerator: randomUUID`). */
const STRONG_GENERATORS: Readonly<Record<string, readonly string[]>> = {
  crypto: ['randomUUID'],
  'node:crypto': ['randomUUID'],
  uuid: ['v4', 'v7'],
  nanoid: ['nanoid'],
};

const WEAK_GENERATORS: Readonly<Record<string, readonly string[]>> = { uuid: ['v1', 'v6'] };

/** The weak randomness sources of an `idGenerator` (`[]` when strong, absent when left out). */
export function idGeneratorValue(context: AdapterContext, options: JsValue | undefined, path: readonly string[], fallback: TextRange): Value<readonly string[]> {
  if (options?.kind !== 'object') return options === undefined ? absent<readonly string[]>([]) : unknown();
  const { entry, complete } = entryAt(options, path);
  if (!entry) return complete ? absent<readonly string[]>([]) : unknown();
  const range = entry.property && entry.file === context.file ? rangeOfNode(entry.property) : fallback;
  const value = entry.value;
  if (value.kind === 'function') return known(idGeneratorWeaknesses(context, value.node, value.file), range, range);
  if (value.kind === 'literal' && value.value === undefined) return absent<readonly string[]>([]);
  if (value.kind === 'module') {
    const name = value.path[0];
    if (name && WEAK_GENERATORS[value.module]?.includes(name)) return known([`${value.module}.${name}`], range, range);
    if (name && STRONG_GENERATORS[value.module]?.includes(name)) return known<readonly string[]>([], range, range);
  }
  return unknown(range, range);
}
