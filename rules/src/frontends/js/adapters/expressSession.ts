import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OptionKey } from '../../../model/edit';
import type { SessionConfigFact } from '../../../model/facts';
import { absent, known, unknown, type Value } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { objectEditor } from '../objectEditor';
import { cookieAttributePaths, optionTable, type OptionPaths } from '../optionTable';
import { asBoolean, asString, entryAt, optionValue, rangeOfNode } from '../optionValues';
import { getEntry, type JsValue } from '../values';
import { readCookieAttributes } from './cookieOptions';
import { idGeneratorWeaknesses } from './idGenerator';
import { secretFacts } from './secrets';

const MODULES = ['express-session'];

const PATHS: OptionPaths = {
  ...cookieAttributePaths(['cookie']),
  name: ['name'],
  secret: ['secret'],
  store: ['store'],
  genid: ['genid'],
  rolling: ['rolling'],
};

/**
 * `key` is express-session's old name for `name` (`opts.name || opts.key || 'connect.sid'`): where
 * only `key` is written, it names the cookie, and a rename must edit it, not add a `name` that
 * overrides it (a logout that clears the `key` cookie would then clear the wrong one).
 */
const KEY_PATHS: OptionPaths = { ...PATHS, name: ['key'] };

const BY_NAME = optionTable(PATHS, 'ms');
const BY_KEY = optionTable(KEY_PATHS, 'ms');

/**
 * express-session (1.19): `app.use(session({ secret, cookie: { … } }))`. The `cookie` option may be
 * a function of the request since 1.19; its returned object is what counts.
 */
export const expressSessionAdapter: JsAdapter = {
  name: 'express-session',
  collect(context) {
    for (const call of context.callsTo(MODULES)) {
      const optionsNode = call.arguments[0];
      let options: JsValue | undefined = optionsNode ? context.resolver.resolve(optionsNode, context.file) : undefined;
      options = withCookieFunctionResolved(context, options);
      const range = rangeOfNode(call);
      const optionsRange = optionsNode ? rangeOfNode(optionsNode) : range;
      const object = options?.kind === 'object' ? options : undefined;
      const read = <T>(path: string[], reader: (v: never) => T | undefined, fallback: T | undefined): Value<T> => {
        if (!options) return absent(fallback);
        if (!object) return unknown();
        const { entry, complete } = entryAt(object, path);
        return optionValue(context.file, entry, complete, reader as never, fallback, optionsRange);
      };
      const namedByKey = !!object && !entryAt(object, ['name']).entry && !!entryAt(object, ['key']).entry;
      const { syntax, optionName } = namedByKey ? BY_KEY : BY_NAME;
      const editor = objectEditor({ file: context.file, options, syntax });
      const fact: SessionConfigFact = {
        kind: 'session-config',
        library: 'express-session',
        range,
        optionsRange,
        editor,
        optionName,
        serverSide: true,
        cookie: readCookieAttributes(
          context.file,
          options,
          ['cookie'],
          { name: undefined, httpOnly: true, secure: false, sameSite: undefined, maxAge: null, path: '/' },
          optionsRange,
          'ms',
          read(namedByKey ? ['key'] : ['name'], asString, 'connect.sid'),
        ),
        session: {
          store: storeValue(context, options, optionsRange),
          genid: genidValue(context, options, optionsRange),
          rolling: read(['rolling'], asBoolean, false),
        },
      };
      context.facts.push(fact);
      if (object) {
        const { entry } = entryAt(object, ['secret']);
        if (entry) context.facts.push(...secretFacts(context, 'express-session', 'session', 'secret', entry.value, entry, call, optionName));
      }
    }
  },
};

/** Replaces a function-valued `cookie` option by the object it returns. */
function withCookieFunctionResolved(context: AdapterContext, options: JsValue | undefined): JsValue | undefined {
  if (options?.kind !== 'object') return options;
  const entry = getEntry(options, 'cookie');
  if (!entry || entry.value.kind !== 'function') return options;
  const returned = context.resolver.returnValue(entry.value.node, entry.value.file, entry.value.node, 0);
  return { ...options, entries: options.entries.map((e) => (e === entry ? { ...e, value: returned } : e)) };
}

/** No options at all: the default; options that are not a visible object: unknown. */
function storeValue(context: AdapterContext, options: JsValue | undefined, fallback: { start: number; end: number }): Value<string> {
  if (!options) return absent('memory');
  const object = options.kind === 'object' ? options : undefined;
  if (!object) return unknown();
  const { entry, complete } = entryAt(object, ['store']);
  if (!entry) return complete ? absent('memory') : unknown();
  const value = entry.value;
  const range = entry.property && entry.file === context.file ? rangeOfNode(entry.property) : fallback;
  if (value.kind === 'literal' && value.value === undefined) return absent('memory');
  if (value.kind === 'instance') {
    const of = value.of;
    if (of.kind === 'module' && MODULES.includes(of.module) && of.path.join('.') === 'MemoryStore') return known('memory', range, range);
    if (of.kind === 'module' || of.kind === 'call' || of.kind === 'unknown' || of.kind === 'function') return known(storeName(value.node, context), range, range);
  }
  if (value.kind === 'call' || value.kind === 'object') return known(storeName(entry.property ?? value.node, context), range, range);
  return unknown(range, range);
}

function storeName(node: TSESTree.Node | undefined, context: AdapterContext): string {
  return node ? context.file.excerpt(node, 40) : 'a store';
}

function genidValue(context: AdapterContext, options: JsValue | undefined, fallback: { start: number; end: number }): Value<readonly string[]> {
  if (!options) return absent<readonly string[]>([]);
  const object = options.kind === 'object' ? options : undefined;
  if (!object) return unknown();
  const { entry, complete } = entryAt(object, ['genid']);
  if (!entry) return complete ? absent<readonly string[]>([]) : unknown();
  const range = entry.property && entry.file === context.file ? rangeOfNode(entry.property) : fallback;
  if (entry.value.kind !== 'function') return unknown(range, range);
  return known(idGeneratorWeaknesses(context, entry.value.node, entry.value.file), range, range);
}
