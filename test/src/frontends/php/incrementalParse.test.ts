import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Tree } from 'web-tree-sitter';
import { phpParser } from '../../../../rules/dist/frontends/php/grammar';
import { phpTreeOf, releasePhpTree } from '../../../../rules/dist/frontends/php/phpTree';
import { DocumentMemory } from '../../../../rules/dist/model/documentMemory';
import { corpus, type CorpusEntry } from '../../robustness/support/corpus';
import { editSessionArbitrary, textsOfSession, typeWithAndWithoutMemory } from '../../support/typing';
import { loadGrammar } from './support/facts';

/**
 * The editor re-parses a PHP document incrementally: tree-sitter is told the edit (the span two
 * texts differ in, with rows and columns) and reuses the rest of the previous tree. Whatever the
 * edits, the tree must be the one a fresh parse gives.
 */

const SEED = 20_261_127;

/** Every node of a tree, with its type, span and row/column, in document order. */
function shape(tree: Tree): string {
  const parts: string[] = [];
  const cursor = tree.walk();
  try {
    for (;;) {
      const { startPosition: from, endPosition: to } = cursor;
      parts.push(`${cursor.nodeType}@${cursor.startIndex}-${cursor.endIndex}:${from.row}.${from.column}-${to.row}.${to.column}`);
      if (cursor.gotoFirstChild() || cursor.gotoNextSibling()) continue;
      let up = true;
      while (up && cursor.gotoParent()) up = !cursor.gotoNextSibling();
      if (up) break;
    }
  } finally {
    cursor.delete();
  }
  return parts.join(' ');
}

function phpEntries(): CorpusEntry[] {
  return corpus().filter((entry) => entry.language === 'php');
}

describe('PHP frontend: incremental parsing', function () {
  this.timeout(120_000);
  before(loadGrammar);

  it('gives the tree of a fresh parse after any sequence of edits, broken code and undo included (property, every PHP fixture)', () => {
    const entries = phpEntries();
    assert.ok(entries.length >= 50, `${entries.length} PHP fixtures`);
    const donors = entries.map((entry) => entry.fixture.text);
    let steps = 0;
    let brokenSteps = 0;
    fc.assert(
      fc.property(fc.nat({ max: entries.length - 1 }), editSessionArbitrary(donors.length), (index, edits) => {
        const memory = new DocumentMemory();
        const start = entries[index]!.fixture.text;
        try {
          releasePhpTree(start, phpTreeOf(start, memory), memory);
          for (const text of textsOfSession(start, edits, (i) => donors[i]!)) {
            const incremental = phpTreeOf(text, memory);
            const fresh = phpParser.parse(text);
            try {
              assert.equal(shape(incremental), shape(fresh), `${entries[index]!.name} after ${JSON.stringify(edits)}`);
              steps++;
              if (fresh.rootNode.hasError) brokenSteps++;
            } finally {
              fresh.delete();
              releasePhpTree(text, incremental, memory);
            }
          }
        } finally {
          memory.dispose();
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
    assert.ok(brokenSteps > 0 && brokenSteps < steps, `${brokenSteps} of ${steps} steps did not parse cleanly`);
  });

  it('gives the findings of a fresh analysis while a person types into a file, keystroke by keystroke', async () => {
    const { compared, withFindings } = await typeWithAndWithoutMemory(phpEntries(), SEED, 40);
    assert.ok(withFindings > compared / 4, `${withFindings} of ${compared} compared analyses had findings`);
  });
});
