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

/**
 * Hashes and checksums: their output is as guessable as their input. `md5($user['email'])` is
 * recomputed by anyone who knows the address; `md5(random_bytes(16))` is as strong as its input.
 * hash_hmac() is left out: its key is a secret the attacker does not have.
 */
const HASH_FUNCTIONS = new Set(['md5', 'sha1', 'crc32', 'hash', 'base64_encode', 'str_rot13', 'strrev']);
/** A variable named like a secret may be one: a hash of it is not called predictable. */
const SECRET_NAME = /secret|key|salt|pepper|nonce|random|entropy|token/i;

const MAX_NODES = 200;

/** What an expression is made of, before it is classified. */
interface IdScan {
  input: string | undefined;
  strong: boolean;
  readonly weak: Set<string>;
  /** A call the scan cannot see into (a method, a function not in the list). */
  opaqueCall: boolean;
  /** Data whose origin is not followed: a parameter, a property, a variable written several times. */
  opaqueData: boolean;
  /** A variable or property named like a secret. */
  secret: boolean;
}

/** Classifies the expression given to session_id($x), following variables assigned once. */
export function classifyIdSource(file: PhpFile, expression: Node): IdSource {
  const scan = scanIdExpression(file, [expression], { nodes: 0 });
  if (scan.input) return { kind: 'input', source: scan.input };
  if (scan.strong) return { kind: 'strong' };
  if (scan.weak.size > 0) return { kind: 'weak', sources: [...scan.weak].sort() };
  if (!scan.opaqueCall && !scan.opaqueData && isConstant(expression)) return { kind: 'weak', sources: ['a fixed string'] };
  return { kind: 'unknown' };
}

/** Nodes visited by one classification, shared with the scans of hash inputs: `$id = md5($id . …)` cannot loop. */
interface ScanBudget {
  nodes: number;
}

function scanIdExpression(file: PhpFile, roots: readonly Node[], budget: ScanBudget): IdScan {
  const scan: IdScan = { input: undefined, strong: false, weak: new Set(), opaqueCall: false, opaqueData: false, secret: false };
  const stack: Node[] = [...roots];
  while (stack.length > 0 && budget.nodes++ < MAX_NODES) {
    const node = unwrapParentheses(stack.pop()!);
    switch (node.type) {
      case 'function_call_expression': {
        const name = globalFunctionName(node);
        const args = node.childForFieldName('arguments');
        if (name === 'filter_input' || name === 'getallheaders') {
          scan.input ??= file.excerpt(node);
          continue;
        }
        if (name && HASH_FUNCTIONS.has(name) && args) {
          scanHash(file, name, namedChildren(args), scan, budget);
          continue;
        }
        if (name && WEAK_FUNCTIONS.has(name)) scan.weak.add(`${name}()`);
        else if (name && STRONG_FUNCTIONS.has(name)) scan.strong = true;
        else if (!name) scan.opaqueCall = true;
        if (args) stack.push(...namedChildren(args));
        continue;
      }
      case 'subscript_expression': {
        // `$_COOKIE[session_name()]`: the id PHP would have read itself; where it came from is not known here.
        if (readsOwnSessionCookie(node, file)) {
          scan.opaqueData = true;
          continue;
        }
        const base = namedChildren(node)[0];
        const baseName = base?.type === 'variable_name' ? namedChildren(base)[0]?.text : undefined;
        const index = namedChildren(node)[1];
        // Request headers reach PHP as $_SERVER['HTTP_…'].
        const header = baseName === '_SERVER' && index !== undefined && /^['"]HTTP_/i.test(index.text);
        if (baseName && (INPUT_VARIABLES.has(baseName) || header)) scan.input ??= file.excerpt(node);
        else stack.push(...namedChildren(node));
        continue;
      }
      case 'variable_name': {
        const name = namedChildren(node)[0]?.text;
        if (!name) continue;
        if (SECRET_NAME.test(name)) scan.secret = true;
        const writes = file.writesTo(file.scopeOf(node), name);
        if (writes.length === 1 && writes[0]!.kind === 'assign') stack.push(writes[0]!.value);
        else scan.opaqueData = true;
        continue;
      }
      case 'update_expression':
        scan.weak.add('a counter');
        continue;
      case 'member_access_expression':
      case 'nullsafe_member_access_expression':
        if (SECRET_NAME.test(node.childForFieldName('name')?.text ?? '')) scan.secret = true;
        scan.opaqueData = true;
        stack.push(...namedChildren(node).slice(0, 1));
        continue;
      case 'member_call_expression':
      case 'scoped_call_expression':
      case 'nullsafe_member_call_expression':
      case 'scoped_property_access_expression':
      case 'class_constant_access_expression':
        scan.opaqueCall = true;
        continue;
      default:
        stack.push(...namedChildren(node));
    }
  }
  return scan;
}

/**
 * md5(…), sha1(…), hash('sha256', …): strong if the input is, taken from the request if it is,
 * and predictable when the input is only data an attacker can know or guess (user fields, the
 * clock, constants), with nothing secret and no call the scan cannot see into.
 */
function scanHash(file: PhpFile, name: string, args: readonly Node[], outer: IdScan, budget: ScanBudget): void {
  const data = name === 'hash' ? args.slice(1) : args;
  const inner = scanIdExpression(file, data, budget);
  // Out of budget: what was not seen may be anything.
  if (budget.nodes >= MAX_NODES) {
    outer.opaqueCall = true;
    return;
  }
  if (inner.input) outer.input ??= inner.input;
  else if (inner.strong) outer.strong = true;
  else if (inner.weak.size > 0) for (const source of inner.weak) outer.weak.add(source);
  else if (!inner.opaqueCall && !inner.secret && data.length > 0) outer.weak.add(`${name}() of ${data.map((d) => file.excerpt(d)).join(', ')}`);
  else outer.opaqueCall = true;
}

function isConstant(node: Node): boolean {
  const expression = unwrapParentheses(node);
  return expression.type === 'string' || expression.type === 'integer' || (expression.type === 'encapsed_string' && namedChildren(expression).every((c) => c.type === 'string_content' || c.type === 'escape_sequence'));
}
