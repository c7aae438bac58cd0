import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FactEditor } from '../../../model/edit';
import type { CookieWriteFact } from '../../../model/facts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { objectEditor, quoteOf, type OptionSyntax } from '../objectEditor';
import { cookieAttributePaths, optionTable, type OptionPaths } from '../optionTable';
import { asString, entryAt, optionValue, rangeOfNode } from '../optionValues';
import type { JsValue, ObjectEntry } from '../values';
import { readCookieAttributes, type CookieDefaults } from './cookieOptions';

const MODULES = ['csurf', '@dr.pogodin/csurf'];

/**
 * csurf 1.11 with `cookie` set keeps the token secret in a cookie of its own (the double-submit
 * pattern) instead of the session. Its `getCookieOptions` starts from `{ key: '_csrf', path: '/' }`
 * and copies the given options over; `setCookie` writes them with `cookie.serialize`, so nothing else
 * is added: no HttpOnly, no Secure, no SameSite, and `maxAge` in seconds (README: "secure … defaults
 * to false", "httpOnly … defaults to false", "sameSite … defaults to false").
 */
const DEFAULTS: CookieDefaults = { name: '_csrf', httpOnly: false, secure: false, sameSite: undefined, maxAge: null, path: '/' };

const PATHS: OptionPaths = { ...cookieAttributePaths(['cookie']), name: ['cookie', 'key'] };

const { syntax, optionName } = optionTable(PATHS, 's');

/** `csrf({ cookie: true })` and `csrf({ cookie: { key, httpOnly, secure, sameSite, maxAge, domain, path, signed } })`. */
export const csurfCookieAdapter: JsAdapter = {
  name: 'csurf',
  collect(context) {
    for (const call of context.callsTo(MODULES)) {
      const optionsNode = call.arguments[0];
      if (!optionsNode || optionsNode.type === 'SpreadElement') continue;
      const options = context.resolver.resolve(optionsNode, context.file);
      if (options.kind !== 'object') continue;
      const { entry } = entryAt(options, ['cookie']);
      const fact = entry && secretCookieFact(context, call, options, entry, optionsNode);
      if (fact) context.facts.push(fact);
    }
  },
};

function secretCookieFact(context: AdapterContext, call: TSESTree.CallExpression, options: JsValue, entry: ObjectEntry, optionsNode: TSESTree.Node): CookieWriteFact | undefined {
  const cookie = entry.value;
  const enabled = cookie.kind === 'object' || (cookie.kind === 'literal' && cookie.value === true);
  // `cookie: false` (the default) keeps the secret in the session; a value the analysis cannot see is not judged.
  if (!enabled) return undefined;
  const optionsRange = entry.property && entry.file === context.file ? rangeOfNode(entry.property) : rangeOfNode(optionsNode);
  // `cookie: true` takes every default: read them as if no options were given.
  const attributesFrom = cookie.kind === 'object' ? options : undefined;
  const { entry: keyEntry, complete } = cookie.kind === 'object' ? entryAt(cookie, ['key']) : { entry: undefined, complete: true };
  const name = optionValue(context.file, keyEntry, complete, asString, DEFAULTS.name, optionsRange);
  return {
    kind: 'cookie-write',
    library: 'csurf',
    range: rangeOfNode(call),
    optionsRange,
    editor: cookie.kind === 'object' ? objectEditor({ file: context.file, options, syntax }) : trueOptionEditor(context, entry, options),
    optionName,
    cookie: readCookieAttributes(context.file, attributesFrom, ['cookie'], DEFAULTS, optionsRange, 's', name),
    clearing: false,
    // Only csurf reads its secret back (the page gets tokens from req.csrfToken()): HttpOnly keeps behaviour.
    libraryOwned: true,
  };
}

/** `cookie: true` → `cookie: { httpOnly: true }`: the object keeps every other default, as `true` did. */
function trueOptionEditor(context: AdapterContext, entry: ObjectEntry, options: JsValue): FactEditor | undefined {
  const property = entry.property;
  if (!property || entry.file !== context.file || property.type !== 'Property' || property.shorthand) return undefined;
  const value = property.value;
  const quote = quoteOf(context.file, options.kind === 'object' ? options : undefined);
  const attributes: OptionSyntax = syntax;
  return {
    setOption(key, fixValue) {
      const path = attributes.path(key);
      const text = path && attributes.render(key, fixValue, quote);
      if (!path || text === undefined || path.length !== 2) return undefined;
      return [{ range: rangeOfNode(value), newText: `{ ${path[1]}: ${text} }` }];
    },
  };
}
