import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import { allRules } from '../../../rules/dist/rules';
import { loadFixtures } from '../support/fixtures';

/**
 * Messages are shown inline in the editor and on one line by the CLI: at most about 140 characters
 * saying what is wrong and what to do. The why lives in the rule's rationale (hover, SARIF
 * fullDescription) and README. Checked on every message the fixtures produce, placeholders filled,
 * with fix and suggestion titles too.
 */
const MAX_MESSAGE_LENGTH = 140;

describe('messages are short', () => {
  it(`every finding, fix and suggestion message of every fixture has at most ${MAX_MESSAGE_LENGTH} characters`, async function () {
    this.timeout(300_000);
    const tooLong = new Map<string, string>();
    const seen = new Set<string>();
    for (const fixture of loadFixtures()) {
      const { findings } = await analyze(fixture.text, { fileName: fixture.virtualFileName, settings: { preset: 'strict' }, project: fixture.project });
      for (const finding of findings) {
        const messages: [string, string][] = [
          [`${finding.ruleId}.${finding.messageId}`, finding.message],
          ...(finding.fix ? [[`${finding.ruleId}.${finding.fix.messageId}`, finding.fix.message] as [string, string]] : []),
          ...finding.suggestions.map((s): [string, string] => [`${finding.ruleId}.${s.messageId}`, s.message]),
        ];
        for (const [id, message] of messages) {
          seen.add(id);
          if (message.length > MAX_MESSAGE_LENGTH && !tooLong.has(id)) tooLong.set(id, `${message.length}: ${message}`);
        }
      }
    }
    assert.deepEqual([...tooLong].map(([id, m]) => `${id} ${m}`), []);
    // The bound must have been tried on most of what the rules can say.
    const templates = allRules.reduce((n, r) => n + Object.keys(r.meta.messages).length, 0);
    assert.ok(seen.size >= templates * 0.8, `only ${seen.size} of ${templates} message templates came out of the fixtures`);
  });

  it('every rule keeps the why in its rationale, for the hover, the docs and SARIF fullDescription', () => {
    for (const rule of allRules) assert.ok(rule.meta.rationale.length >= 80, `${rule.meta.id} has a rationale`);
  });
});
