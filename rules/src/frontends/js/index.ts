import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { AnalysisBudget } from '../../model/budget';
import type { Fact } from '../../model/facts';
import type { ProjectContext } from '../../model/project';
import type { Frontend, SourceComment } from '../frontend';
import { AdapterContext, importedModules, type JsAdapter } from './adapterContext';
import { authHandlerAdapter } from './adapters/authHandlers';
import { csrfSurfaceAdapter } from './adapters/csrfSurface';
import { sessionIdInputAdapter } from './adapters/sessionIdInput';
import { expressSessionAdapter } from './adapters/expressSession';
import { cookieSessionAdapter } from './adapters/cookieSession';
import { csurfCookieAdapter } from './adapters/csurfCookie';
import { cookieParserAdapter } from './adapters/cookieParser';
import { expressResCookieAdapter } from './adapters/expressResCookie';
import { setCookieHeaderAdapter } from './adapters/setCookieHeader';
import { cookieSerializeAdapter } from './adapters/cookieSerialize';
import { cookiesPackageAdapter } from './adapters/cookiesPackage';
import { documentCookieAdapter } from './adapters/documentCookie';
import { fastifyCookieAdapter } from './adapters/fastifyCookie';
import { fastifyReplyHeadersAdapter } from './adapters/fastifyReplyHeaders';
import { fastifySecureSessionAdapter } from './adapters/fastifySecureSession';
import { fastifySessionAdapter } from './adapters/fastifySession';
import { joseAdapter } from './adapters/jwtJose';
import { joseLegacyAdapter } from './adapters/jwtJoseLegacy';
import { jsonwebtokenAdapter } from './adapters/jwtJsonwebtoken';
import { expressJwtAdapter, passportJwtAdapter } from './adapters/jwtMiddleware';
import { fastifyJwtAdapter, nestJwtAdapter } from './adapters/jwtPlugins';
import { nestJwtServiceAdapter } from './adapters/jwtNestService';
import { webStorageAdapter } from './adapters/storage';
import { graphqlContextCookieAdapter } from './adapters/graphqlContextCookie';
import { nextCookiesAdapter } from './adapters/nextCookies';
import { honoCookieAdapter } from './adapters/honoCookie';
import { h3CookieAdapter } from './adapters/h3Cookie';
import { jsCookieAdapter } from './adapters/jsCookie';
import { universalCookieAdapter } from './adapters/universalCookie';
import { ngxCookieServiceAdapter } from './adapters/ngxCookieService';
import { FileContext } from './fileContext';
import { parseJs } from './parse';
import { mightContainJsFacts } from './prefilter';
import { Resolver } from './resolve';
import { isVueFile, vueScriptText } from './vueScript';

/** Every JS/TS adapter, one per library or API. */
export const JS_ADAPTERS: JsAdapter[] = [expressSessionAdapter, cookieSessionAdapter, cookieParserAdapter, expressResCookieAdapter, setCookieHeaderAdapter, cookieSerializeAdapter, cookiesPackageAdapter, documentCookieAdapter, fastifySessionAdapter, fastifySecureSessionAdapter, fastifyCookieAdapter, fastifyReplyHeadersAdapter, jsonwebtokenAdapter, joseAdapter, joseLegacyAdapter, expressJwtAdapter, passportJwtAdapter, fastifyJwtAdapter, nestJwtAdapter, nestJwtServiceAdapter, webStorageAdapter,
  // Cookies through other responses and browser cookie libraries.
  graphqlContextCookieAdapter, nextCookiesAdapter, honoCookieAdapter, h3CookieAdapter, jsCookieAdapter, universalCookieAdapter, ngxCookieServiceAdapter,
  // Cookies a library writes for itself.
  csurfCookieAdapter];

/** Adapters that read what the library adapters found (the session store decides lifecycle questions): they run last. */
export const LIFECYCLE_ADAPTERS: JsAdapter[] = [authHandlerAdapter, csrfSurfaceAdapter, sessionIdInputAdapter];

/**
 * Facts from an ESTree program: the entry point shared by the standalone frontend and the ESLint
 * plugin (which hands us the AST it already parsed).
 */
export function extractJsFacts(program: TSESTree.Program, text: string, fileName: string, project: ProjectContext, budget = AnalysisBudget.forText(text)): Fact[] {
  const file = new FileContext(program, text, fileName, project, [], budget);
  const context = new AdapterContext(file, new Resolver(file), importedModules(file));
  for (const adapter of JS_ADAPTERS) adapter.collect(context);
  for (const adapter of LIFECYCLE_ADAPTERS) adapter.collect(context);
  return context.facts;
}

export function commentsOf(program: TSESTree.Program): SourceComment[] {
  return (program.comments ?? []).map((comment) => ({ range: { start: comment.range[0], end: comment.range[1] }, text: comment.value }));
}

export const jsFrontend: Frontend = {
  language: 'js',
  lineComment: '//',
  mightContainFacts: mightContainJsFacts,
  analyze({ text, fileName, project, memory, budget }) {
    // A .vue component is read through its <script> blocks, at their offsets in the file.
    const source = isVueFile(fileName) ? vueScriptText(text) : text;
    const parsed = parseJs(source, fileName, memory);
    if (!parsed.program) return { facts: [], comments: [], parseError: parsed.error };
    return { facts: extractJsFacts(parsed.program, source, fileName, project, budget), comments: commentsOf(parsed.program) };
  },
};
