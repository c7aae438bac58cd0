import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';

describe('generated files', () => {
  it('the rule index and the README rule table are up to date (npm run generate)', () => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'test', 'dist', 'scripts', 'generate.js'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
