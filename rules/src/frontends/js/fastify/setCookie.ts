import type { FactEditor, OptionKey, TextEdit } from '../../../model/edit';
import type { CookieWriteFact } from '../../../model/facts';
import { unknown, type Value } from '../../../model/value';
import type { AdapterContext } from '../adapterContext';
import { objectEditor, quoteString, renderValue, type OptionSyntax } from '../objectEditor';
import { asString, fromJsValue, rangeOfNode } from '../optionValues';
import type { JsValue, ObjectValue } from '../values';
import { objectAt, readFastifyCookie } from './cookieValues';
import type { FastifyScopes } from './encapsulation';
import { setCookieSameSiteDefault } from './modules';
import type { PluginRegistration } from './registrations';
import type { ReplyCall } from './reply';

const ATTRIBUTES: ReadonlySet<OptionKey> = new Set(['httpOnly', 'secure', 'sameSite', 'maxAge', 'domain', 'path']);

/** Cookie options are flat and `maxAge` counts seconds (they go to the `cookie` package's serialize). */
const syntax: OptionSyntax = {
  path: (key) => (ATTRIBUTES.has(key) ? [key] : undefined),
  render: (_key, value, quote) => renderValue(value, quote, 's'),
};

const optionName = (key: OptionKey): string => key;

/** The defaults a registration's `parseOptions` give to `setCookie`: an object, none, or unknown. */
type ParseDefaults = { readonly kind: 'none' } | { readonly kind: 'unknown' } | { readonly kind: 'object'; readonly value: ObjectValue };

/**
 * One `reply.setCookie(name, value, opts)` / `reply.cookie(…)` / `reply.clearCookie(name, opts)`.
 * @fastify/cookie merges the registration's `parseOptions` under the call's options, so an attribute
 * left out of the call takes the registration's value, and only then the library default (no
 * HttpOnly, no Secure, SameSite 'lax' since v10). Which registration applies follows Fastify's
 * encapsulation; with none visible in the file the library defaults apply.
 */
export function setCookieFact(context: AdapterContext, reply: ReplyCall, registrations: readonly PluginRegistration[], scopes: () => FastifyScopes, fallbackModule: string): CookieWriteFact {
  const { call, method } = reply;
  const file = context.file;
  const clears = method === 'clearCookie';
  const optionsIndex = clears ? 1 : 2;
  const hasSpread = call.arguments.some((a) => a.type === 'SpreadElement');
  const registration = applicableRegistration(reply, registrations, scopes);
  const parse = parseDefaults(registration);
  const nameNode = call.arguments[0];
  const nameValue = nameNode && !hasSpread ? context.resolver.resolve(nameNode, file) : undefined;
  const name: Value<string> = nameValue && nameNode ? fromJsValue(file, nameValue, asString, undefined, rangeOfNode(nameNode)) : unknown();
  const optionsNode = hasSpread ? undefined : call.arguments[optionsIndex];
  const callOptions: JsValue | undefined = hasSpread ? { kind: 'unknown' } : optionsNode ? context.resolver.resolve(optionsNode, file) : undefined;
  const range = rangeOfNode(call);
  const optionsRange = optionsNode ? rangeOfNode(optionsNode) : range;
  const module = registration?.module ?? fallbackModule;
  const { cookie, clearing } = readFastifyCookie(
    context,
    mergeOptions(parse, callOptions),
    [],
    { httpOnly: false, secure: false, sameSite: setCookieSameSiteDefault(module, file.project), maxAge: null, path: undefined },
    optionsRange,
    's',
    name,
  );
  const maxAge = cookie.maxAge;
  const expired = maxAge.kind === 'known' && maxAge.value !== null && maxAge.value <= 0;
  return {
    kind: 'cookie-write',
    library: '@fastify/cookie',
    range,
    optionsRange,
    cookie,
    clearing: clears || clearing || expired,
    optionName,
    related: registration?.call && parse.kind === 'object' ? [{ message: 'parseOptions given at registration apply to this cookie.', range: rangeOfNode(registration.call) }] : undefined,
    editor: hasSpread ? undefined : setCookieEditor(context, reply, optionsIndex, callOptions, parse, nameValue),
  };
}

