import type { TextEdit } from '../../../model/edit';
import { isFunction, type FunctionNode, type Node } from '../ast';
import type { FileContext } from '../fileContext';
import { indentAt, newlineOf } from '../../textLayout';

/** The statement that contains `node` directly inside a block of `fn`, and that block. */
export function statementInBlock(file: FileContext, node: Node, fn: FunctionNode): { statement: Node; block: Node & { body: Node[] } } | undefined {
  let current: Node = node;
  let parent = file.parentOf(current);
  while (parent) {
    if (parent.type === 'BlockStatement' || parent.type === 'Program') return { statement: current, block: parent as Node & { body: Node[] } };
    if (isFunction(parent) && parent !== fn && current === parent.body) return undefined;
    if (parent === fn) return undefined;
    current = parent;
    parent = file.parentOf(current);
  }
  return undefined;
}

/** Inserts a statement on its own line before `statement`, with its indentation. */
export function insertStatementBefore(file: FileContext, statement: Node, code: string): TextEdit[] {
  const indent = indentAt(file.text, statement.range[0]);
  return [{ range: { start: statement.range[0], end: statement.range[0] }, newText: `${code}${newlineOf(file.text)}${indent}` }];
}

/**
 * Wraps the statements from `first` to the end of their block in a callback:
 * `req.session.regenerate((err) => { if (err) return next(err); …rest… });`
 * The wrapped lines are indented one level deeper so the result reads like hand-written code.
 */
export function wrapRestOfBlock(
  file: FileContext,
  first: Node,
  block: Node & { body: Node[] },
  open: (innerIndent: string, newline: string) => string,
  extraEdits: TextEdit[] = [],
): TextEdit[] {
  const text = file.text;
  const index = block.body.indexOf(first);
  if (index < 0) return [];
  const last = block.body[block.body.length - 1]!;
  const indent = indentAt(text, first.range[0]);
  const step = indent.includes('\t') ? '\t' : '  ';
  const newline = newlineOf(text);
  const original = text.slice(first.range[0], last.range[1]);
  const reindented = original.split(/\r?\n/).map((line, i) => (i === 0 || line.trim() === '' ? line : `${step}${line}`)).join(newline);
  const wrapped = `${open(indent + step, newline)}${indent}${step}${reindented}${newline}${indent}});`;
  return [...extraEdits, { range: { start: first.range[0], end: last.range[1] }, newText: wrapped }];
}

/** Whether any `await` in the statements would need an async callback once wrapped. */
export function containsAwait(nodes: readonly Node[], childrenOf: (node: Node) => Node[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'AwaitExpression') return true;
    if (isFunction(node)) continue;
    stack.push(...childrenOf(node));
  }
  return false;
}
