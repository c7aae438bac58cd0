import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextRange } from '../../../model/range';
import { unwrap, type Node } from '../ast';
import type { AdapterContext } from '../adapterContext';
import type { FileContext } from '../fileContext';
import { rangeOfNode } from '../optionValues';
import { lookup } from '../scope';
import type { JsValue } from '../values';

/**
 * A string built in source code, as parts: verbatim text from literals and template quasis, and
 * the values of the expressions between them. Used for Set-Cookie header values and
 * `document.cookie` writes, which are strings the adapters then tokenize.
 */
export type StringPart =
  | { readonly kind: 'text'; readonly text: string; /** Offset of text[0] in the file when verbatim; -1 otherwise. */ readonly offset: number; readonly from: TextRange }
  | {
      readonly kind: 'expression';
      readonly value: JsValue;
      readonly from: TextRange;
      readonly source: string;
      /**
       * For `cond ? '; Domain=' + domain : ''`: each branch as a built string, when both are written
       * as strings, so a reader can try each branch instead of treating the whole as unknown text.
       */
      readonly branches?: readonly BuiltString[];
    };

export interface BuiltString {
  readonly parts: readonly StringPart[];
  /** Where the string is written in the analysed file (for a string from another file: where it is used). */
  readonly range: TextRange;
  /** Where appended text goes, when the string is written in this file. */
  readonly append?: { readonly offset: number; /** True: inside the quotes of a literal; false: after an expression (`+ '…'`). */ readonly inQuotes: boolean };
  /** The quote the string's literals use, for text appended after an expression. */
  readonly quote: string;
}

const MAX_DEPTH = 8;

/** Browsers drop cookies over 4 KB; a longer string is not a cookie and is not worth tokenizing. */
const MAX_LENGTH = 16 * 1024;

function plausible(built: BuiltString): boolean {
  let length = 0;
  for (const part of built.parts) if (part.kind === 'text') length += part.text.length;
  return length <= MAX_LENGTH;
}

/**
 * The strings an expression stands for: one for a literal, template or concatenation; one per
 * element for an array; followed through consts. Values that cannot be seen give none.
 */
export function builtStrings(context: AdapterContext, node: Node, file: FileContext = context.file, depth = 0, use?: TextRange): BuiltString[] {
  return stringsOf(context, node, file, depth, use).filter(plausible);
}

function stringsOf(context: AdapterContext, node: Node, file: FileContext, depth: number, use: TextRange | undefined): BuiltString[] {
  if (depth > MAX_DEPTH) return [];
  const target = unwrap(node);
  const useRange = use ?? (file === context.file ? rangeOfNode(target) : undefined);
  if (!useRange) return [];
  const local = file === context.file;
  switch (target.type) {
    case 'Literal':
    case 'TemplateLiteral':
      return typeof (target as TSESTree.Literal).value === 'string' || target.type === 'TemplateLiteral' ? [concatenation(context, [target], target, file, local, useRange, depth)] : [];
    case 'BinaryExpression':
      if (isStringy(target)) return [concatenation(context, leaves(target), target, file, local, useRange, depth)];
      break;
    case 'ArrayExpression':
      return target.elements.flatMap((element) =>
        !element ? [] : element.type === 'SpreadElement' ? stringsOf(context, element.argument, file, depth + 1, use) : stringsOf(context, element, file, depth + 1, use),
      );
    case 'Identifier': {
      const binding = lookup(file, target.name, target);
      if (binding?.kind === 'variable' && binding.init && binding.path.length === 0 && (binding.declaration.kind === 'const' || !file.reassignedNames.has(target.name))) {
        return stringsOf(context, binding.init, file, depth + 1, use);
      }
      break;
    }
  }
  return fromValue(context, context.resolver.resolve(target, file), target, file, useRange);
}

/** Strings from a resolved value: literals (from anywhere), arrays of them, env values as one expression part. */
function fromValue(context: AdapterContext, value: JsValue, node: Node, file: FileContext, use: TextRange): BuiltString[] {
  const local = file === context.file && value.kind !== 'unknown' && 'file' in value && value.file === context.file;
  const from = local && 'node' in value && value.node ? rangeOfNode(value.node) : use;
  switch (value.kind) {
    case 'literal':
      return typeof value.value === 'string' ? [{ parts: [{ kind: 'text', text: value.value, offset: -1, from }], range: from, quote: "'" }] : [];
    case 'array':
      return value.elements.flatMap((element) => fromValue(context, element, node, file, use));
    case 'env':
      return [{ parts: [{ kind: 'expression', value, from, source: value.source }], range: from, quote: "'" }];
    default:
      return [];
  }
}

