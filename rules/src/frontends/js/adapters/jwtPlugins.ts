import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TokenSignFact, TokenVerifyFact } from '../../../model/tokenFacts';
import { unknown } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { memberName, unwrap } from '../ast';
import { rangeOfNode } from '../optionValues';
import type { JsValue } from '../values';
import { classifyKey, jwtSecretFacts, type ResolvedKey } from './jwtKeys';
import { everyProviderSignSetsExpiry } from './nestSignCoverage';
import { jwtEditor, JwtOptionReader, optionNameOf, optionsArgument, payloadHasExp, type JwtOptionPaths } from './jwtOptions';

const FASTIFY_JWT = ['@fastify/jwt', 'fastify-jwt'];
const NEST_JWT = ['@nestjs/jwt'];

const FASTIFY_PATHS: JwtOptionPaths = { expiresIn: ['sign', 'expiresIn'], algorithms: ['verify', 'algorithms'], ignoreExpiration: ['verify', 'ignoreExpiration'] };
const NEST_PATHS: JwtOptionPaths = { expiresIn: ['signOptions', 'expiresIn'], algorithms: ['verifyOptions', 'algorithms'], ignoreExpiration: ['verifyOptions', 'ignoreExpiration'] };

const NO_KEY: ResolvedKey = { value: { kind: 'unknown' }, type: 'unknown' };

/**
 * @fastify/jwt: `fastify.register(require('@fastify/jwt'), { secret, sign: { expiresIn, algorithm },
 * verify: { algorithms } })`. The registration's `sign` options are the defaults of every
 * `fastify.jwt.sign()` / `reply.jwtSign()`; numbers are seconds, strings go through @lukeed/ms.
 * Verification is fast-jwt's, which derives the algorithms from the key material when none are given.
 */
export const fastifyJwtAdapter: JsAdapter = {
  name: '@fastify/jwt',
  collect(context) {
    const imported = context.importsAny(FASTIFY_JWT);
    if (imported) {
      for (const call of context.file.calls) {
        const callee = unwrap(call.callee);
        const plugin = call.arguments[0];
        if (callee.type !== 'MemberExpression' || memberName(callee) !== 'register' || !plugin || plugin.type === 'SpreadElement') continue;
        const target = context.moduleOf(plugin);
        if (!target || !FASTIFY_JWT.includes(target.module) || target.path.length > 0) continue;
        const options = optionsArgument(call, 1);
        if (options) collectRegistration(context, '@fastify/jwt', call, options, FASTIFY_PATHS, 'secret', ['sign', 'algorithm'], ['verify']);
      }
    }
    const declared = FASTIFY_JWT.some((name) => context.file.project.dependencies[name] !== undefined);
    if (imported || declared) collectDecoratorSigns(context);
  },
};

/**
 * @nestjs/jwt: `JwtModule.register({ secret, signOptions: { expiresIn }, verifyOptions })` and
 * `JwtModule.registerAsync({ useFactory: () => ({ … }) })`. JwtService signs and verifies with
 * jsonwebtoken, so its defaults are jsonwebtoken's.
 */
export const nestJwtAdapter: JsAdapter = {
  name: '@nestjs/jwt',
  collect(context) {
    if (!context.importsAny(NEST_JWT)) return;
    for (const call of context.callsTo(NEST_JWT, ['JwtModule', 'register'])) {
      const options = optionsArgument(call, 0);
      if (options) collectRegistration(context, '@nestjs/jwt', call, options, NEST_PATHS, 'secret', ['signOptions', 'algorithm'], ['verifyOptions']);
    }
    for (const call of context.callsTo(NEST_JWT, ['JwtModule', 'registerAsync'])) {
      const options = optionsArgument(call, 0);
      const factory = options && factoryOptions(context, options);
      if (factory) collectResolvedRegistration(context, '@nestjs/jwt', call, factory.value, factory.node, NEST_PATHS, 'secret', ['signOptions', 'algorithm'], ['verifyOptions']);
    }
  },
};

/** The object a `useFactory` returns, when it returns one. */
function factoryOptions(context: AdapterContext, optionsNode: TSESTree.Expression): { value: JsValue; node: TSESTree.Node } | undefined {
  const options = context.resolver.resolve(optionsNode, context.file);
  if (options.kind !== 'object') return undefined;
  const factory = options.entries.find((entry) => entry.key === 'useFactory');
  if (!factory || factory.value.kind !== 'function') return undefined;
  const returned = context.resolver.returnValue(factory.value.node, factory.value.file, factory.value.node, 0);
  return returned.kind === 'object' && returned.node ? { value: returned, node: returned.node } : undefined;
}

