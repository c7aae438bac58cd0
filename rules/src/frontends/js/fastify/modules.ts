import { dependsOnAtLeast, type ProjectContext } from '../../../model/project';

/**
 * The Fastify plugins the adapters model, under their current scoped names and the legacy unscoped
 * ones (`fastify-session` and friends, still common in older apps). `exports` lists the export paths
 * that are the plugin itself: the CJS export / ESM default ([]) and the named export.
 */
export interface FastifyPluginModule {
  readonly modules: readonly string[];
  readonly namedExport: string;
}

export const SESSION_PLUGIN: FastifyPluginModule = { modules: ['@fastify/session', 'fastify-session'], namedExport: 'fastifySession' };
export const SECURE_SESSION_PLUGIN: FastifyPluginModule = { modules: ['@fastify/secure-session', 'fastify-secure-session'], namedExport: 'fastifySecureSession' };
export const COOKIE_PLUGIN: FastifyPluginModule = { modules: ['@fastify/cookie', 'fastify-cookie'], namedExport: 'fastifyCookie' };
export const FASTIFY_PLUGIN_HELPER: FastifyPluginModule = { modules: ['fastify-plugin'], namedExport: 'fastifyPlugin' };

/** True when an export path of the module is the plugin function itself. */
export function isPluginExport(plugin: FastifyPluginModule, path: readonly string[]): boolean {
  return path.length === 0 || (path.length === 1 && (path[0] === 'default' || path[0] === plugin.namedExport));
}

/** Modules whose presence says a file is written for Fastify. */
export function isFastifyModule(specifier: string): boolean {
  return specifier === 'fastify' || specifier.startsWith('@fastify/') || specifier.startsWith('fastify-');
}

/**
 * SameSite that `reply.setCookie` sends when the option is left out: `'lax'` since @fastify/cookie 10
 * (fastify/fastify-cookie#277, semver-major), none before. The legacy `fastify-cookie` package never
 * reached 10. When package.json does not say, the current major is assumed.
 */
export function setCookieSameSiteDefault(module: string, project: ProjectContext): string | undefined {
  if (module === 'fastify-cookie') return undefined;
  return dependsOnAtLeast(project, '@fastify/cookie', '10.0.0') === false ? undefined : 'lax';
}

/**
 * SameSite of the @fastify/secure-session cookie when the `cookie` options leave it out. The plugin
 * writes its cookie through the @fastify/cookie it depends on: @fastify/secure-session 8 (Fastify 5)
 * brings @fastify/cookie ≥ 10, so `'lax'`; 7 and the legacy package bring older ones, so none. A
 * project that pins @fastify/cookie itself decides.
 */
export function secureSessionSameSiteDefault(module: string, project: ProjectContext): string | undefined {
  if (module === 'fastify-secure-session') return undefined;
  const cookie = dependsOnAtLeast(project, '@fastify/cookie', '10.0.0');
  if (cookie !== undefined) return cookie ? 'lax' : undefined;
  return dependsOnAtLeast(project, '@fastify/secure-session', '8.0.0') === false ? undefined : 'lax';
}

/**
 * The absolute lifetime of an @fastify/secure-session session in seconds when `expiry` is left out:
 * 86401 s (one day and a second). The legacy `fastify-secure-session` package predates `expiry`: its
 * sessions never expire (a stolen cookie works for ever), which is reported as an infinite default.
 */
export function secureSessionExpiryDefault(module: string): number {
  return module === 'fastify-secure-session' ? Number.POSITIVE_INFINITY : 86401;
}
