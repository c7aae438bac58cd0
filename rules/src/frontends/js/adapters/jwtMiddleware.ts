import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TokenVerifyFact } from '../../../model/tokenFacts';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { unwrap, type Node } from '../ast';
import { rangeOfNode } from '../optionValues';
import { classifyKey, jwtSecretFacts, type ResolvedKey } from './jwtKeys';
import { jwtEditor, JwtOptionReader, optionNameOf, type JwtOptionPaths } from './jwtOptions';

const EXPRESS_JWT = ['express-jwt'];
const PASSPORT_JWT = ['passport-jwt'];

const EXPRESS_PATHS: JwtOptionPaths = { algorithms: ['algorithms'], ignoreExpiration: ['ignoreExpiration'] };

/**
 * express-jwt: `expressjwt({ secret, algorithms })` (v7+), `jwt({ secret, algorithms })` (the default
 * export before v7). The options go to jsonwebtoken's verify, so `ignoreExpiration` works there too.
 * `algorithms` is required since v6; before that a missing one accepted any algorithm (CVE-2020-15084).
 */
export const expressJwtAdapter: JsAdapter = {
  name: 'express-jwt',
  collect(context) {
    if (!context.importsAny(EXPRESS_JWT)) return;
    const calls = [...context.callsTo(EXPRESS_JWT, []), ...context.callsTo(EXPRESS_JWT, ['expressjwt'])].sort((a, b) => a.range[0] - b.range[0]);
    for (const call of calls) {
      const argument = call.arguments[0];
      if (!argument || argument.type === 'SpreadElement') continue;
      collectVerifier(context, 'express-jwt', call, argument, EXPRESS_PATHS, 'secret');
    }
  },
};

/**
 * passport-jwt: `new JwtStrategy({ secretOrKey, algorithms, ignoreExpiration }, verify)`, and the
 * NestJS form `class JwtStrategy extends PassportStrategy(Strategy) { constructor() { super({ … }) } }`.
 * `algorithms` and `ignoreExpiration` may also come through `jsonWebTokenOptions`.
 */
export const passportJwtAdapter: JsAdapter = {
  name: 'passport-jwt',
  collect(context) {
    if (!context.importsAny(PASSPORT_JWT)) return;
    for (const expression of context.file.newExpressions) {
      if (!isPassportJwtStrategy(context, expression.callee)) continue;
      const argument = expression.arguments[0];
      if (argument && argument.type !== 'SpreadElement') collectPassport(context, expression, argument);
    }
    for (const call of context.file.calls) {
      if (call.callee.type !== 'Super' || !extendsPassportJwt(context, call)) continue;
      const argument = call.arguments[0];
      if (argument && argument.type !== 'SpreadElement') collectPassport(context, call, argument);
    }
  },
};

function isPassportJwtStrategy(context: AdapterContext, node: Node): boolean {
  const target = context.moduleOf(node);
  return target !== undefined && PASSPORT_JWT.includes(target.module) && target.path.join('.') === 'Strategy';
}

/** True when a `super(…)` call is in a class that extends passport-jwt's Strategy, directly or through `PassportStrategy(Strategy)`. */
function extendsPassportJwt(context: AdapterContext, call: TSESTree.CallExpression): boolean {
  let current: Node | undefined = call;
  while (current && current.type !== 'ClassDeclaration' && current.type !== 'ClassExpression') current = context.file.parentOf(current);
  const superClass = current?.superClass ? unwrap(current.superClass) : undefined;
  if (!superClass) return false;
  if (isPassportJwtStrategy(context, superClass)) return true;
  return superClass.type === 'CallExpression' && superClass.arguments.some((argument) => argument.type !== 'SpreadElement' && isPassportJwtStrategy(context, argument));
}

function collectPassport(context: AdapterContext, at: TSESTree.CallExpression | TSESTree.NewExpression, optionsNode: TSESTree.Expression): void {
  const options = context.resolver.resolve(optionsNode, context.file);
  const read = new JwtOptionReader(context, options, rangeOfNode(optionsNode));
  // Top-level options win over jsonWebTokenOptions (passport-jwt 4 merges them in that order).
  const topAlgorithms = read.stringList(['algorithms']);
  const useNested = topAlgorithms.kind === 'absent' && read.entry(['jsonWebTokenOptions', 'algorithms']) !== undefined;
  const topIgnore = read.boolean(['ignoreExpiration'], false);
  const nestedIgnore = topIgnore.kind === 'absent' && read.entry(['jsonWebTokenOptions', 'ignoreExpiration']) !== undefined;
  const paths: JwtOptionPaths = {
    algorithms: useNested ? ['jsonWebTokenOptions', 'algorithms'] : ['algorithms'],
    ignoreExpiration: nestedIgnore ? ['jsonWebTokenOptions', 'ignoreExpiration'] : ['ignoreExpiration'],
  };
  const keyEntry = read.entry(['secretOrKey']);
  const hasProvider = read.entry(['secretOrKeyProvider']) !== undefined;
  // A secretOrKeyProvider (jwks-rsa's passportJwtSecret) fetches keys at run time.
  const key: ResolvedKey = keyEntry && !hasProvider ? classifyKey(context, keyEntry.value) : { value: { kind: 'unknown' }, type: 'unknown' };
  const range = rangeOfNode(at);
  const fact: TokenVerifyFact = {
    kind: 'token-verify',
    library: 'passport-jwt',
    range,
    optionsRange: rangeOfNode(optionsNode),
    editor: jwtEditor(context, options, paths),
    optionName: optionNameOf(paths),
    algorithms: useNested ? read.stringList(['jsonWebTokenOptions', 'algorithms']) : topAlgorithms,
    ignoreExpiration: nestedIgnore ? read.boolean(['jsonWebTokenOptions', 'ignoreExpiration'], false) : topIgnore,
    keyType: key.type,
    algorithmsBoundToKey: false,
  };
  context.facts.push(fact);
  if (keyEntry && !hasProvider) context.facts.push(...jwtSecretFacts(context, 'passport-jwt', 'secretOrKey', key, keyEntry, at));
}

/** A verifier configured by one options object whose key sits under `keyOption`. */
function collectVerifier(context: AdapterContext, library: string, call: TSESTree.CallExpression, optionsNode: TSESTree.Expression, paths: JwtOptionPaths, keyOption: string): void {
  const options = context.resolver.resolve(optionsNode, context.file);
  const read = new JwtOptionReader(context, options, rangeOfNode(optionsNode));
  const keyEntry = read.entry([keyOption]);
  const key: ResolvedKey = keyEntry ? classifyKey(context, keyEntry.value) : { value: { kind: 'unknown' }, type: 'unknown' };
  const fact: TokenVerifyFact = {
    kind: 'token-verify',
    library,
    range: rangeOfNode(call),
    optionsRange: rangeOfNode(optionsNode),
    editor: jwtEditor(context, options, paths),
    optionName: optionNameOf(paths),
    algorithms: read.stringList(['algorithms']),
    ignoreExpiration: read.boolean(['ignoreExpiration'], false),
    keyType: key.type,
    algorithmsBoundToKey: false,
  };
  context.facts.push(fact);
  if (keyEntry) context.facts.push(...jwtSecretFacts(context, library, keyOption, key, keyEntry, call));
}
