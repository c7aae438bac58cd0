import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import * as estree from '@typescript-eslint/typescript-estree';
import { parseJs, type ParseResult } from '../../../../rules/dist/frontends/js/parse';
import { DocumentMemory } from '../../../../rules/dist/model/documentMemory';
import { applyEdits, minimalEdit } from '../../../../rules/dist/model/edit';
import { corpus, type CorpusEntry } from '../../robustness/support/corpus';
import { editSessionArbitrary, textsOfSession, typeWithAndWithoutMemory } from '../../support/typing';
import { listFiles } from '../../support/fixtures';
import { EXAMPLES } from '../../support/paths';

/**
 * The editor re-parses a document incrementally from its previous version (TypeScript's incremental
 * parser, fed the span two texts differ in). Whatever the edits, the AST must be the one a fresh
 * parse gives, and a fresh parse must be typescript-estree's own parse(text).
 */

const SEED = 20_261_127;

/** An AST as comparable data: the parser's nodes are plain objects, but a walk may have added `parent`. */
function shape(result: ParseResult): string {
  if (!result.program) return `error: ${result.error}`;
  return JSON.stringify(result.program, (key, value: unknown) => (key === 'parent' ? undefined : value));
}

function jsEntries(): CorpusEntry[] {
  return corpus().filter((entry) => entry.language === 'js');
}

function exampleFiles(): string[] {
  return listFiles(EXAMPLES).filter((file) => /\.(js|ts|mjs|cjs|tsx|jsx)$/.test(file));
}

describe('JS frontend: incremental parsing', function () {
  this.timeout(120_000);

  it('parses to exactly the AST of typescript-estree parse(text), for every JS/TS fixture and example', () => {
    const inputs = [...jsEntries().map((entry) => ({ name: entry.name, fileName: entry.fixture.virtualFileName, text: entry.fixture.text })), ...exampleFiles().map((file) => ({ name: file, fileName: file, text: fs.readFileSync(file, 'utf8') }))];
    assert.ok(inputs.length >= 150, `${inputs.length} inputs`);
    let parsed = 0;
    for (const { name, fileName, text } of inputs) {
      if (fileName.endsWith('.vue')) continue;
      const ours = parseJs(text, fileName);
      if (!ours.program) continue;
      const jsx = !/\.(ts|mts|cts)$/.test(fileName);
      const theirs = estree.parse(text, { jsx, range: true, loc: true, comment: text.includes('sessionlint-') });
      assert.equal(shape(ours), JSON.stringify(theirs), name);
      parsed++;
    }
    assert.ok(parsed >= 150, `${parsed} parsed`);
  });

  it('gives the AST of a fresh parse after any sequence of edits, broken code and undo included (property, every JS/TS fixture)', () => {
    const entries = jsEntries();
    const donors = entries.map((entry) => entry.fixture.text);
    let steps = 0;
    let brokenSteps = 0;
    fc.assert(
      fc.property(fc.nat({ max: entries.length - 1 }), editSessionArbitrary(donors.length), (index, edits) => {
        const entry = entries[index]!;
        const fileName = entry.fixture.virtualFileName.endsWith('.vue') ? '/project/src/app.ts' : entry.fixture.virtualFileName;
        const memory = new DocumentMemory();
        parseJs(entry.fixture.text, fileName, memory);
        for (const text of textsOfSession(entry.fixture.text, edits, (i) => donors[i]!)) {
          const incremental = parseJs(text, fileName, memory);
          const fresh = parseJs(text, fileName);
          // Text that does not parse gives no AST either way; which syntax error TypeScript names first may differ, because
          // the incremental parser does not rescan the nodes it reuses (a U+FFFD after an invalid character: "File appears
          // to be binary" from the edited span, "Invalid character" from a fresh scan of the whole text).
          assert.equal(incremental.program ? shape(incremental) : 'error', fresh.program ? shape(fresh) : 'error', `${entry.name} after ${JSON.stringify(edits)}`);
          steps++;
          if (!fresh.program) brokenSteps++;
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
    // The property must have met both kinds of text, or it proved less than it says.
    assert.ok(brokenSteps > 0 && brokenSteps < steps, `${brokenSteps} of ${steps} steps did not parse`);
  });

  it('gives the findings of a fresh analysis while a person types into a file, keystroke by keystroke', async () => {
    const { compared, withFindings } = await typeWithAndWithoutMemory(jsEntries().filter((entry) => !entry.fixture.virtualFileName.endsWith('.vue')), SEED, 40);
    // Not vacuous: enough of the compared analyses had findings to compare (the sharper prefilter
    // leaves fewer fixtures with findings mid-typing than the first quarter this asked for).
    assert.ok(withFindings > compared / 8, `${withFindings} of ${compared} compared analyses had findings`);
  });

  it('starts over when the same memory meets a file name of the other JSX flavour', () => {
    const memory = new DocumentMemory();
    const jsx = 'const view = <div className="a">{session.user}</div>;\n';
    assert.ok(parseJs('const view = 1;\n', '/p/a.ts', memory).program);
    assert.equal(shape(parseJs(jsx, '/p/a.tsx', memory)), shape(parseJs(jsx, '/p/a.tsx')));
    assert.ok(parseJs(jsx, '/p/a.tsx', memory).program, 'JSX parses under .tsx');
    assert.ok(!parseJs(jsx, '/p/a.ts', memory).program, 'and not under .ts, where <div> is a cast');
  });

  it('describes an edit by the one span two texts differ in (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (before, after) => {
        const edit = minimalEdit(before, after);
        if (before === after) return assert.equal(edit, undefined);
        assert.ok(edit);
        assert.equal(applyEdits(before, [edit]), after);
        // Nothing outside the span differs, so the parser may keep everything there.
        assert.equal(before.slice(0, edit.range.start), after.slice(0, edit.range.start));
        assert.equal(before.slice(edit.range.end), after.slice(after.length - (before.length - edit.range.end)));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
