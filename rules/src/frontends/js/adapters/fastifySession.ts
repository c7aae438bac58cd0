import type { OptionKey } from '../../../model/edit';
import type { SessionConfigFact } from '../../../model/facts';
import type { JsAdapter } from '../adapterContext';
import { readFastifyCookie } from '../fastify/cookieValues';
import { SESSION_PLUGIN } from '../fastify/modules';
import { pluginRegistrations, registrationRange } from '../fastify/registrations';
import { idGeneratorValue, optionReader, storeValue } from '../fastify/sessionOptions';
import { objectEditor } from '../objectEditor';
import { cookieAttributePaths, optionTable, type OptionPaths } from '../optionTable';
import { asBoolean, asString, entryAt, rangeOfNode } from '../optionValues';
import { secretFacts } from './secrets';

/** Like express-session's, but `cookieName` and `idGenerator`; `cookie.maxAge` is in milliseconds too. */
const PATHS: OptionPaths = {
  ...cookieAttributePaths(['cookie']),
  name: ['cookieName'],
  secret: ['secret'],
  store: ['store'],
  genid: ['idGenerator'],
  rolling: ['rolling'],
};

const { syntax, optionName } = optionTable(PATHS, 'ms');

/**
 * @fastify/session (11) and the legacy fastify-session: `fastify.register(session, { secret, cookie })`.
 * Defaults (lib/fastifySession.js, lib/cookie.js): cookie `secure: true`, `httpOnly: true`, no
 * SameSite, no maxAge (a browser-session cookie), path `/`; `cookieName` `sessionId`; an in-memory
 * store; `rolling: true`; ids from `uid-safe` (24 bytes). `secure: 'auto'` follows the request's protocol.
 */
export const fastifySessionAdapter: JsAdapter = {
  name: '@fastify/session',
  collect(context) {
    for (const registration of pluginRegistrations(context, SESSION_PLUGIN)) {
      const { options, optionsNode } = registration;
      const range = registrationRange(registration);
      const optionsRange = optionsNode ? rangeOfNode(optionsNode) : range;
      const read = optionReader(context, options, optionsRange);
      const { cookie } = readFastifyCookie(
        context,
        options,
        ['cookie'],
        { httpOnly: true, secure: true, sameSite: undefined, maxAge: null, path: '/' },
        optionsRange,
        'ms',
        read(['cookieName'], asString, 'sessionId'),
      );
      const fact: SessionConfigFact = {
        kind: 'session-config',
        library: registration.module,
        range,
        optionsRange,
        editor: objectEditor({ file: context.file, options, syntax, addOptionsArgument: registration.addOptions }),
        optionName,
        serverSide: true,
        cookie,
        session: {
          store: storeValue(context, options, SESSION_PLUGIN.modules, optionsRange),
          genid: idGeneratorValue(context, options, ['idGenerator'], optionsRange),
          rolling: read(['rolling'], asBoolean, true),
        },
      };
      context.facts.push(fact);
      if (options?.kind === 'object') {
        const { entry } = entryAt(options, ['secret']);
        // A signer object ({ sign, unsign }) resolves to no string: its secret stays unknown.
        if (entry) context.facts.push(...secretFacts(context, registration.module, 'session', 'secret', entry.value, entry, registration.at, optionName));
      }
    }
  },
};
