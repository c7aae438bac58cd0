import type { Node } from 'web-tree-sitter';
import type { TextRange } from '../../model/range';

/** Small helpers over tree-sitter-php nodes. Offsets are UTF-16 indexes (web-tree-sitter parses JS strings). */

export function rangeOf(node: Node): TextRange {
  return { start: node.startIndex, end: node.endIndex };
}

export function namedChildren(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

/** `(expr)` → `expr`, repeatedly. */
export function unwrapParentheses(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = namedChildren(current)[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * The lower-cased name of a global function call (`ini_set(...)`, `\ini_set(...)`); undefined for
 * methods, closures and namespaced names (which are not PHP's own functions).
 */
export function globalFunctionName(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (!callee) return undefined;
  if (callee.type === 'name') return callee.text.toLowerCase();
  if (callee.type === 'qualified_name') {
    const parts = namedChildren(callee);
    // `\ini_set` has the prefix `\` and no namespace_name.
    if (parts.length === 1 && parts[0]!.type === 'name' && callee.text.startsWith('\\')) return parts[0]!.text.toLowerCase();
  }
  return undefined;
}

export interface CallArguments {
  /** Positional arguments in order (the expression of each `argument`). */
  readonly positional: readonly Node[];
  /** Named arguments (PHP 8) by lower-cased name. */
  readonly named: ReadonlyMap<string, Node>;
  /** Every `argument` node, in order. */
  readonly argumentNodes: readonly Node[];
  /** True when an argument is unpacked (`...$args`): positions after it are not known. */
  readonly spread: boolean;
  readonly node: Node | undefined;
}

/**
 * A call's arguments. `new X(…)` (object_creation_expression) has its arguments as a child that is
 * not a field: `creation` reads them from there.
 */
export function callArguments(call: Node, creation = false): CallArguments {
  const argsNode = call.childForFieldName('arguments') ?? (creation ? namedChildren(call).find((c) => c.type === 'arguments') : undefined) ?? undefined;
  const positional: Node[] = [];
  const named = new Map<string, Node>();
  const argumentNodes: Node[] = [];
  let spread = false;
  for (const argument of argsNode ? namedChildren(argsNode) : []) {
    if (argument.type !== 'argument') continue;
    argumentNodes.push(argument);
    const name = argument.childForFieldName('name');
    const children = namedChildren(argument).filter((c) => c.id !== name?.id && c.type !== 'reference_modifier');
    const expression = children[children.length - 1];
    if (!expression) continue;
    if (expression.type === 'variadic_unpacking') spread = true;
    else if (name) named.set(name.text.toLowerCase(), expression);
    else if (!spread) positional.push(expression);
  }
  return { positional, named, argumentNodes, spread, node: argsNode };
}

/** An argument by position, or by its parameter name when given as a named argument. */
export function argumentAt(args: CallArguments, index: number, parameterName: string): Node | undefined {
  return args.positional[index] ?? args.named.get(parameterName.toLowerCase());
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"', "'": "'", '0': '\0' };

function decodeEscape(raw: string, singleQuoted: boolean): string {
  if (singleQuoted) return raw === "\\'" || raw === '\\\\' ? raw.slice(1) : raw;
  const body = raw.slice(1);
  if (/^x[0-9a-fA-F]{1,2}$/.test(body)) return String.fromCharCode(parseInt(body.slice(1), 16));
  if (/^u\{[0-9a-fA-F]+\}$/.test(body)) return String.fromCodePoint(parseInt(body.slice(2, -1), 16));
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8) & 0xff);
  return SIMPLE_ESCAPES[body] ?? raw;
}

/** A piece of a string as written: literal text (with its source range when it maps 1:1) or an interpolated hole. */
export type StringPiece =
  | { readonly kind: 'text'; readonly text: string; readonly range: TextRange; readonly verbatim: boolean }
  | { readonly kind: 'hole'; readonly node: Node };

/** True for the node types that hold PHP string literals. */
export function isStringNode(node: Node): boolean {
  return node.type === 'string' || node.type === 'encapsed_string';
}

/** The pieces of a string literal; undefined for nodes that are not strings (heredocs included). */
export function stringPieces(node: Node): StringPiece[] | undefined {
  if (!isStringNode(node)) return undefined;
  const singleQuoted = node.type === 'string';
  const pieces: StringPiece[] = [];
  for (const child of namedChildren(node)) {
    if (child.type === 'string_content') pieces.push({ kind: 'text', text: child.text, range: rangeOf(child), verbatim: true });
    else if (child.type === 'escape_sequence') {
      const decoded = decodeEscape(child.text, singleQuoted);
      pieces.push({ kind: 'text', text: decoded, range: rangeOf(child), verbatim: decoded === child.text });
    } else pieces.push({ kind: 'hole', node: child });
  }
  return pieces;
}

/** The value of a string literal without interpolation; undefined otherwise. */
export function stringValue(node: Node): string | undefined {
  const pieces = stringPieces(node);
  if (!pieces || pieces.some((p) => p.kind === 'hole')) return undefined;
  return pieces.map((p) => (p.kind === 'text' ? p.text : '')).join('');
}

/** The quote character a string literal is written with. */
export function quoteOf(node: Node | undefined): "'" | '"' | undefined {
  if (!node || !isStringNode(node)) return undefined;
  const first = node.text.replace(/^[bB]/, '')[0];
  return first === '"' ? '"' : first === "'" ? "'" : undefined;
}

/** The statement a node belongs to (the `expression_statement` around a call). */
export function enclosingStatement(node: Node): Node | undefined {
  let current: Node | null = node;
  while (current) {
    if (current.type.endsWith('_statement') || current.type === 'const_declaration') return current;
    current = current.parent;
  }
  return undefined;
}

/** PHP integer literal syntax: decimal, hex, octal (0o17, 017), binary, with `_` separators. */
export function parseInteger(text: string): number | undefined {
  const t = text.replace(/_/g, '').toLowerCase();
  if (/^0x[0-9a-f]+$/.test(t)) return parseInt(t.slice(2), 16);
  if (/^0b[01]+$/.test(t)) return parseInt(t.slice(2), 2);
  if (/^0o[0-7]+$/.test(t)) return parseInt(t.slice(2), 8);
  if (/^0[0-7]+$/.test(t)) return parseInt(t.slice(1), 8);
  if (/^\d+$/.test(t)) return Number(t);
  return undefined;
}
