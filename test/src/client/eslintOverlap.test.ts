import * as assert from 'node:assert/strict';
import { LANGUAGES_ESLINT_CANNOT_READ, usesEslintPlugin } from '../../../client/dist/eslintOverlap';
import { LANGUAGES } from '../../../client/dist/selector';

describe('client: detecting the ESLint plugin beside the extension', () => {
  it('is on when package.json depends on both eslint and sessionlint (dependencies or devDependencies)', () => {
    assert.equal(usesEslintPlugin(JSON.stringify({ devDependencies: { eslint: '^10.0.0', sessionlint: '^0.1.0' } })), true);
    assert.equal(usesEslintPlugin(JSON.stringify({ dependencies: { sessionlint: '^0.1.0' }, devDependencies: { eslint: '^9.0.0' } })), true);
  });

  it('is off with only one of them, with neither, and on text that is not a package.json', () => {
    assert.equal(usesEslintPlugin(JSON.stringify({ devDependencies: { sessionlint: '^0.1.0' } })), false);
    assert.equal(usesEslintPlugin(JSON.stringify({ devDependencies: { eslint: '^10.0.0' } })), false);
    assert.equal(usesEslintPlugin(JSON.stringify({ name: 'app', scripts: { lint: 'eslint . && sessionlint' } })), false);
    assert.equal(usesEslintPlugin('{ not json'), false);
    assert.equal(usesEslintPlugin('null'), false);
  });

  it('leaves to sessionlint only languages ESLint cannot read', () => {
    const eslintReads = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue'];
    assert.deepEqual(LANGUAGES_ESLINT_CANNOT_READ.filter((language) => eslintReads.includes(language)), []);
    for (const language of LANGUAGES.filter((l) => !eslintReads.includes(l))) assert.ok((LANGUAGES_ESLINT_CANNOT_READ as readonly string[]).includes(language), language);
  });
});