function collectRegistration(
  context: AdapterContext,
  library: string,
  call: TSESTree.CallExpression,
  optionsNode: TSESTree.Expression,
  paths: JwtOptionPaths,
  keyOption: string,
  algorithmPath: readonly string[],
  verifyPath: readonly string[],
): void {
  collectResolvedRegistration(context, library, call, context.resolver.resolve(optionsNode, context.file), optionsNode, paths, keyOption, algorithmPath, verifyPath);
}

function collectResolvedRegistration(
  context: AdapterContext,
  library: string,
  call: TSESTree.CallExpression,
  options: JsValue,
  optionsNode: TSESTree.Node,
  paths: JwtOptionPaths,
  keyOption: string,
  algorithmPath: readonly string[],
  verifyPath: readonly string[],
): void {
  const range = rangeOfNode(call);
  const optionsRange = rangeOfNode(optionsNode);
  const read = new JwtOptionReader(context, options, optionsRange);
  // @nestjs/jwt also takes privateKey/publicKey and the deprecated secretOrPrivateKey.
  const keyEntry = read.entry([keyOption]) ?? read.entry(['privateKey']) ?? read.entry(['secretOrPrivateKey']);
  const key = keyEntry ? classifyKey(context, keyEntry.value) : NO_KEY;
  const editor = jwtEditor(context, options, paths);
  const optionName = optionNameOf(paths);
  const sign: TokenSignFact = {
    kind: 'token-sign',
    library,
    range,
    optionsRange,
    editor,
    optionName,
    algorithm: read.string(algorithmPath, key.type === 'secret' ? 'HS256' : undefined),
    expiresIn: read.duration(paths.expiresIn!, 'ms'),
    // Each call brings its own payload; the defaults are judged on their own.
    hasExpClaim: undefined,
    defaults: true,
    keyType: key.type,
  };
  // A registration without a default lifetime whose module's providers set one on every sign call.
  const unused = library === '@nestjs/jwt' && sign.expiresIn.kind === 'absent' && everyProviderSignSetsExpiry(context, call);
  context.facts.push(unused ? { ...sign, expiresIn: unknown() } : sign);
  // @nestjs/jwt's verifyOptions only matter where JwtService.verify is used; without them the
  // registration is taken for signing only (verification is often passport-jwt's).
  const verifyEntry = read.entry(verifyPath);
  if (library !== '@nestjs/jwt' || verifyEntry) {
    const verify: TokenVerifyFact = {
      kind: 'token-verify',
      library,
      range,
      // A missing allow-list is reported on the verify options when they are written out.
      optionsRange: verifyEntry?.property && verifyEntry.file === context.file ? rangeOfNode(verifyEntry.property) : optionsRange,
      editor,
      optionName,
      algorithms: read.stringList(paths.algorithms!),
      ignoreExpiration: read.boolean(paths.ignoreExpiration!, false),
      keyType: key.type,
      algorithmsBoundToKey: false,
    };
    context.facts.push(verify);
  }
  if (keyEntry) context.facts.push(...jwtSecretFacts(context, library, keyEntry.key, key, keyEntry, call));
}

/**
 * `fastify.jwt.sign(payload, options)` and `reply.jwtSign(payload, options)`: only an explicit
 * lifetime is judged here; without one the call inherits the registration's, judged there.
 */
function collectDecoratorSigns(context: AdapterContext): void {
  for (const call of context.file.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const name = memberName(callee);
    const object = unwrap(callee.object);
    const isJwtSign = name === 'sign' && object.type === 'MemberExpression' && memberName(object) === 'jwt' && !context.moduleOf(callee);
    if (!isJwtSign && name !== 'jwtSign') continue;
    const optionsNode = optionsArgument(call, 1);
    if (!optionsNode) continue;
    const options = context.resolver.resolve(optionsNode, context.file);
    const range = rangeOfNode(call);
    const optionsRange = rangeOfNode(optionsNode);
    const read = new JwtOptionReader(context, options, optionsRange);
    // reply.jwtSign(payload, { sign: { expiresIn } }) is the newer contract; flat options the older.
    const prefix = name === 'jwtSign' && read.entry(['sign']) ? ['sign'] : [];
    const paths: JwtOptionPaths = { expiresIn: [...prefix, 'expiresIn'] };
    const expiresIn = read.duration(paths.expiresIn!, 'ms');
    const payload = call.arguments[0];
    const fact: TokenSignFact = {
      kind: 'token-sign',
      library: '@fastify/jwt',
      range,
      optionsRange,
      editor: jwtEditor(context, options, paths),
      optionName: optionNameOf(paths),
      algorithm: unknown(),
      expiresIn: expiresIn.kind === 'absent' ? unknown() : expiresIn,
      hasExpClaim: payload && payload.type !== 'SpreadElement' ? payloadHasExp(context, payload) : undefined,
      defaults: false,
      keyType: 'unknown',
    };
    context.facts.push(fact);
  }
}
