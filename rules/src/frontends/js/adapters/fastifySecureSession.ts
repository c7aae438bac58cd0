import type { OptionKey } from '../../../model/edit';
import type { SessionConfigFact } from '../../../model/facts';
import { absent, unknown, type Value } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import type { Node } from '../ast';
import { readFastifyCookie } from '../fastify/cookieValues';
import { SECURE_SESSION_PLUGIN, secureSessionExpiryDefault, secureSessionSameSiteDefault } from '../fastify/modules';
import { pluginRegistrations, registrationRange, type PluginRegistration } from '../fastify/registrations';
import { optionReader } from '../fastify/sessionOptions';
import { objectEditor, renderValue, type OptionSyntax } from '../objectEditor';
import { asNumber, asString, entryAt, optionValue, rangeOfNode } from '../optionValues';
import { getEntry, type JsValue } from '../values';
import { secretFacts } from './secrets';

const COOKIE_ATTRIBUTES: readonly OptionKey[] = ['httpOnly', 'secure', 'sameSite', 'maxAge', 'domain', 'path'];

/**
 * Option paths of one session's options. The cookie options live under `cookie`, or under the
 * older alias `cookieOptions` when that is what the code uses (the plugin prefers it).
 */
function syntaxFor(cookieKey: string): { syntax: OptionSyntax; optionName: (key: OptionKey) => string } {
  const path = (key: OptionKey): readonly string[] | undefined => {
    if (COOKIE_ATTRIBUTES.includes(key)) return [cookieKey, key];
    if (key === 'name') return ['cookieName'];
    if (key === 'absoluteTimeout') return ['expiry'];
    if (key === 'secret') return ['secret'];
    return undefined;
  };
  return {
    // Cookie maxAge goes to @fastify/cookie, which counts seconds; so does `expiry`.
    syntax: { path, render: (_key, value, quote) => renderValue(value, quote, 's') },
    optionName: (key) => (path(key) ?? [key]).join('.'),
  };
}

/**
 * @fastify/secure-session (8) and the legacy fastify-secure-session: a stateless session encrypted
 * into the cookie. `{ key }` or `{ secret, salt }`, `cookie` options handed to @fastify/cookie's
 * `setCookie`, `expiry` (seconds, default 86401), `sessionName`/`cookieName` (default `session`),
 * and an array of such objects for several sessions. The plugin sets `httpOnly: true` when the
 * cookie options leave it out and nothing else: no Secure, SameSite as @fastify/cookie sends it.
 */
export const fastifySecureSessionAdapter: JsAdapter = {
  name: '@fastify/secure-session',
  collect(context) {
    for (const registration of pluginRegistrations(context, SECURE_SESSION_PLUGIN)) {
      const options = registration.options;
      if (options?.kind === 'array') {
        for (const element of options.elements) {
          // An element written in this file is where its findings go; one from an imported module points at the registration.
          const local = element.kind !== 'unknown' && element.file === context.file ? element.node : undefined;
          collectSession(context, registration, element, local ?? registration.optionsNode, local !== undefined);
        }
      } else {
        collectSession(context, registration, options, registration.optionsNode, false);
      }
    }
  },
};

/** One session's options; `ownRange`: the options are an element of the array form, which is the fact's place. */
function collectSession(context: AdapterContext, registration: PluginRegistration, options: JsValue | undefined, optionsNode: Node | undefined, ownRange: boolean): void {
  const optionsRange = optionsNode ? rangeOfNode(optionsNode) : registrationRange(registration);
  const range = ownRange ? optionsRange : registrationRange(registration);
  const object = options?.kind === 'object' ? options : undefined;
  const cookieKey = object && getEntry(object, 'cookieOptions') ? 'cookieOptions' : 'cookie';
  const { syntax, optionName } = syntaxFor(cookieKey);
  const read = optionReader(context, options, optionsRange);
  const { cookie } = readFastifyCookie(
    context,
    options,
    [cookieKey],
    { httpOnly: true, secure: false, sameSite: secureSessionSameSiteDefault(registration.module, context.file.project), maxAge: null, path: undefined },
    optionsRange,
    's',
    cookieName(context, options, optionsRange),
  );
  const fact: SessionConfigFact = {
    kind: 'session-config',
    library: registration.module,
    range,
    optionsRange,
    editor: objectEditor({ file: context.file, options, syntax, addOptionsArgument: registration.addOptions }),
    optionName,
    serverSide: false,
    cookie,
    session: { absoluteTimeout: read(['expiry'], asNumber, secureSessionExpiryDefault(registration.module)) },
  };
  context.facts.push(fact);
  if (!object) return;
  for (const option of ['secret', 'key']) {
    const { entry } = entryAt(object, [option]);
    // `key: fs.readFileSync(…)` resolves to no literal and stays unknown: a key file is not a hardcoded secret.
    if (entry) context.facts.push(...secretFacts(context, registration.module, 'session', option, entry.value, entry, registration.at, optionName));
  }
}

/** The cookie is named `cookieName`, else `sessionName`, else `session`. */
function cookieName(context: AdapterContext, options: JsValue | undefined, fallback: { start: number; end: number }): Value<string> {
  if (!options || (options.kind === 'literal' && options.value === undefined)) return absent('session');
  if (options.kind !== 'object') return unknown();
  for (const key of ['cookieName', 'sessionName']) {
    const { entry, complete } = entryAt(options, [key]);
    if (entry) return optionValue(context.file, entry, complete, asString, 'session', fallback);
    if (!complete) return unknown();
  }
  return absent('session');
}
