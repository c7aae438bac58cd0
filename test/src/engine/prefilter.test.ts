import * as assert from 'node:assert/strict';
import { frontendFor } from '../../../rules/dist/frontends/registry';
import { languageOf } from '../../../rules/dist/language';
import { loadFixtures } from '../support/fixtures';

/** The prefilter decides which files are never parsed: it must never drop a file that holds a finding. */
describe('prefilter', () => {
  it('keeps every fixture that expects a finding', () => {
    const dropped: string[] = [];
    let checked = 0;
    for (const fixture of loadFixtures()) {
      if (!fixture.annotations.some((a) => a.kind === 'expect')) continue;
      const language = languageOf(fixture.virtualFileName);
      const frontend = language && frontendFor(language);
      if (!frontend) continue;
      checked++;
      if (!frontend.mightContainFacts(fixture.text)) dropped.push(fixture.path);
    }
    assert.deepEqual(dropped, []);
    assert.ok(checked > 0, 'no fixture was checked');
  });

  it('drops files that mention no session, cookie or token API', () => {
    const frontend = frontendFor('js')!;
    assert.equal(frontend.mightContainFacts('export const add = (a, b) => a + b;\n'), false);
    assert.equal(frontend.mightContainFacts("app.use(session({ secret: 'x' }))"), true);
  });
});
