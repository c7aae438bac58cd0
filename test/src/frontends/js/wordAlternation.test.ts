import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordAlternation } from '../../../../rules/dist/frontends/js/wordAlternation';

/** The prefix-grouped alternation the prefilter builds must match exactly its words, no more. */
describe('wordAlternation', () => {
  it('groups words by their common prefixes', () => {
    assert.equal(wordAlternation(['session', 'secret', 'sign']), 's(?:e(?:ssion|cret)|ign)');
    assert.equal(wordAlternation(['compare', 'compareSync', 'comparePassword']), 'compare(?:(?:Sync|Password)?)');
    assert.equal(wordAlternation(['Cookie', 'cookie'], true), 'cookie');
    assert.equal(wordAlternation(['a.b', 'a+b']), 'a(?:\\.b|\\+b)', 'words are matched literally');
  });

  it('matches exactly the words of any list (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '(', '|', '$'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
        const exact = new RegExp(`^(?:${wordAlternation(words)})$`);
        for (const w of words) assert.ok(exact.test(w), `${w} in ${exact.source}`);
        for (const p of probes) assert.equal(exact.test(p), words.includes(p), `${p} against ${exact.source}`);
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });
});
