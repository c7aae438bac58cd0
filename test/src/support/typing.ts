import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../rules/dist/engine';
import { DocumentMemory } from '../../../rules/dist/model/documentMemory';
import { ALL_RULES_ON, type CorpusEntry } from '../robustness/support/corpus';
import { TYPED } from '../robustness/support/chaos';
import { applyMutation, mutationArbitrary, type Mutation } from '../robustness/support/mutations';
import { Random } from './random';

/** One step of an editing session: a mutation (see mutations.ts), or undo of the last one not undone. */
export type EditStep = { readonly mutation: Mutation } | { readonly undo: true };

/** Editing sessions for the incremental-parsing properties: one to eight steps, undo among them. */
export function editSessionArbitrary(donors: number): fc.Arbitrary<EditStep[]> {
  return fc.array(fc.oneof(mutationArbitrary(donors).map((mutation): EditStep => ({ mutation })), fc.constant<EditStep>({ undo: true })), { minLength: 1, maxLength: 8 });
}

/** The texts a document goes through in an editing session, after each step (the starting text not included). */
export function textsOfSession(start: string, steps: readonly EditStep[], donorText: (index: number) => string): string[] {
  const history = [start];
  const texts: string[] = [];
  for (const step of steps) {
    if ('undo' in step) {
      if (history.length > 1) history.pop();
    } else {
      history.push(applyMutation(history[history.length - 1]!, step.mutation, donorText));
    }
    texts.push(history[history.length - 1]!);
  }
  return texts;
}

/**
 * Types into fixtures one character at a time (with an occasional backspace), as keystrokes reach
 * the editor, and checks that every analysis made with the document's memory (incremental
 * parsing) has the findings and parse error of a fresh one. Returns how many analyses were
 * compared and how many of them had findings (so a caller can check the comparison meant something).
 */
export async function typeWithAndWithoutMemory(entries: readonly CorpusEntry[], seed: number, rounds: number): Promise<{ compared: number; withFindings: number }> {
  const random = new Random(seed);
  let compared = 0;
  let withFindings = 0;
  for (let round = 0; round < rounds; round++) {
    const entry = random.pick(entries);
    const options = { fileName: entry.fixture.virtualFileName, project: entry.fixture.project, settings: ALL_RULES_ON };
    const memory = new DocumentMemory();
    let text = entry.fixture.text;
    await analyze(text, { ...options, memory });
    const typed = random.pick(TYPED);
    let at = random.below(text.length + 1);
    for (const character of typed) {
      text = random.chance(0.15) && at > 0 ? text.slice(0, at - 1) + text.slice(at) : text.slice(0, at) + character + text.slice(at);
      at = Math.min(text.length, at + 1);
      const incremental = await analyze(text, { ...options, memory });
      const fresh = await analyze(text, options);
      assert.deepEqual(incremental.findings, fresh.findings, `${entry.name} typing ${JSON.stringify(typed)}`);
      assert.equal(incremental.parseError, fresh.parseError);
      compared++;
      if (fresh.findings.length > 0) withFindings++;
    }
    memory.dispose();
  }
  return { compared, withFindings };
}
