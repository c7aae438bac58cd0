import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FactEditor, TextEdit } from '../../../model/edit';
import type { TokenSignFact, TokenVerifyFact } from '../../../model/tokenFacts';
import { absent, known, unknown, type Value } from '../../../model/value';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { memberName, unwrap, walk, type Node } from '../ast';
import { quoteString } from '../objectEditor';
import { asString, entryAt, optionValue, rangeOfNode } from '../optionValues';
import { moduleCalls, moduleInstances } from './jwtCalls';
import { durationText } from './jwtDuration';
import { jwtSecretFacts, resolveKey } from './jwtKeys';
import { callOptions, durationArgument, insertArgument, jwtEditor, optionNameOf, payloadHasExp, type JwtOptionPaths } from './jwtOptions';
import { indentAt, newlineOf } from '../../textLayout';

/** jose v4/v5 export everything from the root; v3 used subpaths (`jose/jwt/sign`). */
const MODULES = ['jose', 'jose/jwt/sign', 'jose/jwt/verify', 'jose/jwt/unsecured'];

const BUILDERS = new Set(['SignJWT', 'UnsecuredJWT']);

/** What the v3 subpath modules export by default (a default import has the module's name here). */
const V3_DEFAULT_EXPORTS: Readonly<Record<string, string>> = { 'jose/jwt/sign': 'SignJWT', 'jose/jwt/unsecured': 'UnsecuredJWT' };

const SIGN_PATHS: JwtOptionPaths = { expiresIn: ['setExpirationTime'] };
const VERIFY_PATHS: JwtOptionPaths = { algorithms: ['algorithms'] };

/** One `.method(args)` call in a builder chain. */
interface ChainStep {
  readonly name: string;
  readonly call: TSESTree.CallExpression;
}

/**
 * jose: the `new SignJWT(payload).setProtectedHeader({ alg }).setExpirationTime('2h').sign(key)`
 * builder chain, `new UnsecuredJWT(payload).encode()` (alg "none"), `jwtVerify(token, key, options)`
 * and `UnsecuredJWT.decode()`. Without an `algorithms` option jwtVerify accepts only the algorithms
 * that fit the key object's type, and never "none".
 */
export const joseAdapter: JsAdapter = {
  name: 'jose',
  collect(context) {
    if (!context.importsAny(MODULES)) return;
    for (const { expression, name } of moduleInstances(context, MODULES, BUILDERS)) {
      const builder = V3_DEFAULT_EXPORTS[name] ?? name;
      if (builder === 'SignJWT') collectSignJwt(context, expression);
      if (builder === 'UnsecuredJWT') collectUnsecured(context, expression);
    }
    for (const call of [...moduleCalls(context, MODULES, ['jwtVerify']), ...moduleCalls(context, ['jose/jwt/verify'], [])]) collectVerify(context, call);
    for (const call of moduleCalls(context, MODULES, ['UnsecuredJWT', 'decode'])) collectUnsecuredDecode(context, call);
  },
};

/** The member calls made on a value, in order: `x.a().b().c()` from `x`. */
function chainFrom(context: AdapterContext, start: Node): ChainStep[] {
  const steps: ChainStep[] = [];
  let current: Node = start;
  for (;;) {
    const member = context.file.parentOf(current);
    if (member?.type !== 'MemberExpression' || member.object !== current) break;
    const call = context.file.parentOf(member);
    const name = memberName(member);
    if (call?.type !== 'CallExpression' || call.callee !== member || name === undefined) break;
    steps.push({ name, call });
    current = call;
  }
  return steps;
}

function lastStep(steps: readonly ChainStep[], name: string): ChainStep | undefined {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]!.name === name) return steps[i];
  return undefined;
}

function collectSignJwt(context: AdapterContext, expression: TSESTree.NewExpression): void {
  const steps = chainFrom(context, expression);
  const sign = lastStep(steps, 'sign');
  const expiration = lastStep(steps, 'setExpirationTime');
  const header = lastStep(steps, 'setProtectedHeader');
  const range = rangeOfNode(sign?.call ?? expression);
  const payload = expression.arguments[0];
  const hasExpClaim = payload && payload.type !== 'SpreadElement' ? payloadHasExp(context, payload) : false;
  let expiresIn: Value<number | null>;
  if (expiration?.call.arguments[0] && expiration.call.arguments[0].type !== 'SpreadElement') expiresIn = durationArgument(context, expiration.call.arguments[0], 'jose');
  else if (expiration) expiresIn = unknown(rangeOfNode(expiration.call));
  // A builder that is stored or passed on before `.sign()` may get its expiry elsewhere.
  else expiresIn = sign ? absent<number | null>(null) : unknown();
  const key = sign?.call.arguments[0] && sign.call.arguments[0].type !== 'SpreadElement' ? resolveKey(context, sign.call.arguments[0]) : undefined;
  const fact: TokenSignFact = {
    kind: 'token-sign',
    library: 'jose',
    range,
    optionsRange: rangeOfNode(expression),
    editor: sign ? chainEditor(context, steps, sign, expiration) : undefined,
    optionName: (k) => (k === 'expiresIn' ? 'setExpirationTime()' : optionNameOf(SIGN_PATHS)(k)),
    algorithm: header ? headerAlgorithm(context, header) : unknown(),
    expiresIn,
    hasExpClaim,
    defaults: false,
    keyType: key?.type ?? 'unknown',
  };
  context.facts.push(fact);
  if (key && sign) context.facts.push(...jwtSecretFacts(context, 'jose', 'key', key, undefined, sign.call.arguments[0]!));
}

