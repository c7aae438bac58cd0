import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TokenSignFact, TokenVerifyFact } from '../../../model/tokenFacts';
import { unknown } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { memberName, unwrap, type Node } from '../ast';
import { rangeOfNode } from '../optionValues';
import { lookup } from '../scope';
import { classifyKey, jwtSecretFacts } from './jwtKeys';
import { linkPurposeOf } from './jwtPurpose';
import { jwtEditor, JwtOptionReader, optionNameOf, optionsArgument, payloadHasExp, type JwtOptionPaths } from './jwtOptions';

const NEST_JWT = '@nestjs/jwt';
const SIGN_METHODS = new Set(['sign', 'signAsync']);
const VERIFY_METHODS = new Set(['verify', 'verifyAsync']);

const SIGN_PATHS: JwtOptionPaths = { expiresIn: ['expiresIn'] };
const VERIFY_PATHS: JwtOptionPaths = { algorithms: ['algorithms'], ignoreExpiration: ['ignoreExpiration'] };

/**
 * @nestjs/jwt's injected `JwtService`: `this.jwtService.sign(payload, { secret, expiresIn })` and
 * `verify(token, { secret, algorithms, ignoreExpiration })`, where `jwtService` is a constructor
 * parameter property or a class property typed `JwtService` from '@nestjs/jwt'. Options a call
 * leaves out come from `JwtModule.register()`, judged there, so only written ones count here.
 */
export const nestJwtServiceAdapter: JsAdapter = {
  name: '@nestjs/jwt JwtService',
  collect(context) {
    if (!context.importsAny([NEST_JWT])) return;
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression') continue;
      const method = memberName(callee) ?? '';
      if (!SIGN_METHODS.has(method) && !VERIFY_METHODS.has(method)) continue;
      if (!isJwtService(context, callee.object)) continue;
      const optionsNode = optionsArgument(call, 1);
      if (!optionsNode) continue;
      if (SIGN_METHODS.has(method)) collectSign(context, call, optionsNode);
      else collectVerify(context, call, optionsNode);
    }
  },
};

/** `this.jwtService` where the class declares `jwtService: JwtService` (from @nestjs/jwt). */
function isJwtService(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type !== 'MemberExpression' || unwrap(target.object).type !== 'ThisExpression') return false;
  const name = memberName(target);
  const body = enclosingClassBody(context, target);
  if (!name || !body) return false;
  for (const element of body.body) {
    if (element.type === 'PropertyDefinition' && !element.computed && element.key.type === 'Identifier' && element.key.name === name) return isJwtServiceType(context, element.typeAnnotation, element);
    if (element.type === 'MethodDefinition' && element.kind === 'constructor') {
      for (const param of element.value.params) {
        if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' && param.parameter.name === name) return isJwtServiceType(context, param.parameter.typeAnnotation, param);
      }
    }
  }
  return false;
}

function enclosingClassBody(context: AdapterContext, node: Node): TSESTree.ClassBody | undefined {
  let current: Node | undefined = node;
  while (current && current.type !== 'ClassBody') current = context.file.parentOf(current);
  return current;
}

/** `at`: the property or parameter the annotation belongs to (types are not linked to their parents). */
function isJwtServiceType(context: AdapterContext, annotation: TSESTree.TSTypeAnnotation | undefined, at: Node): boolean {
  const type = annotation?.typeAnnotation;
  if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return false;
  const binding = lookup(context.file, type.typeName.name, at);
  return binding?.kind === 'import' && binding.source === NEST_JWT && binding.imported === 'JwtService';
}

function collectSign(context: AdapterContext, call: TSESTree.CallExpression, optionsNode: TSESTree.Expression): void {
  const options = context.resolver.resolve(optionsNode, context.file);
  const optionsRange = rangeOfNode(optionsNode);
  const read = new JwtOptionReader(context, options, optionsRange);
  const expiresIn = read.duration(['expiresIn'], 'ms');
  const keyEntry = read.entry(['secret']) ?? read.entry(['privateKey']);
  const key = keyEntry ? classifyKey(context, keyEntry.value) : undefined;
  const payload = call.arguments[0];
  const fact: TokenSignFact = {
    kind: 'token-sign',
    library: '@nestjs/jwt',
    range: rangeOfNode(call),
    optionsRange,
    editor: jwtEditor(context, options, SIGN_PATHS),
    optionName: optionNameOf(SIGN_PATHS),
    algorithm: read.entry(['algorithm']) ? read.string(['algorithm'], undefined) : unknown(),
    // Left out, the lifetime comes from JwtModule's signOptions.
    expiresIn: expiresIn.kind === 'absent' ? unknown() : expiresIn,
    hasExpClaim: payload && payload.type !== 'SpreadElement' ? payloadHasExp(context, payload) : undefined,
    defaults: false,
    keyType: key?.type ?? 'unknown',
  };
  const linkPurpose = linkPurposeOf(context, call, payload && payload.type !== 'SpreadElement' ? payload : undefined);
  context.facts.push(linkPurpose ? { ...fact, linkPurpose } : fact);
  if (keyEntry && key) context.facts.push(...jwtSecretFacts(context, '@nestjs/jwt', keyEntry.key, key, keyEntry, call));
}

function collectVerify(context: AdapterContext, call: TSESTree.CallExpression, optionsNode: TSESTree.Expression): void {
  const options = context.resolver.resolve(optionsNode, context.file);
  const optionsRange = rangeOfNode(optionsNode);
  const read = new JwtOptionReader(context, options, optionsRange);
  const keyEntry = read.entry(['secret']) ?? read.entry(['publicKey']);
  const key = keyEntry ? classifyKey(context, keyEntry.value) : undefined;
  const algorithms = read.stringList(['algorithms']);
  const fact: TokenVerifyFact = {
    kind: 'token-verify',
    library: '@nestjs/jwt',
    range: rangeOfNode(call),
    optionsRange,
    editor: jwtEditor(context, options, VERIFY_PATHS),
    optionName: optionNameOf(VERIFY_PATHS),
    // Left out, the allow-list comes from JwtModule's verifyOptions.
    algorithms: algorithms.kind === 'absent' ? unknown() : algorithms,
    ignoreExpiration: read.boolean(['ignoreExpiration'], false),
    keyType: key?.type ?? 'unknown',
    algorithmsBoundToKey: false,
  };
  context.facts.push(fact);
  if (keyEntry && key) context.facts.push(...jwtSecretFacts(context, '@nestjs/jwt', keyEntry.key, key, keyEntry, call));
}
