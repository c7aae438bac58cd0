import type { CookieAttribute, FactEditor, OptionKey } from './edit';
import type { AuthHandlerFact, CsrfSurfaceFact, SessionIdInputFact } from './lifecycleFacts';
import type { TextRange } from './range';
import type { TokenSignFact, TokenStorageFact, TokenVerifyFact } from './tokenFacts';
import type { Value } from './value';

/** Which library or API produced a fact; used in messages and to pick option names in fixes. */
export type LibraryId =
  | 'express-session'
  | 'cookie-session'
  | 'cookie-parser'
  | 'express-res-cookie'
  | 'set-cookie-header'
  | 'cookies'
  | 'document-cookie'
  | '@fastify/session'
  | '@fastify/secure-session'
  | '@fastify/cookie'
  | 'php-session'
  | 'php-setcookie'
  | 'php-ini'
  | 'laravel'
  | 'symfony'
  | 'drupal'
  | (string & {});

/** The attributes of one cookie, normalised across libraries. */
export interface CookieAttributes {
  readonly name: Value<string>;
  readonly httpOnly: Value<boolean>;
  readonly secure: Value<boolean>;
  /**
   * Lower-cased SameSite value as it will be sent: 'lax' | 'strict' | 'none', '' when the library
   * is told not to send one (express `sameSite: false`), or any other string as written (invalid).
   */
  readonly sameSite: Value<string>;
  /** Lifetime in seconds; null for a browser-session cookie (no Max-Age/Expires). */
  readonly maxAge: Value<number | null>;
  readonly domain: Value<string>;
  readonly path: Value<string>;
}

export type CookieAttributeValues = { readonly [K in CookieAttribute]: CookieAttributes[K] };

export interface RelatedLocation {
  readonly message: string;
  readonly range: TextRange;
  /** Absent for the analysed file itself. */
  readonly file?: string;
}

export interface FactBase {
  readonly library: LibraryId;
  /** The primary place of the fact: the call, the registration, the assignment, the ini line. */
  readonly range: TextRange;
  /** The options object or argument list the values come from, where there is one. */
  readonly optionsRange?: TextRange;
  /** How to change the code behind this fact; absent when the frontend cannot edit it. */
  readonly editor?: FactEditor;
  /** Places that explain the fact (where the options were defined, the route). */
  readonly related?: readonly RelatedLocation[];
  /** The option's name as the user writes it in this library, for messages: `cookie.httpOnly`, `session.cookie_httponly`. */
  readonly optionName: (key: OptionKey) => string;
}

/** A session middleware/plugin or runtime configuration: express-session, @fastify/session, php.ini... */
export interface SessionConfigFact extends FactBase {
  readonly kind: 'session-config';
  /** The session cookie. */
  readonly cookie: CookieAttributes;
  readonly session: SessionOptions;
  /** True when the session lives on the server (express-session), false for cookie-only sessions (cookie-session). */
  readonly serverSide: boolean;
}

/**
 * Session options that not every library has. An undefined field means "this library has no such
 * option" and rules skip it; an `absent` value means "not set, the default applies".
 */
export interface SessionOptions {
  /** 'memory' for an in-process store (MemoryStore, @fastify/session's Map), otherwise the store's name. */
  readonly store?: Value<string>;
  /** Weak randomness sources the id generator uses ('Math.random', 'Date.now', 'uuid.v1', 'counter'); [] when strong. */
  readonly genid?: Value<readonly string[]>;
  readonly rolling?: Value<boolean>;
  /** Idle timeout in seconds (PHP gc_maxlifetime, express `rolling` + maxAge). */
  readonly idleTimeout?: Value<number>;
  /** Absolute timeout in seconds (@fastify/secure-session expiry, Laravel lifetime). */
  readonly absoluteTimeout?: Value<number>;
  readonly strictMode?: Value<boolean>;
  readonly useCookies?: Value<boolean>;
  readonly useOnlyCookies?: Value<boolean>;
  readonly useTransSid?: Value<boolean>;
  readonly sidLength?: Value<number>;
  readonly sidBitsPerCharacter?: Value<number>;
}

/** One cookie written by code or by a header: res.cookie, Set-Cookie, setcookie(), document.cookie. */
export interface CookieWriteFact extends FactBase {
  readonly kind: 'cookie-write';
  readonly cookie: CookieAttributes;
  /** True when the write deletes the cookie (clearCookie, an expiry in the past): attribute rules skip it. */
  readonly clearing: boolean;
  /**
   * True when the cookie is a library's own, written and read back by that library alone (csurf's
   * secret cookie): like a session library's cookie, no client code relies on reading it.
   */
  readonly libraryOwned?: boolean;
}

/** A secret or key that signs or encrypts sessions, cookies or tokens. */
export interface SecretFact extends FactBase {
  readonly kind: 'secret';
  readonly purpose: 'session' | 'cookie-signing' | 'jwt';
  /** The option as the user wrote it, for messages: `secret`, `keys[0]`, `secretOrKey`. */
  readonly option: string;
  readonly value: Value<string>;
}

/** The facts every frontend can produce. Later issues add kinds (auth handlers, token storage). */
export type Fact = SessionConfigFact | CookieWriteFact | SecretFact | AuthHandlerFact | SessionIdInputFact | CsrfSurfaceFact | TokenSignFact | TokenVerifyFact | TokenStorageFact;

export type FactKind = Fact['kind'];

export function factsOfKind<K extends FactKind>(facts: readonly Fact[], kind: K): Extract<Fact, { kind: K }>[] {
  return facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);
}
