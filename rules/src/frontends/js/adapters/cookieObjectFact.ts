import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OptionKey } from '../../../model/edit';
import type { CookieWriteFact, LibraryId } from '../../../model/facts';
import type { AdapterContext } from '../adapterContext';
import { objectEditor, renderValue } from '../objectEditor';
import { rangeOfNode } from '../optionValues';
import type { JsValue } from '../values';
import { expiresEffect } from './cookieCall';
import { readCookieAttributes, type CookieDefaults } from './cookieOptions';

const ATTRIBUTE_KEYS: ReadonlySet<OptionKey> = new Set(['name', 'httpOnly', 'secure', 'sameSite', 'maxAge', 'domain', 'path']);

const optionName = (key: OptionKey): string => key;

/**
 * A cookie written as one object holding its name, value and attributes: Next.js
 * `cookies().set({ name: 'token', value, httpOnly: true })`. maxAge in seconds.
 */
export function cookieObjectFact(context: AdapterContext, call: TSESTree.CallExpression, objectNode: TSESTree.Expression, library: LibraryId, defaults: CookieDefaults): CookieWriteFact {
  const file = context.file;
  const optionsRange = rangeOfNode(objectNode);
  const options: JsValue = context.resolver.resolve(objectNode, file);
  let cookie = readCookieAttributes(file, options, [], defaults, optionsRange, 's');
  let clearing = false;
  if (options.kind === 'object') {
    const expires = expiresEffect(context, options, optionsRange);
    clearing = expires.clearing;
    if (expires.maxAge && cookie.maxAge.kind === 'absent') cookie = { ...cookie, maxAge: expires.maxAge };
  }
  if (cookie.maxAge.kind === 'known' && cookie.maxAge.value !== null && cookie.maxAge.value <= 0) clearing = true;
  const editor = objectEditor({
    file,
    options,
    syntax: { path: (key) => (ATTRIBUTE_KEYS.has(key) ? [key] : undefined), render: (_key, value, quote) => renderValue(value, quote, 's') },
  });
  return { kind: 'cookie-write', library, range: rangeOfNode(call), optionsRange, cookie, clearing, optionName, editor };
}
