import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunction, memberName, staticKey, unwrap, walk, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';

/**
 * Words that name a one-purpose link token: an unsubscribe link, an email verification or
 * confirmation, a password reset, an account activation or an invitation. Such a token is not a
 * session: it is sent by email, does one thing, and its lifetime is not the session's.
 */
const LINK_WORDS = /unsubscri|verif|confirm|reset|activat|invit/i;
/** Claims that say what a token is for: `{ purpose: 'email-verification' }`, `{ type: 'reset' }`. */
const PURPOSE_CLAIMS = new Set(['purpose', 'type', 'typ', 'action', 'kind', 'use', 'scope', 'template', 'intent']);
const MAX_USES = 20;

/**
 * What a signed token is for, when its claims or its use say it is a link token: the word that
 * says so (`unsubscribe`, `reset`), or undefined (a session token, or not known). Read from a
 * purpose claim with a literal value, or from where the token goes: into a URL built with such a
 * word (`[url, 'email', 'unsubscribe', token].join('/')`, `` `${base}/reset-password?token=${t}` ``),
 * directly or through the variable it is assigned to.
 */
export function linkPurposeOf(context: AdapterContext, call: TSESTree.CallExpression, payload: Node | undefined): string | undefined {
  return (payload ? purposeClaim(payload) : undefined) ?? linkWordOfUse(context, call) ?? linkWordOfVariableUses(context, call);
}

function purposeClaim(payload: Node): string | undefined {
  const object = unwrap(payload);
  if (object.type !== 'ObjectExpression') return undefined;
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const key = staticKey(property.key, property.computed);
    const value = unwrap(property.value);
    if (key && PURPOSE_CLAIMS.has(key) && value.type === 'Literal' && typeof value.value === 'string') {
      const word = LINK_WORDS.exec(value.value);
      if (word) return value.value;
    }
  }
  return undefined;
}

/** The link word of the URL an expression is joined into, walking up templates, `+`, arrays and `.join()`. */
function linkWordOfUse(context: AdapterContext, node: Node): string | undefined {
  let current: Node = node;
  for (let depth = 0; depth < 6; depth++) {
    const parent = context.file.parentOf(current);
    if (!parent) return undefined;
    if (parent.type === 'AwaitExpression' || parent.type === 'TSAsExpression' || parent.type === 'CallExpression' && isUriEncoding(parent, current)) {
      current = parent;
      continue;
    }
    if (parent.type === 'TemplateLiteral') return wordIn(parent.quasis.map((q) => q.value.cooked ?? ''));
    if (parent.type === 'BinaryExpression' && parent.operator === '+') {
      const word = wordIn(literalStrings(parent));
      if (word) return word;
      current = parent;
      continue;
    }
    if (parent.type === 'ArrayExpression') {
      const joined = context.file.parentOf(parent);
      if (joined?.type === 'MemberExpression' && memberName(joined) === 'join') return wordIn(literalStrings(parent));
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** `encodeURIComponent(token)`: the token is still what goes into the URL. */
function isUriEncoding(call: TSESTree.CallExpression, argument: Node): boolean {
  const callee = unwrap(call.callee);
  return call.arguments[0] === argument && callee.type === 'Identifier' && (callee.name === 'encodeURIComponent' || callee.name === 'encodeURI');
}

/** `const token = jwt.sign(…)` or `payload = jwt.sign(…)`: the link word of the variable's uses in the same function. */
function linkWordOfVariableUses(context: AdapterContext, call: TSESTree.CallExpression): string | undefined {
  let holder: Node = call;
  let parent = context.file.parentOf(holder);
  if (parent?.type === 'AwaitExpression') {
    holder = parent;
    parent = context.file.parentOf(holder);
  }
  const name =
    parent?.type === 'VariableDeclarator' && parent.init === holder && parent.id.type === 'Identifier'
      ? parent.id.name
      : parent?.type === 'AssignmentExpression' && parent.right === holder && parent.left.type === 'Identifier'
        ? parent.left.name
        : undefined;
  if (!name) return undefined;
  let scope: Node | undefined = parent;
  while (scope && !isFunction(scope) && scope.type !== 'Program') scope = context.file.parentOf(scope);
  if (!scope) return undefined;
  let found: string | undefined;
  let uses = 0;
  walk(scope, (node, nodeParent) => {
    if (found || uses > MAX_USES || node.type !== 'Identifier' || node.name !== name || node.range[0] < call.range[1]) return;
    if (nodeParent?.type === 'MemberExpression' && nodeParent.property === node && !nodeParent.computed) return;
    uses++;
    found = linkWordOfUse(context, node);
  });
  return found;
}

function literalStrings(node: Node): string[] {
  const strings: string[] = [];
  walk(node, (child) => {
    if (child.type === 'Literal' && typeof child.value === 'string') strings.push(child.value);
    else if (child.type === 'TemplateElement') strings.push(child.value.cooked ?? '');
  });
  return strings;
}

function wordIn(strings: readonly string[]): string | undefined {
  for (const text of strings) {
    const match = LINK_WORDS.exec(text);
    if (match) return text.trim();
  }
  return undefined;
}
