import type { OptionKey } from '../../../model/edit';
import type { CookieAttributes, CookieWriteFact } from '../../../model/facts';
import { absent, known, type Value } from '../../../model/value';
import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import { entryAt, rangeOfNode } from '../optionValues';
import type { JsValue } from '../values';

/**
 * What browser cookie libraries (js-cookie, universal-cookie, ngx-cookie-service) share: they write
 * `document.cookie`, so the cookie can never be HttpOnly (browsers drop the attribute from script):
 * no HttpOnly finding can be fixed there, and none is reported. Secure and SameSite are judged only
 * for cookies that carry a credential.
 */

/** The options a script-written cookie can change: HttpOnly is not one of them. */
export const SCRIPT_COOKIE_KEYS: ReadonlySet<OptionKey> = new Set(['name', 'secure', 'sameSite', 'domain', 'path']);

/**
 * Words in a cookie's name, or in the name of the value written, that mark a credential. `sess` and
 * `sid` only as words of their own (`assessment`, `sidebar` are not), `auth` but not `author`.
 */
const CREDENTIAL_WORDS = /token|jwt|session|(?:^|[^a-z])(?:sess|sid)(?![a-z])|auth(?!or)|bearer|credential|api_?key|remember/i;

/**
 * A script-written cookie: HttpOnly is not an option it has (absent, with no default to judge). Its
 * `lifetimeOption` names the option a library takes the lifetime from where that is not `maxAge`
 * (js-cookie's and ngx-cookie-service's `expires`, in days or a Date), for messages.
 */
export function asScriptWritten(fact: CookieWriteFact, lifetimeOption?: string): CookieWriteFact {
  const optionName = lifetimeOption === undefined ? fact.optionName : (key: OptionKey): string => (key === 'maxAge' ? lifetimeOption : fact.optionName(key));
  return { ...fact, cookie: { ...fact.cookie, httpOnly: absent(undefined) }, optionName };
}

/** The names an expression is known by: `token`, `data.accessToken`, `getJwt()`, the parts of `'Bearer ' + token`. */
function namesOf(node: Node, names: string[] = []): string[] {
  const target = unwrap(node);
  switch (target.type) {
    case 'Identifier':
      names.push(target.name);
      break;
    case 'MemberExpression': {
      const name = memberName(target);
      if (name !== undefined) names.push(name);
      break;
    }
    case 'CallExpression':
      namesOf(target.callee, names);
      break;
    case 'AwaitExpression':
      namesOf(target.argument, names);
      break;
    case 'BinaryExpression':
      if (target.left.type !== 'PrivateIdentifier') namesOf(target.left, names);
      namesOf(target.right, names);
      break;
    case 'TemplateLiteral':
      for (const expression of target.expressions) namesOf(expression, names);
      break;
    case 'Literal':
      if (typeof target.value === 'string') names.push(target.value);
      break;
  }
  return names;
}

/**
 * True when the cookie's name (as resolved) or the value written (by the names it is known by)
 * looks like a credential: a `theme` or `locale` cookie written by script carries nothing to steal.
 */
export function carriesCredential(name: Value<string>, valueNode: Node | undefined): boolean {
  if (name.kind === 'known' && CREDENTIAL_WORDS.test(name.value)) return true;
  return valueNode !== undefined && namesOf(valueNode).some((word) => CREDENTIAL_WORDS.test(word));
}

/**
 * `expires` given as a number of days (js-cookie, ngx-cookie-service): the lifetime in seconds, or a
 * deletion when it is not positive. A Date is read by cookieCallFact already.
 */
export function withExpiresInDays(fact: CookieWriteFact, expires: JsValue | undefined, optionNode: Node | undefined): CookieWriteFact {
  if (expires?.kind !== 'literal' || typeof expires.value !== 'number' || !optionNode) return fact;
  if (expires.value <= 0) return { ...fact, clearing: true };
  const maxAge = known<number | null>(expires.value * 86400, rangeOfNode(expires.node), rangeOfNode(optionNode));
  return { ...fact, cookie: { ...fact.cookie, maxAge } };
}

/** The `expires` entry of a resolved options object, with the node to report it at. */
export function expiresEntry(options: JsValue): { value: JsValue | undefined; node: Node | undefined } {
  if (options.kind !== 'object') return { value: undefined, node: undefined };
  const { entry } = entryAt(options, ['expires']);
  return { value: entry?.value, node: entry?.property ?? undefined };
}

/** Replaces the attributes that are absent (not written at the call) by those of a library's configured defaults. */
export function withConfiguredDefaults(cookie: CookieAttributes, configured: CookieAttributes): CookieAttributes {
  const pick = <T>(own: Value<T>, fallback: Value<T>): Value<T> => (own.kind === 'absent' ? fallback : own);
  return {
    name: cookie.name,
    httpOnly: pick(cookie.httpOnly, configured.httpOnly),
    secure: pick(cookie.secure, configured.secure),
    sameSite: pick(cookie.sameSite, configured.sameSite),
    maxAge: pick(cookie.maxAge, configured.maxAge),
    domain: pick(cookie.domain, configured.domain),
    path: pick(cookie.path, configured.path),
  };
}
