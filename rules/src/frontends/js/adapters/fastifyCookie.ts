import type { OptionKey } from '../../../model/edit';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { FastifyScopes } from '../fastify/encapsulation';
import { COOKIE_PLUGIN } from '../fastify/modules';
import { pluginRegistrations, type PluginRegistration } from '../fastify/registrations';
import { replyCalls } from '../fastify/reply';
import { setCookieFact } from '../fastify/setCookie';
import { entryAt } from '../optionValues';
import { secretFacts } from './secrets';

const REPLY_METHODS = new Set(['setCookie', 'cookie', 'clearCookie']);

const optionName = (key: OptionKey): string => (key === 'secret' ? 'secret' : `parseOptions.${key}`);

/**
 * @fastify/cookie (and the legacy fastify-cookie): the signing `secret` given at registration
 * (a string, an array for rotation, or a signer object, which stays unknown), and every
 * `reply.setCookie(name, value, opts)` / `reply.cookie(…)` / `reply.clearCookie(…)`, read with the
 * registration's `parseOptions` as defaults where that registration's encapsulation scope reaches.
 */
export const fastifyCookieAdapter: JsAdapter = {
  name: '@fastify/cookie',
  collect(context) {
    const registrations = pluginRegistrations(context, COOKIE_PLUGIN);
    for (const registration of registrations) collectSecret(context, registration);
    const calls = replyCalls(context, REPLY_METHODS);
    if (calls.length === 0) return;
    const fallbackModule = COOKIE_PLUGIN.modules.find((m) => context.importedModules.has(m)) ?? COOKIE_PLUGIN.modules[0]!;
    // Built once, and only when some call has registrations to choose between.
    let scopes: FastifyScopes | undefined;
    const lazyScopes = (): FastifyScopes => (scopes ??= new FastifyScopes(context));
    for (const reply of calls) context.facts.push(setCookieFact(context, reply, registrations, lazyScopes, fallbackModule));
  },
};

function collectSecret(context: AdapterContext, registration: PluginRegistration): void {
  if (registration.options?.kind !== 'object') return;
  const { entry } = entryAt(registration.options, ['secret']);
  if (entry) context.facts.push(...secretFacts(context, registration.module, 'cookie-signing', 'secret', entry.value, entry, registration.at, optionName));
}
