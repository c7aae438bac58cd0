import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OptionKey } from '../../../model/edit';
import type { LibraryId, SecretFact } from '../../../model/facts';
import type { TokenKeyType } from '../../../model/tokenFacts';
import type { AdapterContext } from '../adapterContext';
import type { FileContext } from '../fileContext';
import { memberName, unwrap, type Node } from '../ast';
import { getEntry, type JsValue, type ObjectEntry } from '../values';
import { secretFacts } from './secrets';

const CRYPTO = ['crypto', 'node:crypto'];
const FS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra'];
const JOSE_ASYMMETRIC = new Set(['importPKCS8', 'importSPKI', 'importX509', 'generateKeyPair', 'createRemoteJWKSet', 'createLocalJWKSet']);
const KEY_SERVICES = ['jwks-rsa'];
/** Calls that leave a key's material as it is: `.toString()`, `.trim()`, `.replace(/\\n/g, '\n')`, `String(x)`, `Buffer.from(x, 'base64')`. */
const PASS_THROUGH_METHODS = new Set(['toString', 'trim', 'replace', 'replaceAll']);

/** A signing or verification key, resolved through the calls that only wrap it. */
export interface ResolvedKey {
  /** The key's value: a literal or env value for secrets, otherwise whatever the resolver found. */
  readonly value: JsValue;
  readonly type: TokenKeyType;
}

function isPem(text: string): boolean {
  return text.trimStart().startsWith('-----BEGIN');
}

/** A PEM public key or certificate: not a secret, so writing it in the code is fine. */
export function isPublicPem(text: string): boolean {
  return isPem(text) && /-----BEGIN (?:RSA |EC )?(?:PUBLIC KEY|CERTIFICATE)-----/.test(text);
}

/** The key behind `node`: `'secret'`, `process.env.X`, `fs.readFileSync('key.pem')`, `createSecretKey(Buffer.from('…'))`. */
export function resolveKey(context: AdapterContext, node: Node): ResolvedKey {
  return classifyKey(context, context.resolver.resolve(node, context.file));
}

/** The same for a value already resolved (an option's value, possibly from another file). */
export function classifyKey(context: AdapterContext, value: JsValue): ResolvedKey {
  return classify(context, value, 0);
}

function classify(context: AdapterContext, value: JsValue, depth: number): ResolvedKey {
  if (depth > 6) return { value, type: 'unknown' };
  switch (value.kind) {
    case 'literal':
      if (typeof value.value !== 'string') return { value, type: 'unknown' };
      return { value, type: isPem(value.value) ? 'asymmetric' : 'secret' };
    case 'env':
      return { value, type: envKeyType(value.source) };
    case 'object':
      // @fastify/jwt `{ private, public }`, jsonwebtoken `{ key, passphrase }`.
      return { value, type: getEntry(value, 'private') || getEntry(value, 'public') || getEntry(value, 'passphrase') ? 'asymmetric' : 'unknown' };
    case 'instance':
      return { value, type: value.of.kind === 'module' && KEY_SERVICES.includes(value.of.module) ? 'asymmetric' : 'unknown' };
    case 'call':
      return classifyCall(context, value, depth);
    case 'unknown':
      return passThrough(context, value.node, value.file, depth) ?? { value, type: 'unknown' };
    default:
      return { value, type: 'unknown' };
  }
}

function classifyCall(context: AdapterContext, value: Extract<JsValue, { kind: 'call' }>, depth: number): ResolvedKey {
  const callee = value.callee;
  if (callee.kind !== 'module') return passThrough(context, value.node, value.file, depth) ?? { value, type: 'unknown' };
  const name = callee.path[callee.path.length - 1] ?? '';
  if (CRYPTO.includes(callee.module)) {
    if (name === 'createSecretKey' && value.args[0] && value.args[0].type !== 'SpreadElement') {
      const inner = classify(context, context.resolver.resolve(value.args[0], value.file), depth + 1);
      return { value: inner.value, type: 'secret' };
    }
    if (name === 'createPrivateKey' || name === 'createPublicKey' || name.startsWith('generateKeyPair')) return { value, type: 'asymmetric' };
  }
  if (FS.includes(callee.module) && name.startsWith('readFile')) return { value, type: keyFileType(value.args[0]) };
  if (callee.module === 'jose') {
    if (JOSE_ASYMMETRIC.has(name)) return { value, type: 'asymmetric' };
    if (name === 'generateSecret') return { value, type: 'secret' };
    // jose 1.x/2.x: `JWK.asKey(secret | pem | jwk)`, `JWK.generateSync('oct' | 'RSA' | …)`.
    if (name === 'asKey') return joseAsKey(context, value, depth);
    if (name === 'generate' || name === 'generateSync') return { value, type: keyTypeOfKty(context, value) };
  }
  if (KEY_SERVICES.includes(callee.module)) return { value, type: 'asymmetric' };
  return { value, type: 'unknown' };
}

