import type { Point, Tree } from 'web-tree-sitter';
import { MemorySlot, type DocumentMemory } from '../../model/documentMemory';
import { minimalEdit } from '../../model/edit';
import { phpParser } from './grammar';

/** tree-sitter's tree of a document's last analysed text, for re-parsing its next version incrementally. */
interface PreviousTree {
  readonly text: string;
  readonly tree: Tree;
}

const PREVIOUS_TREE = new MemorySlot<PreviousTree>('php.tree', (previous) => previous.tree.delete());

/** The row and column (both in UTF-16 code units, as web-tree-sitter counts them) of an offset, given the row of an earlier offset. */
function pointAt(text: string, offset: number, from: number, fromRow: number): Point {
  let row = fromRow;
  for (let i = text.indexOf('\n', from); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) row++;
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  return { row, column: offset - lineStart };
}

/**
 * tree-sitter's tree of PHP `text`. With a document's memory, the tree of its previous version is
 * told the edit (the one span two texts differ in) and re-parsed from: tree-sitter reuses every
 * subtree the edit did not touch (unless the result holds a syntax error: see below). The caller hands the tree to {@link releasePhpTree} when done.
 */
export function phpTreeOf(text: string, memory?: DocumentMemory): Tree {
  const previous = memory?.take(PREVIOUS_TREE);
  if (!previous) return phpParser.parse(text);
  if (previous.text === text) return previous.tree;
  try {
    const edit = minimalEdit(previous.text, text)!;
    const start = edit.range.start;
    const startPosition = pointAt(text, start, 0, 0);
    previous.tree.edit({
      startIndex: start,
      oldEndIndex: edit.range.end,
      newEndIndex: start + edit.newText.length,
      startPosition,
      oldEndPosition: pointAt(previous.text, edit.range.end, start, startPosition.row),
      newEndPosition: pointAt(text, start + edit.newText.length, start, startPosition.row),
    });
    const tree = phpParser.parse(text, previous.tree);
    // tree-sitter recovers from a syntax error differently when it reuses subtrees (found by the
    // property test on a re-encoded fixture): broken code is parsed afresh, so the editor gives
    // the CLI's tree, and findings, whatever the edits that led there.
    if (!tree.rootNode.hasError) return tree;
    tree.delete();
    return phpParser.parse(text);
  } finally {
    previous.tree.delete();
  }
}

/** Done with a tree: the document's memory keeps it for parsing the next version, or it is freed (it lives in WebAssembly memory). */
export function releasePhpTree(text: string, tree: Tree, memory?: DocumentMemory): void {
  if (memory) memory.set(PREVIOUS_TREE, { text, tree });
  else tree.delete();
}
