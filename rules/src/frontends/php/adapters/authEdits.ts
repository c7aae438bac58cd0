import type { Node } from 'web-tree-sitter';
import type { TextEdit } from '../../../model/edit';
import { insertStatement } from '../edits';
import { callArguments, rangeOf } from '../syntax';
import { argument } from './authSyntax';
import { indentAt, newlineOf } from '../../textLayout';

/** Statement lists a new statement can go into on its own line. */
const BLOCKS = new Set(['compound_statement', 'program', 'colon_block', 'switch_block', 'case_statement', 'default_statement']);

/**
 * The statement to insert before so that a new statement runs before `node`: the statement that
 * holds it directly in a block. In a braceless `if (…) $_SESSION['u'] = $u;` that is the whole `if`.
 */
export function anchorStatement(node: Node): Node | undefined {
  let current: Node | null = node;
  while (current && current.parent) {
    if (BLOCKS.has(current.parent.type) && (current.type.endsWith('_statement') || current.type === 'expression_statement')) return current;
    current = current.parent;
  }
  return undefined;
}

/** Several statements as one inserted text, each on its own line with the anchor's indentation. */
function joinLines(text: string, anchor: Node, lines: readonly string[]): string {
  const newline = newlineOf(text);
  const indent = indentAt(text, anchor.startIndex);
  return lines.join(`${newline}${indent}`);
}

/** Inserts statements before the one that holds `node` (same indentation, own lines). */
export function insertBefore(text: string, node: Node, lines: readonly string[]): TextEdit[] | undefined {
  const anchor = anchorStatement(node);
  return anchor ? insertStatement(text, rangeOf(anchor), 'before', joinLines(text, anchor, lines)) : undefined;
}

/** Inserts statements after the one that holds `node`. */
export function insertAfter(text: string, node: Node, lines: readonly string[]): TextEdit[] | undefined {
  const anchor = anchorStatement(node);
  return anchor ? insertStatement(text, rangeOf(anchor), 'after', joinLines(text, anchor, lines)) : undefined;
}

/** `session_regenerate_id()` / `session_regenerate_id(false)` → `session_regenerate_id(true)`; `migrate()` → `migrate(true)`. */
export function completeRenewal(call: Node): TextEdit[] | undefined {
  const existing = argument(call, 0, 'delete_old_session') ?? argument(call, 0, 'destroy');
  if (existing) return [{ range: rangeOf(existing), newText: 'true' }];
  const args = callArguments(call).node;
  if (!args || callArguments(call).argumentNodes.length > 0) return undefined;
  const open = args.startIndex + args.text.indexOf('(') + 1;
  return [{ range: { start: open, end: open }, newText: 'true' }];
}

/** The PHP manual's way to end a session: clear the data, expire the cookie with its own parameters, destroy. */
export const NATIVE_COOKIE_CLEAR = [
  '$cookieParams = session_get_cookie_params();',
  "setcookie(session_name(), '', time() - 42000, $cookieParams['path'], $cookieParams['domain'], $cookieParams['secure'], $cookieParams['httponly']);",
];