/** True for a `+` whose result is a string because one side is written as a string. */
function isStringy(node: Node): boolean {
  const target = unwrap(node);
  if (target.type === 'Literal') return typeof target.value === 'string';
  if (target.type === 'TemplateLiteral') return true;
  return target.type === 'BinaryExpression' && target.operator === '+' && (isStringy(target.left) || isStringy(target.right));
}

/** The operands of a string concatenation, left to right; a non-string sub-sum stays one operand. */
function leaves(node: TSESTree.BinaryExpression): Node[] {
  const side = (n: Node): Node[] => {
    const t = unwrap(n);
    return t.type === 'BinaryExpression' && t.operator === '+' && isStringy(t) ? leaves(t) : [t];
  };
  return [...side(node.left), ...side(node.right)];
}

function concatenation(context: AdapterContext, operands: readonly Node[], whole: Node, file: FileContext, local: boolean, use: TextRange, depth: number): BuiltString {
  const parts: StringPart[] = [];
  let quote: string | undefined;
  for (const operand of operands) {
    if (operand.type === 'Literal' && typeof operand.value === 'string') {
      const raw = file.text.slice(operand.range[0] + 1, operand.range[1] - 1);
      quote ??= file.text[operand.range[0]];
      parts.push({ kind: 'text', text: operand.value, offset: local && raw === operand.value ? operand.range[0] + 1 : -1, from: local ? rangeOfNode(operand) : use });
    } else if (operand.type === 'TemplateLiteral') {
      operand.quasis.forEach((quasi, i) => {
        const last = i === operand.quasis.length - 1;
        const cooked = quasi.value.cooked;
        const raw = file.text.slice(quasi.range[0] + 1, quasi.range[1] - (last ? 1 : 2));
        if (cooked === null || cooked === undefined) parts.push(expressionPart(context, quasi, file, local, use, depth));
        else parts.push({ kind: 'text', text: cooked, offset: local && raw === cooked ? quasi.range[0] + 1 : -1, from: local ? rangeOfNode(quasi) : use });
        const expression = operand.expressions[i];
        // The hole's range covers `${…}`: from the `${` that ends this quasi to the `}` that starts the next.
        const next = operand.quasis[i + 1];
        if (expression && next) parts.push(expressionPart(context, expression, file, local, use, depth, { start: quasi.range[1] - 2, end: next.range[0] + 1 }));
      });
    } else {
      parts.push(expressionPart(context, operand, file, local, use, depth));
    }
  }
  const last = operands[operands.length - 1]!;
  const append = !local ? undefined : last.type === 'Literal' || last.type === 'TemplateLiteral' ? { offset: last.range[1] - 1, inQuotes: true } : { offset: whole.range[1], inQuotes: false };
  return { parts, range: local ? rangeOfNode(whole) : use, append, quote: quote === '"' ? '"' : "'" };
}

function expressionPart(context: AdapterContext, node: Node, file: FileContext, local: boolean, use: TextRange, depth: number, written?: TextRange): StringPart {
  const value = node.type === 'TemplateElement' ? ({ kind: 'unknown' } as const) : context.resolver.resolve(node, file);
  const part = { kind: 'expression', value, from: local ? written ?? rangeOfNode(node) : use, source: value.kind === 'env' ? value.source : file.excerpt(node) } as const;
  const branches = node.type === 'TemplateElement' ? undefined : conditionalBranches(context, node, file, local, use, depth);
  return branches ? { ...part, branches } : part;
}

/**
 * `cond ? '; Domain=' + domain : ''` (the classic docCookies helpers): both branches as strings,
 * each read on its own, so that text written around them (an Expires date in the past, a missing
 * Secure) stays known. Undefined unless both branches are written as strings.
 */
function conditionalBranches(context: AdapterContext, node: Node, file: FileContext, local: boolean, use: TextRange, depth: number): BuiltString[] | undefined {
  const target = unwrap(node);
  if (target.type !== 'ConditionalExpression' || depth + 1 > MAX_DEPTH) return undefined;
  const branches: BuiltString[] = [];
  for (const branch of [target.consequent, target.alternate]) {
    if (!isStringy(branch)) return undefined;
    const built = stringsOf(context, branch, file, depth + 1, local ? undefined : use);
    if (built.length !== 1) return undefined;
    branches.push(built[0]!);
  }
  return branches;
}