/** `JWK.asKey('secret')` / `asKey(Buffer.from(…))` / `asKey(readFileSync('key.pem'))` / `asKey({ kty: 'oct', k })`. */
function joseAsKey(context: AdapterContext, value: Extract<JsValue, { kind: 'call' }>, depth: number): ResolvedKey {
  const argument = value.args[0];
  if (!argument || argument.type === 'SpreadElement') return { value, type: 'unknown' };
  const input = context.resolver.resolve(argument, value.file);
  if (input.kind !== 'object') return classify(context, input, depth + 1);
  const kty = getEntry(input, 'kty')?.value;
  if (kty?.kind !== 'literal' || typeof kty.value !== 'string') return { value, type: 'unknown' };
  if (kty.value !== 'oct') return { value, type: 'asymmetric' };
  // An octet JWK's `k` is the shared secret itself (base64url): written in the code, it is hardcoded.
  const secret = getEntry(input, 'k')?.value;
  return secret && (secret.kind === 'literal' || secret.kind === 'env') ? { value: secret, type: 'secret' } : { value, type: 'secret' };
}

function keyTypeOfKty(context: AdapterContext, value: Extract<JsValue, { kind: 'call' }>): TokenKeyType {
  const argument = value.args[0];
  const kty = argument && argument.type !== 'SpreadElement' ? context.resolver.resolve(argument, value.file) : undefined;
  if (kty?.kind !== 'literal' || typeof kty.value !== 'string') return 'unknown';
  return kty.value === 'oct' ? 'secret' : 'asymmetric';
}

/** Peels `x.toString()`, `x.trim()`, `x.replace(…)`, `String(x)`, `Buffer.from(x, enc)` off a key expression. */
function passThrough(context: AdapterContext, node: Node | undefined, file: FileContext | undefined, depth: number): ResolvedKey | undefined {
  const target = node && file && unwrap(node);
  if (!target || target.type !== 'CallExpression') return undefined;
  const callee = unwrap(target.callee);
  let inner: Node | undefined;
  if (callee.type === 'MemberExpression' && PASS_THROUGH_METHODS.has(memberName(callee) ?? '')) inner = callee.object;
  else if (callee.type === 'Identifier' && callee.name === 'String') inner = target.arguments[0];
  else if (callee.type === 'MemberExpression' && memberName(callee) === 'from' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'Buffer') inner = target.arguments[0];
  if (!inner || inner.type === 'SpreadElement') return undefined;
  return classify(context, context.resolver.resolve(inner, file), depth + 1);
}

function envKeyType(source: string): TokenKeyType {
  const name = source.toUpperCase();
  if (/PRIVATE|PUBLIC|PEM|RSA|ECDSA|CERT/.test(name)) return 'asymmetric';
  if (/SECRET/.test(name)) return 'secret';
  return 'unknown';
}

/** Key files are usually PEM (`private.pem`, `jwtRS256.key`); a Docker secret file may hold a shared secret. */
function keyFileType(path: TSESTree.CallExpressionArgument | undefined): TokenKeyType {
  const target = path && unwrap(path);
  const text = target?.type === 'Literal' && typeof target.value === 'string' ? target.value : target?.type === 'TemplateLiteral' ? target.quasis.map((q) => q.value.cooked).join('') : undefined;
  if (text === undefined) return 'unknown';
  return /\.(pem|key|crt|cer|pub)$|private|public|rsa|ecdsa/i.test(text) ? 'asymmetric' : 'unknown';
}

/**
 * Secret facts for a JWT key: written strings (not public keys), env values with a fallback, and
 * the string parts of key objects (`{ private: '…' }`, `{ key, passphrase: '…' }`).
 */
export function jwtSecretFacts(
  context: AdapterContext,
  library: LibraryId,
  option: string,
  key: ResolvedKey,
  entry: ObjectEntry | undefined,
  at: Node,
): SecretFact[] {
  const value = key.value;
  const optionNames = (k: OptionKey): string => (k === 'secret' ? option : k);
  if (value.kind === 'literal') {
    if (typeof value.value !== 'string' || isPublicPem(value.value)) return [];
    return secretFacts(context, library, 'jwt', option, value, entry, at, optionNames);
  }
  if (value.kind === 'env') return secretFacts(context, library, 'jwt', option, value, entry, at, optionNames);
  if (value.kind === 'object') {
    const facts: SecretFact[] = [];
    for (const part of ['private', 'key', 'passphrase']) {
      const partEntry = getEntry(value, part);
      if (!partEntry) continue;
      const partKey = partEntry.value.kind === 'literal' || partEntry.value.kind === 'env' ? { value: partEntry.value, type: key.type } : undefined;
      if (partKey) facts.push(...jwtSecretFacts(context, library, `${option}.${part}`, partKey, partEntry, at));
    }
    return facts;
  }
  return [];
}
