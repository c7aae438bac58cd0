import type { Node } from 'web-tree-sitter';
import type { FixValue, TextEdit } from '../../model/edit';
import type { TextRange } from '../../model/range';
import { namedChildren, rangeOf } from './syntax';
import { indentAt, lineStartOf, newlineOf } from '../textLayout';

/**
 * Text edits on PHP source. Everything here captures plain offsets when it is built, never nodes:
 * the tree is deleted when the frontend returns, and editors run later.
 */

/** A PHP string literal in the file's quote style. */
export function phpString(value: string, quote: "'" | '"'): string {
  if (quote === "'") return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$')}"`;
}

/** SameSite values as PHP's documentation writes them: Lax, Strict, None. */
export function sameSiteText(value: string): string {
  return value.length > 0 ? value[0]!.toUpperCase() + value.slice(1).toLowerCase() : value;
}

/**
 * Renders a neutral value as a PHP expression. `ini` renders as ini_set() wants it: strings
 * ('1', '0', '1800'); otherwise as a native PHP value (true, 1800, 'Lax').
 */
export function renderPhpValue(value: FixValue, quote: "'" | '"', style: 'ini' | 'native', envFunction = 'getenv'): string {
  switch (value.type) {
    case 'boolean':
      return style === 'ini' ? phpString(value.value ? '1' : '0', quote) : String(value.value);
    case 'duration':
      return style === 'ini' ? phpString(String(Math.round(value.seconds)), quote) : String(Math.round(value.seconds));
    case 'string':
      if (style === 'native' && /^\d+$/.test(value.value)) return value.value;
      return phpString(value.value, quote);
    case 'env':
      return `${envFunction}(${phpString(value.name, quote)})`;
  }
}

/** Offset of the end of the line holding `offset`, before its line break. */
function lineEndOf(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

interface ListLayout {
  /** Offset just after the opening bracket. */
  readonly open: number;
  /** Offset of the closing bracket. */
  readonly close: number;
  readonly items: readonly TextRange[];
  /** Offset just after a comma that follows the last item, if there is one. */
  readonly trailingComma: number | undefined;
}

/** The layout of an array literal (`[…]`, `array(…)`) or an argument list (`(…)`). */
export function listLayout(node: Node, itemTypes: readonly string[]): ListLayout | undefined {
  const children = node.children.filter((c): c is Node => c !== null);
  const openToken = children.find((c) => !c.isNamed && (c.type === '[' || c.type === '('));
  const closeToken = [...children].reverse().find((c) => !c.isNamed && (c.type === ']' || c.type === ')'));
  if (!openToken || !closeToken || closeToken.isMissing || closeToken.startIndex === closeToken.endIndex) return undefined;
  const items = namedChildren(node).filter((c) => itemTypes.includes(c.type)).map(rangeOf);
  let trailingComma: number | undefined;
  const last = items[items.length - 1];
  if (last) {
    const comma = children.find((c) => !c.isNamed && c.type === ',' && c.startIndex >= last.end);
    if (comma) trailingComma = comma.endIndex;
  }
  return { open: openToken.endIndex, close: closeToken.startIndex, items, trailingComma };
}

/** Edits that add one item at the end of a list, following its layout (one line, or one item per line). */
export function insertIntoList(text: string, layout: ListLayout, itemText: string): TextEdit[] {
  const last = layout.items[layout.items.length - 1];
  if (!last) {
    const inside = text.slice(layout.open, layout.close);
    return [{ range: { start: layout.open, end: inside.trim() === '' ? layout.close : layout.open }, newText: itemText }];
  }
  const first = layout.items[0]!;
  const multiline = /[\r\n]/.test(text.slice(layout.open, first.start));
  if (multiline) {
    const closeLineStart = lineStartOf(text, layout.close);
    const closeOnOwnLine = text.slice(closeLineStart, layout.close).trim() === '';
    if (closeOnOwnLine && closeLineStart > last.end) {
      const indent = indentAt(text, last.start);
      const edits: TextEdit[] = [{ range: { start: closeLineStart, end: closeLineStart }, newText: `${indent}${itemText}${layout.trailingComma !== undefined ? ',' : ''}${newlineOf(text)}` }];
      if (layout.trailingComma === undefined) edits.unshift({ range: { start: last.end, end: last.end }, newText: ',' });
      return edits;
    }
  }
  if (layout.trailingComma !== undefined) return [{ range: { start: layout.trailingComma, end: layout.trailingComma }, newText: ` ${itemText},` }];
  return [{ range: { start: last.end, end: last.end }, newText: `, ${itemText}` }];
}

/** Removes one list item with its comma, and its whole line when it stands alone on one. */
export function removeFromList(text: string, item: TextRange, commaAfter: number | undefined): TextEdit[] {
  let start = item.start;
  let end = commaAfter ?? item.end;
  const lineStart = lineStartOf(text, start);
  const lineEnd = lineEndOf(text, end);
  if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') {
    start = lineStart;
    end = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
  } else {
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return [{ range: { start, end: Math.min(end, text.length) }, newText: '' }];
}

/** The offset just after the comma that follows a list item, if any. */
export function commaAfter(node: Node): number | undefined {
  let next = node.nextSibling;
  while (next && next.type === 'comment') next = next.nextSibling;
  return next && !next.isNamed && next.type === ',' ? next.endIndex : undefined;
}

/**
 * Removes an array element or argument with its comma: the one after it, or for the last item
 * the one before it (`[a, b]` → `[a]`, not `[a, ]`).
 */
export function removeListItem(text: string, node: Node): TextEdit[] {
  const after = commaAfter(node);
  if (after !== undefined) return removeFromList(text, rangeOf(node), after);
  let previous = node.previousSibling;
  while (previous && previous.type === 'comment') previous = previous.previousSibling;
  if (previous && !previous.isNamed && previous.type === ',') {
    const before = previous.previousSibling;
    const lineBreak = /[\r\n]/.test(text.slice(previous.endIndex, node.startIndex));
    // On its own line, the item goes with its line and the comma before it stays (a trailing comma).
    if (lineBreak) return removeFromList(text, rangeOf(node), undefined);
    return [{ range: { start: before ? before.endIndex : previous.startIndex, end: node.endIndex }, newText: '' }];
  }
  return removeFromList(text, rangeOf(node), undefined);
}

/** Inserts a statement on its own line before or after another, with the same indentation. */
export function insertStatement(text: string, statement: TextRange, position: 'before' | 'after', statementText: string): TextEdit[] {
  const newline = newlineOf(text);
  const lineStart = lineStartOf(text, statement.start);
  const startsLine = text.slice(lineStart, statement.start).trim() === '';
  const indent = startsLine ? text.slice(lineStart, statement.start) : '';
  if (position === 'before') {
    if (startsLine) return [{ range: { start: lineStart, end: lineStart }, newText: `${indent}${statementText}${newline}` }];
    return [{ range: { start: statement.start, end: statement.start }, newText: `${statementText} ` }];
  }
  const lineEnd = lineEndOf(text, statement.end);
  if (startsLine && text.slice(statement.end, lineEnd).trim() === '') {
    return [{ range: { start: lineEnd, end: lineEnd }, newText: `${newline}${indent}${statementText}` }];
  }
  return [{ range: { start: statement.end, end: statement.end }, newText: ` ${statementText}` }];
}

/** Removes a whole statement, with its line when it stands alone on one. */
export function removeStatement(text: string, statement: TextRange): TextEdit[] {
  return removeFromList(text, statement, undefined);
}
