import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../../model/edit';
import type { CookieAttributes, CookieWriteFact } from '../../../model/facts';
import { absent, unknown, type Value } from '../../../model/value';
import type { AdapterContext } from '../adapterContext';
import { quoteOf, quoteString } from '../objectEditor';
import { asBoolean, asString, fromJsValue, rangeOfNode, type ValueReader } from '../optionValues';
import { asSameSite } from './cookieOptions';
import { withEditorLimits } from './cookieFactEditing';
import { NGX_EDITOR_LIMITS, noneForcesSecure } from './ngxCookieOptions';
import { asScriptWritten, withExpiresInDays } from './scriptCookie';

/** The positional signature `set(name, value, expires?, path?, domain?, secure?, sameSite?)`. */
const POSITION: Partial<Record<OptionKey, number>> = { path: 3, domain: 4, secure: 5, sameSite: 6 };
const EXPIRES_POSITION = 2;

const POSITION_NAMES: Partial<Record<OptionKey, string>> = { maxAge: 'expires (3rd argument, days)', secure: 'secure (6th argument)', sameSite: 'sameSite (7th argument)', path: 'path (4th argument)', domain: 'domain (5th argument)' };
const optionName = (key: OptionKey): string => POSITION_NAMES[key] ?? key;

/** ngx-cookie-service's older positional `set(…)`: each attribute is an argument. */
export function ngxPositionalFact(context: AdapterContext, call: TSESTree.CallExpression): CookieWriteFact {
  const file = context.file;
  const range = rangeOfNode(call);
  const argument = <T>(index: number, read: ValueReader<T>, fallback: T | undefined): Value<T> => {
    const node = call.arguments[index];
    if (!node) return absent(fallback);
    if (node.type === 'SpreadElement') return unknown();
    return fromJsValue(file, context.resolver.resolve(node, file), read, fallback, rangeOfNode(node), rangeOfNode(node));
  };
  const cookie: CookieAttributes = {
    name: argument(0, asString, undefined),
    httpOnly: absent(undefined),
    secure: argument(POSITION.secure!, asBoolean, false),
    // The library sends Lax for a missing or empty sameSite argument.
    sameSite: argument<string>(POSITION.sameSite!, (v) => (v === '' || v === false || v === null ? 'lax' : asSameSite(v)), 'lax'),
    maxAge: absent(null),
    domain: argument(POSITION.domain!, asString, undefined),
    path: argument(POSITION.path!, asString, undefined),
  };
  const expiresNode = call.arguments[EXPIRES_POSITION];
  const expires = expiresNode && expiresNode.type !== 'SpreadElement' ? context.resolver.resolve(expiresNode, file) : undefined;
  const fact: CookieWriteFact = {
    kind: 'cookie-write',
    library: 'ngx-cookie-service',
    range,
    optionsRange: range,
    cookie: expires?.kind === 'instance' ? { ...cookie, maxAge: unknown(rangeOfNode(expiresNode!)) } : cookie,
    clearing: false,
    optionName,
    editor: positionalEditor(context, call),
  };
  return withEditorLimits(asScriptWritten(noneForcesSecure(withExpiresInDays(fact, expires, expiresNode))), NGX_EDITOR_LIMITS);
}

/** Replaces an argument, or appends it after `undefined` for the ones in between. */
function positionalEditor(context: AdapterContext, call: TSESTree.CallExpression): FactEditor {
  const quote = quoteOf(context.file, undefined);
  const render = (value: FixValue): string | undefined => (value.type === 'boolean' ? String(value.value) : value.type === 'string' ? quoteString(value.value, quote) : undefined);
  return {
    setOption(key, value): TextEdit[] | undefined {
      const index = POSITION[key];
      const text = render(value);
      if (index === undefined || text === undefined || call.arguments.some((a) => a.type === 'SpreadElement')) return undefined;
      const existing = call.arguments[index];
      if (existing) return [{ range: rangeOfNode(existing), newText: text }];
      const last = call.arguments[call.arguments.length - 1];
      if (!last) return undefined;
      const fillers = Array.from({ length: index - call.arguments.length }, () => 'undefined');
      return [{ range: { start: last.range[1], end: last.range[1] }, newText: `, ${[...fillers, text].join(', ')}` }];
    },
  };
}
