import type { TextEdit } from './edit';
import type { FactBase } from './facts';
import type { TextRange } from './range';

/** A route registration: `app.post('/login', …)`, `fastify.route({ method: 'POST', url })`, `@Post('login')`. */
export interface RouteInfo {
  readonly method: string;
  /** The route path when it is written as a literal. */
  readonly path: string | undefined;
  readonly range: TextRange;
  /** The path argument (`'/login'`), or the decorator: a short range for findings, where a reader looks. */
  readonly pathRange?: TextRange;
}

type LifecycleFactBase = FactBase;

/**
 * What a session lives in: on the server (express-session, @fastify/session, PHP), only in the cookie
 * (cookie-session, @fastify/secure-session: no server-side id to fix or destroy), or not known.
 */
export type SessionStorage = 'server' | 'cookie' | 'unknown';

/**
 * A code path that logs a user in or out, with what it does to the session, in order.
 * The frontend decides the order questions (is the identity written inside the regenerate
 * callback, after an awaited regenerate?) and renders the edits; rules only judge.
 */
export interface AuthHandlerFact extends LifecycleFactBase {
  readonly kind: 'auth-handler';
  readonly role: 'login' | 'logout';
  readonly framework: 'express' | 'fastify' | 'nest' | 'php' | 'laravel' | (string & {});
  readonly route?: RouteInfo;
  /** Why it is taken for a login or logout, for messages: 'route path /login', 'bcrypt.compare'. */
  readonly evidence: string;
  readonly sessionStorage: SessionStorage;
  /** Login: the first write of the user's identity into the session. */
  readonly identityWrite?: TextRange;
  /**
   * Login: whether the session id is renewed before that write.
   * 'renewed' – it is (or a library does it: passport ≥ 0.6 req.login);
   * 'missing' – nothing renews it; 'late' – it is renewed, but after the write or outside the callback;
   * 'incomplete' – renewed in a way that keeps the old session valid (session_regenerate_id() without true).
   */
  readonly renewal?: 'renewed' | 'missing' | 'late' | 'incomplete';
  /** Set when a framework setting, not a handler, decides the renewal: Symfony's `session_fixation_strategy`. */
  readonly strategy?: 'none';
  /** Set when a framework setting, not a handler, keeps the session at logout: Symfony's firewall `logout.invalidate_session: false`. */
  readonly keptBySetting?: boolean;
  readonly renewalRange?: TextRange;
  /**
   * Calls the unrenewed identity write waits for (their callback, `.then` or `await`): the user's own login helpers may be among them.
   * For a logout, the calls the handler makes (the user's own logout helpers may be among them).
   */
  readonly awaitedCalls?: readonly string[];
  /**
   * Logout: 'destroyed' when the server-side session ends, 'partial' when only a key or the cookie is
   * cleared, 'missing' when nothing is, 'throws' when the logout call throws before clearing anything
   * (passport ≥ 0.6 `req.logout()` without its callback).
   */
  readonly destruction?: 'destroyed' | 'partial' | 'missing' | 'throws';
  readonly partialRange?: TextRange;
  /** Logout (PHP): the server-side session is destroyed but its cookie is left in the browser (reported as partial). */
  readonly cookieKept?: boolean;
  /** Login: a rate limiter guards the route; undefined when that cannot be told. */
  readonly rateLimited?: boolean;
  /**
   * Login decided by a Symfony firewall without `login_throttling`: its name, its login key
   * (`form_login`) and whether the installed SecurityBundle has the setting (≥ 5.2; undefined when unknown).
   */
  readonly firewallThrottle?: { readonly firewall: string; readonly authenticator: string; readonly available: boolean | undefined };
  /** Edits that renew the session before the identity write (a fix or a suggestion, the rule decides). */
  readonly renewEdits?: readonly TextEdit[];
  /** Edits that end the server-side session and clear its cookie. */
  readonly destroyEdits?: readonly TextEdit[];
}

/** A session id taken from request input: `session_id($_GET['sid'])`, `req.sessionID = req.query.sid`. */
export interface SessionIdInputFact extends LifecycleFactBase {
  readonly kind: 'session-id-input';
  /** The input it comes from, as written: `$_GET['sid']`, `req.query.sid`. */
  readonly source: string;
}

/**
 * An application's exposure to cross-site request forgery: cookie-based sessions plus
 * state-changing routes, and the defence in place.
 */
export interface CsrfSurfaceFact extends LifecycleFactBase {
  readonly kind: 'csrf-surface';
  readonly sessionStorage: SessionStorage;
  /** State-changing routes (POST, PUT, PATCH, DELETE) this file registers. */
  readonly routes: readonly RouteInfo[];
  /** The defence found: a CSRF library, a custom token check, or none; 'disabled' for a defence turned off. */
  readonly defence:
    | { readonly kind: 'library'; readonly name: string }
    | { readonly kind: 'token-check'; readonly range: TextRange }
    | { readonly kind: 'disabled'; readonly range: TextRange; readonly reason: string }
    /** A local plugin is registered whose source cannot be read: it may be the defence. */
    | { readonly kind: 'unknown' }
    | { readonly kind: 'none' };
  /**
   * Set when the frontend already weighed the session cookie's SameSite (a plain PHP script whose
   * session is started by php.ini or an included file: the settings in its includes and the
   * project's ini files decide): the rule does not look at the file's own session fact.
   */
  readonly sameSiteJudged?: boolean;
}
