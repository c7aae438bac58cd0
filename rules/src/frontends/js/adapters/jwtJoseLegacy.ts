import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TokenSignFact, TokenVerifyFact } from '../../../model/tokenFacts';
import { known, unknown, type Value } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { rangeOfNode } from '../optionValues';
import { moduleCalls } from './jwtCalls';
import { jwtSecretFacts, resolveKey, type ResolvedKey } from './jwtKeys';
import { linkPurposeOf } from './jwtPurpose';
import { callOptions, insertArgument, jwtEditor, optionNameOf, payloadHasExp, type JwtOptionPaths } from './jwtOptions';

const MODULES = ['jose'];

const SIGN_PATHS: JwtOptionPaths = { expiresIn: ['expiresIn'] };
const VERIFY_PATHS: JwtOptionPaths = { algorithms: ['algorithms'], ignoreExpiration: ['ignoreExp'] };

const NO_KEY: ResolvedKey = { value: { kind: 'unknown' }, type: 'unknown' };

/**
 * jose 1.x and 2.x (`const { JWT, JWK } = require('jose')`): `JWT.sign(payload, key, { algorithm,
 * expiresIn, header })` and `JWT.verify(token, keyOrStore, { algorithms, ignoreExp })`, keys from
 * `JWK.asKey(…)` or any input `asKey` takes. jose 3 replaced these namespaces with `SignJWT` and
 * `jwtVerify` (jwtJose.ts), so the call's shape says which API it is. Per the v1.9/v2.0 docs:
 * the algorithm is `options.algorithm`, else `options.header.alg`, else the key's (HS256 for a
 * secret); `expiresIn` is a timespan string ('2 hours', '15m'); without `algorithms` verify accepts
 * every algorithm the key supports, so an allow-list is bound to the key; `JWK.None` signs and
 * accepts unsecured tokens (alg "none").
 */
export const joseLegacyAdapter: JsAdapter = {
  name: 'jose-v2',
  collect(context) {
    for (const call of moduleCalls(context, MODULES, ['JWT', 'sign'])) collectSign(context, call);
    for (const call of moduleCalls(context, MODULES, ['JWT', 'verify'])) collectVerify(context, call);
  },
};

function keyArgument(call: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const argument = call.arguments[1];
  return argument && argument.type !== 'SpreadElement' ? argument : undefined;
}

/** `JWK.None`: the key that opts in to unsecured (alg "none") tokens. */
function isNoneKey(context: AdapterContext, node: TSESTree.Expression | undefined): boolean {
  const target = node && context.moduleOf(node);
  return target !== undefined && target.module === 'jose' && target.path.join('.') === 'JWK.None';
}

function collectSign(context: AdapterContext, call: TSESTree.CallExpression): void {
  const { options, range, optionsRange, read } = callOptions(context, call, 2);
  const keyNode = keyArgument(call);
  const none = isNoneKey(context, keyNode);
  const key = keyNode && !none ? resolveKey(context, keyNode) : NO_KEY;
  const payload = call.arguments[0];
  const fact: TokenSignFact = {
    kind: 'token-sign',
    library: 'jose',
    range,
    optionsRange,
    editor: jwtEditor(context, options, SIGN_PATHS, (text) => insertArgument(call, 2, text)),
    optionName: optionNameOf(SIGN_PATHS),
    algorithm: none && keyNode ? known('none', rangeOfNode(keyNode)) : signAlgorithm(read, key),
    expiresIn: read.duration(['expiresIn'], 'jose'),
    hasExpClaim: payload && payload.type !== 'SpreadElement' ? payloadHasExp(context, payload) : payload ? undefined : false,
    defaults: false,
    keyType: key.type,
  };
  const linkPurpose = linkPurposeOf(context, call, payload && payload.type !== 'SpreadElement' ? payload : undefined);
  context.facts.push(linkPurpose ? { ...fact, linkPurpose } : fact);
  if (keyNode && !none) context.facts.push(...jwtSecretFacts(context, 'jose', 'key', key, undefined, keyNode));
}

/** `options.algorithm`, else `options.header.alg`, else the key's own: HS256 for a shared secret. */
function signAlgorithm(read: ReturnType<typeof callOptions>['read'], key: ResolvedKey): Value<string> {
  const fromKey = key.type === 'secret' ? 'HS256' : undefined;
  const algorithm = read.string(['algorithm'], fromKey);
  if (algorithm.kind !== 'absent') return algorithm;
  const header = read.string(['header', 'alg'], fromKey);
  return header.kind === 'absent' && fromKey === undefined ? unknown() : header;
}

function collectVerify(context: AdapterContext, call: TSESTree.CallExpression): void {
  const { options, range, optionsRange, read } = callOptions(context, call, 2);
  const keyNode = keyArgument(call);
  const none = isNoneKey(context, keyNode);
  const key = keyNode && !none ? resolveKey(context, keyNode) : NO_KEY;
  const algorithms = read.stringList(['algorithms']);
  const fact: TokenVerifyFact = {
    kind: 'token-verify',
    library: 'jose',
    range,
    optionsRange,
    editor: jwtEditor(context, options, VERIFY_PATHS, (text) => insertArgument(call, 2, text)),
    optionName: optionNameOf(VERIFY_PATHS),
    // JWK.None supports one algorithm, "none": without an allow-list that is what it accepts.
    algorithms: none && keyNode && algorithms.kind === 'absent' ? known<readonly string[]>(['none'], rangeOfNode(keyNode)) : algorithms,
    ignoreExpiration: read.boolean(['ignoreExp'], false),
    keyType: key.type,
    algorithmsBoundToKey: true,
  };
  context.facts.push(fact);
  if (keyNode && !none) context.facts.push(...jwtSecretFacts(context, 'jose', 'key', key, undefined, keyNode));
}