/** The registration whose scope reaches the call: the innermost of those that do. */
function applicableRegistration(reply: ReplyCall, registrations: readonly PluginRegistration[], lazyScopes: () => FastifyScopes): PluginRegistration | undefined {
  if (registrations.length === 0) return undefined;
  if (registrations.length === 1 && !registrations[0]!.call) return registrations[0];
  const scopes = lazyScopes();
  const callScope = scopes.scopeOf(reply.call);
  let best: { registration: PluginRegistration; depth: number } | undefined;
  for (const registration of registrations) {
    // An autoload re-export is registered on the app from outside the file: it reaches every route.
    const depth = registration.call ? scopes.depthBelow(callScope, scopes.instanceScopeOf(registration.call)) : Number.MAX_SAFE_INTEGER;
    if (depth !== undefined && (!best || depth < best.depth)) best = { registration, depth };
  }
  return best?.registration;
}

function parseDefaults(registration: PluginRegistration | undefined): ParseDefaults {
  if (!registration) return { kind: 'none' };
  const options = registration.options;
  if (!options || (options.kind === 'literal' && (options.value === undefined || options.value === null))) return { kind: 'none' };
  if (options.kind !== 'object') return { kind: 'unknown' };
  const parse = objectAt(options, ['parseOptions']);
  if (parse) return { kind: 'object', value: parse };
  const written = options.entries.some((e) => e.key === 'parseOptions');
  return written || !options.complete ? { kind: 'unknown' } : { kind: 'none' };
}

/** The options `setCookie` acts on: the call's over the registration's `parseOptions`. */
function mergeOptions(parse: ParseDefaults, call: JsValue | undefined): JsValue | undefined {
  if (parse.kind === 'none') return call;
  if (parse.kind === 'unknown') return call?.kind === 'object' ? { ...call, complete: false } : { kind: 'unknown' };
  if (!call || (call.kind === 'literal' && call.value === undefined)) return { ...parse.value, node: undefined };
  if (call.kind !== 'object') return { kind: 'unknown' };
  return { kind: 'object', entries: [...parse.value.entries, ...call.entries], complete: parse.value.complete && call.complete, node: call.node, file: call.file };
}

/**
 * Edits the option where it is decided: in the call when the call sets it; in `parseOptions` when
 * only the registration does (one edit fixes every cookie it reaches); otherwise it adds it to the
 * call. Renames replace the name literal.
 */
function setCookieEditor(context: AdapterContext, reply: ReplyCall, optionsIndex: number, callOptions: JsValue | undefined, parse: ParseDefaults, nameValue: JsValue | undefined): FactEditor {
  const { call } = reply;
  const addOptionsArgument = (objectText: string): TextEdit[] | undefined => {
    if (call.arguments.length !== optionsIndex) return undefined;
    const last = call.arguments[call.arguments.length - 1];
    return last ? [{ range: { start: last.range[1], end: last.range[1] }, newText: `, ${objectText}` }] : undefined;
  };
  const callEditor = objectEditor({ file: context.file, options: callOptions, syntax, addOptionsArgument });
  const parseEditor = parse.kind === 'object' ? objectEditor({ file: context.file, options: parse.value, syntax }) : undefined;
  const decidedByRegistration = (key: OptionKey): boolean =>
    parse.kind === 'object' && parse.value.entries.some((e) => e.key === key) && !(callOptions?.kind === 'object' && callOptions.entries.some((e) => e.key === key));
  return {
    setOption(key, value) {
      if (key === 'name') {
        if (value.type !== 'string' || nameValue?.kind !== 'literal' || nameValue.file !== context.file || nameValue.node.type !== 'Literal') return undefined;
        const quote = context.file.text[nameValue.node.range[0]] === '"' ? '"' : "'";
        return [{ range: rangeOfNode(nameValue.node), newText: quoteString(value.value, quote) }];
      }
      if (decidedByRegistration(key)) return parseEditor?.setOption(key, value);
      return callEditor.setOption(key, value);
    },
    removeOption(key) {
      return decidedByRegistration(key) ? parseEditor?.removeOption?.(key) : callEditor.removeOption?.(key);
    },
  };
}
