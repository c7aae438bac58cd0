import type { Node } from 'web-tree-sitter';
import type { TextRange } from '../../model/range';
import type { PhpResolver } from './resolve';
import { callArguments, globalFunctionName, isStringNode, rangeOf, stringPieces, unwrapParentheses, type StringPiece } from './syntax';

/**
 * A string built from literals and unknown parts (`"sid=$id; HttpOnly"`, `'a' . $b . 'c'`,
 * `sprintf('sid=%s; Secure', $id)`), with source offsets where the text is written verbatim,
 * so that fixes can edit inside it.
 */
export interface StringTemplate {
  readonly pieces: readonly StringPiece[];
  /** Where text can be appended at the end: before the closing quote of the last literal. */
  readonly appendAt: number | undefined;
  /** The whole expression: with no literal at the end, a fix concatenates after it. */
  readonly range: TextRange;
}

// Flags, an optional custom padding (`'*`) with more flags, a width that does not start with the `0` flag, precision, conversion:
// no two parts can match the same character, so a long run of flags or digits cannot backtrack.
const FORMAT_DIRECTIVE = /%(?:%|[-+ 0]*(?:'.[-+ 0]*)?(?:[1-9]\d*)?(?:\.\d+)?[bcdeEfFgGosuxX])/g;

/** Splits a printf format's text pieces at its directives (`%s` → a hole). */
function formatPieces(pieces: readonly StringPiece[], node: Node): StringPiece[] {
  const result: StringPiece[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'text') {
      result.push(piece);
      continue;
    }
    let last = 0;
    for (const match of piece.text.matchAll(FORMAT_DIRECTIVE)) {
      const index = match.index;
      const before = piece.text.slice(last, index);
      const offset = piece.verbatim ? piece.range.start + last : piece.range.start;
      if (before) result.push({ kind: 'text', text: before, range: piece.verbatim ? { start: offset, end: offset + before.length } : piece.range, verbatim: piece.verbatim });
      if (match[0] === '%%') result.push({ kind: 'text', text: '%', range: piece.range, verbatim: false });
      else result.push({ kind: 'hole', node });
      last = index + match[0].length;
    }
    const rest = piece.text.slice(last);
    if (rest) result.push({ kind: 'text', text: rest, range: piece.verbatim ? { start: piece.range.start + last, end: piece.range.end } : piece.range, verbatim: piece.verbatim });
  }
  return result;
}

/** The template of a string expression; undefined when no part of it is a literal. */
export function stringTemplate(resolver: PhpResolver, expression: Node): StringTemplate | undefined {
  const pieces: StringPiece[] = [];
  let appendAt: number | undefined;
  let endsWithLiteral = false;
  const visit = (raw: Node, depth: number): void => {
    const node = unwrapParentheses(raw);
    if (depth > 20) {
      pieces.push({ kind: 'hole', node });
      endsWithLiteral = false;
      return;
    }
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '.') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left) visit(left, depth + 1);
      if (right) visit(right, depth + 1);
      return;
    }
    if (isStringNode(node)) {
      pieces.push(...(stringPieces(node) ?? []));
      appendAt = node.endIndex - 1;
      endsWithLiteral = true;
      return;
    }
    if (node.type === 'function_call_expression' && globalFunctionName(node) === 'sprintf') {
      const format = callArguments(node).positional[0];
      const formatNode = format && unwrapParentheses(format);
      if (formatNode && isStringNode(formatNode)) {
        pieces.push(...formatPieces(stringPieces(formatNode) ?? [], node));
        endsWithLiteral = false;
        return;
      }
    }
    const value = resolver.resolve(node);
    if (value.kind === 'literal' && typeof value.value === 'string') {
      pieces.push({ kind: 'text', text: value.value, range: rangeOf(node), verbatim: false });
    } else {
      pieces.push({ kind: 'hole', node });
    }
    endsWithLiteral = false;
  };
  visit(expression, 0);
  if (!pieces.some((p) => p.kind === 'text')) return undefined;
  return { pieces, appendAt: endsWithLiteral ? appendAt : undefined, range: rangeOf(expression) };
}
