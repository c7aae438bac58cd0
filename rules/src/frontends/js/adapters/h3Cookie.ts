import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unwrap } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { SERVER_FOLDER } from '../prefilter';
import { isGlobal } from '../scope';
import { cookieCallFact } from './cookieCall';
import type { CookieDefaults } from './cookieOptions';
import { withoutContextArgument } from './leadingArgument';

/** h3 itself, and the frameworks that re-export its cookie utilities (SolidStart's vinxi/http, Nuxt's #imports). */
const MODULES = ['h3', 'vinxi/http', '#imports'];

/**
 * h3 serializes with `{ path: '/', ...options }` (cookie-es): no HttpOnly, Secure or SameSite
 * unless asked for; maxAge in seconds.
 */
const H3_DEFAULTS: CookieDefaults = { httpOnly: false, secure: false, sameSite: undefined, maxAge: null, path: '/' };

/** Nuxt and Nitro projects, where server code gets h3's utilities without importing them. */
const AUTO_IMPORTING_PACKAGES = ['nuxt', 'nuxt3', 'nitropack'];

/** In a Nuxt app's server folder, h3 is auto-imported. */
function autoImportsH3(context: AdapterContext): boolean {
  const dependencies = context.file.project.dependencies;
  return AUTO_IMPORTING_PACKAGES.some((name) => name in dependencies) && SERVER_FOLDER.test(context.file.fileName);
}

/** `setCookie(event, …)` with no import in an auto-importing server file. */
function autoImportedCalls(context: AdapterContext): TSESTree.CallExpression[] {
  return context.file.calls.filter((call) => {
    const callee = unwrap(call.callee);
    return callee.type === 'Identifier' && callee.name === 'setCookie' && isGlobal(context.file, 'setCookie', callee);
  });
}

/**
 * h3 / Nuxt / Nitro `setCookie(event, name, value, options?)`. Imported from h3 (or a framework
 * that re-exports it); unimported only in the server folder of a project that depends on Nuxt or
 * Nitro, which auto-import it there. `deleteCookie` is a deletion and is left alone.
 */
export const h3CookieAdapter: JsAdapter = {
  name: 'h3-cookie',
  collect(context) {
    const calls = [...context.callsTo(MODULES, ['setCookie']), ...(autoImportsH3(context) ? autoImportedCalls(context) : [])];
    for (const call of calls) {
      context.facts.push(cookieCallFact(context, withoutContextArgument(call), { library: 'h3', defaults: H3_DEFAULTS, maxAgeUnit: 's', optionsIndex: 2, zeroMaxAgeClears: true }));
    }
  },
};
