import type { Node } from 'web-tree-sitter';
import type { PhpFile } from './fileContext';
import { readsOwnSessionCookie } from './adapters/ownSessionCookie';
import { globalFunctionName, namedChildren, unwrapParentheses } from './syntax';

/** Where a session id given to session_id() comes from. */
export type IdSource =
  | { readonly kind: 'input'; readonly source: string }
  | { readonly kind: 'weak'; readonly sources: readonly string[] }
  | { readonly kind: 'strong' }
  | { readonly kind: 'unknown' };

/** Functions whose output an attacker can predict or enumerate. */
const WEAK_FUNCTIONS = new Set(['uniqid', 'time', 'microtime', 'hrtime', 'rand', 'mt_rand', 'lcg_value', 'getmypid', 'date', 'gettimeofday']);
/** Cryptographically secure sources. */
const STRONG_FUNCTIONS = new Set(['random_bytes', 'random_int', 'openssl_random_pseudo_bytes', 'session_create_id', 'sodium_crypto_secretbox_keygen']);
const INPUT_VARIABLES = new Set(['_GET', '_POST', '_REQUEST', '_COOKIE']);

const MAX_NODES = 200;

/** Classifies the expression given to session_id($x), following variables assigned once. */
export function classifyIdSource(file: PhpFile, expression: Node): IdSource {
  const weak = new Set<string>();
  let strong = false;
  let opaque = false;
  let input: string | undefined;
  const stack: Node[] = [expression];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const node = unwrapParentheses(stack.pop()!);
    switch (node.type) {
      case 'function_call_expression': {
        const name = globalFunctionName(node);
        if (name === 'filter_input' || name === 'getallheaders') {
          input ??= file.excerpt(node);
          continue;
        }
        if (name && WEAK_FUNCTIONS.has(name)) weak.add(`${name}()`);
        else if (name && STRONG_FUNCTIONS.has(name)) strong = true;
        else if (!name) opaque = true;
        const args = node.childForFieldName('arguments');
        if (args) stack.push(...namedChildren(args));
        continue;
      }
      case 'subscript_expression': {
        // `$_COOKIE[session_name()]`: the id PHP would have read itself; where it came from is not known here.
        if (readsOwnSessionCookie(node)) {
          opaque = true;
          continue;
        }
        const base = namedChildren(node)[0];
        const baseName = base?.type === 'variable_name' ? namedChildren(base)[0]?.text : undefined;
        const index = namedChildren(node)[1];
        // Request headers reach PHP as $_SERVER['HTTP_…'].
        const header = baseName === '_SERVER' && index !== undefined && /^['"]HTTP_/i.test(index.text);
        if (baseName && (INPUT_VARIABLES.has(baseName) || header)) input ??= file.excerpt(node);
        else stack.push(...namedChildren(node));
        continue;
      }
      case 'variable_name': {
        const name = namedChildren(node)[0]?.text;
        if (!name) continue;
        const writes = file.writesTo(file.scopeOf(node), name);
        if (writes.length === 1 && writes[0]!.kind === 'assign') stack.push(writes[0]!.value);
        else opaque = true;
        continue;
      }
      case 'update_expression':
        weak.add('a counter');
        continue;
      case 'member_call_expression':
      case 'scoped_call_expression':
      case 'member_access_expression':
      case 'nullsafe_member_call_expression':
        opaque = true;
        continue;
      default:
        stack.push(...namedChildren(node));
    }
  }
  if (input) return { kind: 'input', source: input };
  if (strong) return { kind: 'strong' };
  if (weak.size > 0) return { kind: 'weak', sources: [...weak].sort() };
  if (!opaque && isConstant(expression)) return { kind: 'weak', sources: ['a fixed string'] };
  return { kind: 'unknown' };
}

function isConstant(node: Node): boolean {
  const expression = unwrapParentheses(node);
  return expression.type === 'string' || expression.type === 'integer' || (expression.type === 'encapsed_string' && namedChildren(expression).every((c) => c.type === 'string_content' || c.type === 'escape_sequence'));
}
