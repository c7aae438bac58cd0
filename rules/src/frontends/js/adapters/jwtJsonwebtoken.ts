import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unknown } from '../../../model/value';
import type { TokenSignFact, TokenVerifyFact } from '../../../model/tokenFacts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { moduleCalls } from './jwtCalls';
import { jwtSecretFacts, resolveKey, type ResolvedKey } from './jwtKeys';
import { linkPurposeOf } from './jwtPurpose';
import { callOptions, insertArgument, jwtEditor, optionNameOf, payloadHasExp, type JwtOptionPaths } from './jwtOptions';

const MODULES = ['jsonwebtoken'];

const SIGN_PATHS: JwtOptionPaths = { expiresIn: ['expiresIn'] };
const VERIFY_PATHS: JwtOptionPaths = { algorithms: ['algorithms'], ignoreExpiration: ['ignoreExpiration'] };

const NO_KEY: ResolvedKey = { value: { kind: 'unknown' }, type: 'unknown' };

/**
 * jsonwebtoken: `jwt.sign(payload, secretOrPrivateKey, [options, callback])` and
 * `jwt.verify(token, secretOrPublicKey, [options, callback])`, through default, namespace and named
 * imports. Defaults (v9): `algorithm` HS256, no expiry, verify algorithms derived from the key.
 */
export const jsonwebtokenAdapter: JsAdapter = {
  name: 'jsonwebtoken',
  collect(context) {
    for (const call of moduleCalls(context, MODULES, ['sign'])) collectSign(context, call);
    for (const call of moduleCalls(context, MODULES, ['verify'])) collectVerify(context, call);
  },
};

function keyOf(context: AdapterContext, call: TSESTree.CallExpression): ResolvedKey {
  const argument = call.arguments[1];
  return argument && argument.type !== 'SpreadElement' ? resolveKey(context, argument) : NO_KEY;
}

function collectSign(context: AdapterContext, call: TSESTree.CallExpression): void {
  const { options, range, optionsRange, read } = callOptions(context, call, 2);
  const key = keyOf(context, call);
  const payload = call.arguments[0];
  const fact: TokenSignFact = {
    kind: 'token-sign',
    library: 'jsonwebtoken',
    range,
    optionsRange,
    editor: jwtEditor(context, options, SIGN_PATHS, (text) => insertArgument(call, 2, text)),
    optionName: optionNameOf(SIGN_PATHS),
    algorithm: read.string(['algorithm'], 'HS256'),
    expiresIn: read.duration(['expiresIn'], 'ms'),
    hasExpClaim: payload && payload.type !== 'SpreadElement' ? payloadHasExp(context, payload) : payload ? undefined : false,
    defaults: false,
    keyType: key.type,
  };
  const linkPurpose = linkPurposeOf(context, call, payload && payload.type !== 'SpreadElement' ? payload : undefined);
  context.facts.push(linkPurpose ? { ...fact, linkPurpose } : fact);
  context.facts.push(...jwtSecretFacts(context, 'jsonwebtoken', 'secretOrPrivateKey', key, undefined, call.arguments[1] ?? call));
}

function collectVerify(context: AdapterContext, call: TSESTree.CallExpression): void {
  const { options, range, optionsRange, read } = callOptions(context, call, 2);
  const key = keyOf(context, call);
  const fact: TokenVerifyFact = {
    kind: 'token-verify',
    library: 'jsonwebtoken',
    range,
    optionsRange,
    editor: jwtEditor(context, options, VERIFY_PATHS, (text) => insertArgument(call, 2, text)),
    optionName: optionNameOf(VERIFY_PATHS),
    algorithms: call.arguments.length < 2 ? unknown() : read.stringList(['algorithms']),
    ignoreExpiration: read.boolean(['ignoreExpiration'], false),
    keyType: key.type,
    algorithmsBoundToKey: false,
  };
  context.facts.push(fact);
  context.facts.push(...jwtSecretFacts(context, 'jsonwebtoken', 'secretOrPublicKey', key, undefined, call.arguments[1] ?? call));
}
