import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../../rules/dist/engine';
import { allRules } from '../../../../rules/dist/rules';
import { EXAMPLES } from '../../support/paths';

/** What examples/fastify-insecure gets wrong, by file (see its README); checked for the rules that exist. */
const INSECURE_FINDINGS: Readonly<Record<string, readonly string[]>> = {
  'plugins/session.ts': [
    'cookie-httponly',
    'cookie-max-age',
    'cookie-samesite',
    'cookie-secure',
    'session-cookie-name-default',
    'session-idle-timeout',
    'session-secret',
    'session-store-memory',
  ],
  'routes/auth.ts': ['cookie-httponly', 'cookie-max-age', 'cookie-samesite', 'cookie-secure', 'login-rate-limit', 'session-destroy-on-logout', 'session-regenerate-on-login'],
};

async function ruleIdsOf(example: string, file: string): Promise<Set<string>> {
  const root = path.join(EXAMPLES, example);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const fileName = path.join(root, file);
  const result = await analyze(fs.readFileSync(fileName, 'utf8'), { fileName, settings: { preset: 'recommended' }, project: { dependencies: manifest.dependencies } });
  assert.equal(result.parseError, undefined);
  assert.deepEqual(result.ruleErrors, []);
  return new Set(result.findings.map((f) => f.ruleId));
}

describe('examples/fastify-insecure and its secure twin', () => {
  const existing = new Set(allRules.map((r) => r.meta.id));

  for (const [file, expected] of Object.entries(INSECURE_FINDINGS)) {
    it(`fastify-insecure/${file} shows each mistake its README lists`, async () => {
      const found = await ruleIdsOf('fastify-insecure', file);
      const missing = expected.filter((id) => existing.has(id) && !found.has(id));
      assert.deepEqual(missing, []);
    });

    it(`fastify-secure/${file} has no finding`, async () => {
      assert.deepEqual([...(await ruleIdsOf('fastify-secure', file))], []);
    });
  }
});
