import type { OptionKey } from '../../../model/edit';
import type { SessionConfigFact } from '../../../model/facts';
import type { JsAdapter } from '../adapterContext';
import { objectEditor } from '../objectEditor';
import { cookieAttributePaths, optionTable, type OptionPaths } from '../optionTable';
import { entryAt, rangeOfNode } from '../optionValues';
import type { JsValue } from '../values';
import { expiresEffect } from './cookieCall';
import { readCookieAttributes, type CookieDefaults } from './cookieOptions';
import { keygripKeys, secretFacts } from './secrets';

const MODULES = ['cookie-session'];

/**
 * cookie-session 2.x: the whole session lives in a signed (not encrypted) cookie named `session`. It
 * writes through the `cookies` package without a `secure` option, so an absent `secure` makes the
 * cookie Secure exactly on HTTPS requests (`req.protocol === 'https'`), like express-session's 'auto'.
 */
const DEFAULTS: CookieDefaults = { name: 'session', httpOnly: true, secure: 'auto', sameSite: undefined, maxAge: null, path: '/' };

/** Its options are flat: `cookieSession({ secure, httpOnly })`, not `cookie: { … }`. */
const PATHS: OptionPaths = {
  ...cookieAttributePaths([]),
  name: ['name'],
  secret: ['secret'],
};

const { syntax, optionName } = optionTable(PATHS, 'ms');

/** cookie-session: `app.use(cookieSession({ name, keys, secret, maxAge, secure, httpOnly, sameSite, domain, path, signed }))`. */
export const cookieSessionAdapter: JsAdapter = {
  name: 'cookie-session',
  collect(context) {
    for (const call of context.callsTo(MODULES)) {
      const optionsNode = call.arguments[0];
      const options: JsValue | undefined = optionsNode ? context.resolver.resolve(optionsNode, context.file) : undefined;
      const range = rangeOfNode(call);
      const optionsRange = optionsNode ? rangeOfNode(optionsNode) : range;
      let cookie = readCookieAttributes(context.file, options, [], DEFAULTS, optionsRange, 'ms');
      if (options?.kind === 'object' && cookie.maxAge.kind === 'absent') {
        const expires = expiresEffect(context, options, optionsRange);
        if (expires.maxAge) cookie = { ...cookie, maxAge: expires.maxAge };
      }
      const fact: SessionConfigFact = {
        kind: 'session-config',
        library: 'cookie-session',
        range,
        optionsRange,
        editor: objectEditor({ file: context.file, options, syntax }),
        optionName,
        serverSide: false,
        cookie,
        // No store and no id generator: the session is the cookie.
        session: {},
      };
      context.facts.push(fact);
      if (options?.kind !== 'object') continue;
      for (const key of ['keys', 'secret']) {
        const { entry } = entryAt(options, [key]);
        if (!entry) continue;
        const value = keygripKeys(context, entry.value);
        if (value.kind === 'literal' && (value.value === undefined || value.value === null)) continue;
        context.facts.push(...secretFacts(context, 'cookie-session', 'session', key, value, entry, call, optionName));
      }
    }
  },
};
