import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { CookieWriteFact } from '../../../model/facts';
import { memberName, unwrap, walk, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { lookup } from '../scope';
import { cookieCallFact } from './cookieCall';
import { withEditorLimits } from './cookieFactEditing';
import { NGX_DEFAULTS, NGX_EDITOR_LIMITS, noneForcesSecure } from './ngxCookieOptions';
import { ngxPositionalFact } from './ngxPositional';
import { asScriptWritten, carriesCredential, expiresEntry, SCRIPT_COOKIE_KEYS, withExpiresInDays } from './scriptCookie';

const MODULES = ['ngx-cookie-service', 'ngx-cookie-service-ssr'];
const SERVICE_CLASSES = new Set(['CookieService', 'SsrCookieService']);

/** Local names of the imported service classes (`import { CookieService as Cookies } from 'ngx-cookie-service'`). */
function serviceClassNames(context: AdapterContext): Set<string> {
  const names = new Set<string>();
  for (const statement of context.file.program.body) {
    if (statement.type !== 'ImportDeclaration' || !MODULES.includes(String(statement.source.value))) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier' && SERVICE_CLASSES.has(specifier.imported.name)) names.add(specifier.local.name);
    }
  }
  return names;
}

function isServiceType(annotation: TSESTree.TypeNode | undefined, classes: ReadonlySet<string>): boolean {
  return annotation?.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && classes.has(annotation.typeName.name);
}

/** `inject(CookieService)` (Angular 14+). */
function isInjected(node: Node | null | undefined, classes: ReadonlySet<string>): boolean {
  const target = node ? unwrap(node) : undefined;
  if (target?.type !== 'CallExpression') return false;
  const callee = unwrap(target.callee);
  const argument = target.arguments[0];
  return callee.type === 'Identifier' && callee.name === 'inject' && argument?.type === 'Identifier' && classes.has(argument.name);
}

/** Names of class members holding the service: `constructor(private cookies: CookieService)`, `cookies = inject(CookieService)`. */
function serviceMembers(context: AdapterContext, classes: ReadonlySet<string>): Set<string> {
  const members = new Set<string>();
  walk(context.file.program, (node) => {
    if (node.type === 'TSParameterProperty' && node.parameter.type === 'Identifier' && isServiceType(node.parameter.typeAnnotation?.typeAnnotation, classes)) {
      members.add(node.parameter.name);
    } else if (node.type === 'PropertyDefinition' && node.key.type === 'Identifier' && (isServiceType(node.typeAnnotation?.typeAnnotation, classes) || isInjected(node.value, classes))) {
      members.add(node.key.name);
    }
  });
  return members;
}

/** `this.<member>`, or a parameter or const holding the service. */
function isService(context: AdapterContext, node: Node, classes: ReadonlySet<string>, members: ReadonlySet<string>): boolean {
  const target = unwrap(node);
  if (target.type === 'MemberExpression') return unwrap(target.object).type === 'ThisExpression' && members.has(memberName(target) ?? '');
  if (target.type !== 'Identifier') return false;
  const binding = lookup(context.file, target.name, target);
  if (binding?.kind === 'param') return binding.path.length === 0 && isServiceType(binding.id.typeAnnotation?.typeAnnotation, classes);
  return binding?.kind === 'variable' && binding.path.length === 0 && isInjected(binding.init, classes);
}

/**
 * ngx-cookie-service's `set(name, value, options?)` and its older positional
 * `set(name, value, expires?, path?, domain?, secure?, sameSite?)`, on the injected service, for
 * cookies that carry a credential.
 */
export const ngxCookieServiceAdapter: JsAdapter = {
  name: 'ngx-cookie-service',
  collect(context) {
    if (!context.importsAny(MODULES)) return;
    const classes = serviceClassNames(context);
    if (classes.size === 0) return;
    const members = serviceMembers(context, classes);
    for (const call of context.file.calls) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || memberName(callee) !== 'set' || !isService(context, callee.object, classes, members)) continue;
      const fact = ngxFact(context, call);
      if (fact && carriesCredential(fact.cookie.name, call.arguments[1])) context.facts.push(fact);
    }
  },
};

function ngxFact(context: AdapterContext, call: TSESTree.CallExpression): CookieWriteFact | undefined {
  const third = call.arguments[2];
  if (third?.type === 'SpreadElement') return undefined;
  const options = third ? context.resolver.resolve(third, context.file) : undefined;
  // The library takes the positional form when the third argument is a number or a Date or more arguments follow.
  if (call.arguments.length > 3 || (options && (options.kind === 'literal' ? typeof options.value === 'number' : options.kind === 'instance'))) return ngxPositionalFact(context, call);
  // Anything else in third place that cannot be resolved may be either form.
  if (options && options.kind !== 'object' && !(options.kind === 'literal' && (options.value === undefined || options.value === null))) return undefined;
  const fact = cookieCallFact(context, call, { library: 'ngx-cookie-service', defaults: NGX_DEFAULTS, maxAgeUnit: 's', optionsIndex: 2, zeroMaxAgeClears: false });
  const expires = options ? expiresEntry(options) : { value: undefined, node: undefined };
  return withEditorLimits(asScriptWritten(noneForcesSecure(withExpiresInDays(fact, expires.value, expires.node)), 'expires'), NGX_EDITOR_LIMITS);
}
