import { memberName, unwrap, type Node } from '../ast';
import type { AdapterContext, JsAdapter } from '../adapterContext';
import { isGlobal } from '../scope';
import { cookieStringFact } from './cookieStringFact';
import { builtStrings } from './stringParts';

/** `window.document`, `globalThis.document`, `self.document`: the same global document. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);

function isGlobalDocument(context: AdapterContext, node: Node): boolean {
  const target = unwrap(node);
  if (target.type === 'Identifier') return target.name === 'document' && isGlobal(context.file, 'document', target);
  if (target.type !== 'MemberExpression' || memberName(target) !== 'document') return false;
  const object = unwrap(target.object);
  return object.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name) && isGlobal(context.file, object.name, object);
}

/**
 * Browser code writing `document.cookie = 'name=value; Secure; SameSite=Lax'` (or a template). The
 * string is a cookie string like a Set-Cookie header, except that scripts cannot set HttpOnly.
 */
export const documentCookieAdapter: JsAdapter = {
  name: 'document-cookie',
  collect(context) {
    for (const assignment of context.file.assignments) {
      const left = assignment.left;
      if (assignment.operator !== '=' || left.type !== 'MemberExpression' || memberName(left) !== 'cookie' || !isGlobalDocument(context, left.object)) continue;
      for (const built of builtStrings(context, assignment.right)) context.facts.push(cookieStringFact('document-cookie', built, 'script'));
    }
  },
};
