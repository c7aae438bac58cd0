import type { FactBase } from './facts';
import type { Value } from './value';

/**
 * What a signing or verification key is, as far as the frontend can tell: a shared secret (a string,
 * bytes, `createSecretKey`: HS* algorithms), an asymmetric key (a PEM file, `{ private, public }`,
 * `createPrivateKey`, jose `importPKCS8`), or not known.
 */
export type TokenKeyType = 'secret' | 'asymmetric' | 'unknown';

/**
 * A JWT signed by code (`jwt.sign`, jose `new SignJWT().sign()`), or the signing defaults a plugin
 * is registered with (@fastify/jwt `sign`, @nestjs/jwt `signOptions`) that every sign call inherits.
 */
export interface TokenSignFact extends FactBase {
  readonly kind: 'token-sign';
  /** The `alg` the token is signed with; absent with the library's default (jsonwebtoken: HS256). */
  readonly algorithm: Value<string>;
  /**
   * Lifetime in seconds from `expiresIn` / `setExpirationTime('2h')`. Absent with default null when
   * neither is set; unknown where a call inherits defaults the frontend cannot see.
   */
  readonly expiresIn: Value<number | null>;
  /** Whether the payload carries an `exp` claim itself; undefined when the payload cannot be resolved. */
  readonly hasExpClaim: boolean | undefined;
  /** True for registration-level defaults that individual sign calls may override. */
  readonly defaults: boolean;
  readonly keyType: TokenKeyType;
  /**
   * Set when the token's claims or use show it is a one-purpose link token, not a session: the
   * words that say so (`unsubscribe`, `reset-password`). Its lifetime is not judged by the session limit.
   */
  readonly linkPurpose?: string;
}

/** A place that accepts JWTs: `jwt.verify`, jose `jwtVerify`, express-jwt, passport-jwt, @fastify/jwt. */
export interface TokenVerifyFact extends FactBase {
  readonly kind: 'token-verify';
  /** The `algorithms` allow-list; absent when none is given (the library then decides). */
  readonly algorithms: Value<readonly string[]>;
  /** `ignoreExpiration`; absent with default false. */
  readonly ignoreExpiration: Value<boolean>;
  readonly keyType: TokenKeyType;
  /**
   * True when the library, given no allow-list, accepts only the algorithms of a typed key (jose
   * checks the key object against `alg`); false where it guesses from the key material
   * (jsonwebtoken 9, fast-jwt) or accepts whatever the header says (jsonwebtoken < 9, express-jwt < 6).
   */
  readonly algorithmsBoundToKey: boolean;
}

/** A token or session id written to Web Storage, where every script in the page can read it. */
export interface TokenStorageFact extends FactBase {
  readonly kind: 'token-storage';
  readonly storage: 'localStorage' | 'sessionStorage';
  /** The storage key as written (`'accessToken'`), or unknown. */
  readonly key: Value<string>;
  /** Why the value is taken for a token: the key's name, or a value returned by a login/token request. */
  readonly why: 'name' | 'login-response';
  /** For 'login-response': the request the value comes from, for messages (`fetch('/api/login')`). */
  readonly origin?: string;
}