function headerAlgorithm(context: AdapterContext, header: ChainStep): Value<string> {
  const argument = header.call.arguments[0];
  if (!argument || argument.type === 'SpreadElement') return unknown();
  const value = context.resolver.resolve(argument, context.file);
  if (value.kind !== 'object') return unknown(rangeOfNode(argument));
  const { entry, complete } = entryAt(value, ['alg']);
  return optionValue(context.file, entry, complete, asString, undefined, rangeOfNode(argument));
}

/** Sets the lifetime: replaces `setExpirationTime(…)`'s argument, or adds the call before `.sign()`. */
function chainEditor(context: AdapterContext, steps: readonly ChainStep[], sign: ChainStep, expiration: ChainStep | undefined): FactEditor {
  return {
    setOption(key, value) {
      if (key !== 'expiresIn' || value.type !== 'duration') return undefined;
      const quote = chainQuote(context, steps);
      const text = quoteString(durationText(value.seconds), quote);
      const existing = expiration?.call.arguments[0];
      if (existing) return [{ range: rangeOfNode(existing), newText: text }];
      return insertBeforeSign(context, sign, `.setExpirationTime(${text})`);
    },
  };
}

function insertBeforeSign(context: AdapterContext, sign: ChainStep, callText: string): TextEdit[] | undefined {
  const member = sign.call.callee;
  if (member.type !== 'MemberExpression') return undefined;
  const objectEnd = member.object.range[1];
  const text = context.file.text;
  const between = text.slice(objectEnd, member.property.range[0]);
  const newlineAt = between.search(/[\r\n]/);
  if (newlineAt < 0) return [{ range: { start: objectEnd, end: objectEnd }, newText: callText }];
  // A chain written one call per line gets the new call on its own line, indented like `.sign`.
  const indent = indentAt(text, member.property.range[0]);
  const newline = newlineOf(text);
  return [{ range: { start: objectEnd, end: objectEnd }, newText: `${newline}${indent}${callText}` }];
}

/** The quote the chain's own strings use. */
function chainQuote(context: AdapterContext, steps: readonly ChainStep[]): string {
  let quote: string | undefined;
  for (const step of steps) {
    for (const argument of step.call.arguments) {
      walk(argument, (node) => {
        if (quote === undefined && node.type === 'Literal' && typeof node.value === 'string') quote = context.file.text[node.range[0]];
      });
    }
  }
  return quote === '"' ? '"' : "'";
}

function collectUnsecured(context: AdapterContext, expression: TSESTree.NewExpression): void {
  const steps = chainFrom(context, expression);
  const encode = lastStep(steps, 'encode');
  const range = rangeOfNode(expression);
  const fact: TokenSignFact = {
    kind: 'token-sign',
    library: 'jose',
    range: rangeOfNode(encode?.call ?? expression),
    optionsRange: range,
    optionName: () => 'UnsecuredJWT',
    algorithm: known('none', rangeOfNode(unwrap(expression.callee))),
    // An unsecured token is reported for its algorithm; its lifetime does not matter then.
    expiresIn: unknown(),
    hasExpClaim: undefined,
    defaults: false,
    keyType: 'unknown',
  };
  context.facts.push(fact);
}

function collectVerify(context: AdapterContext, call: TSESTree.CallExpression): void {
  const { options, range, optionsRange, read } = callOptions(context, call, 2);
  const keyNode = call.arguments[1];
  const key = keyNode && keyNode.type !== 'SpreadElement' ? resolveKey(context, keyNode) : undefined;
  const fact: TokenVerifyFact = {
    kind: 'token-verify',
    library: 'jose',
    range,
    optionsRange,
    editor: jwtEditor(context, options, VERIFY_PATHS, (text) => insertArgument(call, 2, text)),
    optionName: optionNameOf(VERIFY_PATHS),
    algorithms: read.stringList(['algorithms']),
    // jose has no way to skip the exp check.
    ignoreExpiration: absent(false),
    keyType: key?.type ?? 'unknown',
    algorithmsBoundToKey: true,
  };
  context.facts.push(fact);
  if (key && keyNode) context.facts.push(...jwtSecretFacts(context, 'jose', 'key', key, undefined, keyNode));
}

function collectUnsecuredDecode(context: AdapterContext, call: TSESTree.CallExpression): void {
  const range = rangeOfNode(call);
  context.facts.push({
    kind: 'token-verify',
    library: 'jose',
    range,
    optionsRange: range,
    optionName: () => 'UnsecuredJWT.decode',
    algorithms: known<readonly string[]>(['none'], rangeOfNode(call.callee)),
    ignoreExpiration: absent(false),
    keyType: 'unknown',
    algorithmsBoundToKey: true,
  });
}
