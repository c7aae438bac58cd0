import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { memberName, staticKey, stringLiteral, unwrap, type Node } from '../ast';
import type { FileContext } from '../fileContext';

/** Methods that set one header by name on a request or a Headers object: `setHeader('Cookie', v)`, `headers.set('cookie', v)`. */
const HEADER_SETTERS = new Set(['setHeader', 'set', 'append', 'header']);

const isCookieHeaderName = (name: string | undefined): boolean => name?.toLowerCase() === 'cookie';

/**
 * True when a serialized cookie string ends up in a `Cookie:` **request** header: a property named
 * `Cookie` (a headers object for fetch, axios, http.request, got, supertest), an assignment to
 * `headers.cookie`, or `setHeader('Cookie', …)` / `headers.set('cookie', …)`. Such a string sends a
 * cookie the client already holds to another server; the browser never stores it, so no attribute
 * of it protects anything (and `cookie.serialize` there is only building `name=value`). The walk goes
 * up through the expressions that join cookie strings: templates, `+`, arrays and their `.join()`.
 */
export function feedsRequestCookieHeader(file: FileContext, node: Node): boolean {
  let current: Node = node;
  for (let depth = 0; depth < 8; depth++) {
    const parent = file.parentOf(current);
    if (!parent) return false;
    switch (parent.type) {
      case 'TemplateLiteral':
      case 'BinaryExpression':
      case 'ArrayExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'ConditionalExpression':
        current = parent;
        continue;
      case 'MemberExpression':
        // `[a, b].join('; ')`: the array's join call carries the string on.
        if (parent.object === current && memberName(parent) === 'join') {
          const call = file.parentOf(parent);
          if (call?.type !== 'CallExpression') return false;
          current = call;
          continue;
        }
        return false;
      case 'Property':
        return parent.value === current && isCookieHeaderName(staticKey(parent.key, parent.computed));
      case 'AssignmentExpression': {
        const target = unwrap(parent.left);
        // `document.cookie = …` is a write into the browser's jar, not a request header.
        return parent.right === current && target.type === 'MemberExpression' && isCookieHeaderName(memberName(target)) && !isDocument(target.object);
      }
      case 'CallExpression':
        return isHeaderSetterCall(parent, current);
      default:
        return false;
    }
  }
  return false;
}

function isHeaderSetterCall(call: TSESTree.CallExpression, argument: Node): boolean {
  if (call.arguments[1] !== argument) return false;
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || !HEADER_SETTERS.has(memberName(callee) ?? '')) return false;
  return isCookieHeaderName(stringLiteral(call.arguments[0]));
}

function isDocument(node: Node): boolean {
  const target = unwrap(node);
  return target.type === 'Identifier' && target.name === 'document';
}
