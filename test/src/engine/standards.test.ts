import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import type { Settings } from '../../../rules/dist/model/settings';
import { parseConfig } from '../../../rules/dist/workspace/config';
import { normalizeSettings } from '../../../server/dist/settings';
import { applyProjectConfig } from '../../../server/dist/projectConfig';
import { Linter } from 'eslint';
import { flatConfig } from '../eslint/support/lint';
import { makeProject, parseJsonReport, removeProject, runCliAsync } from '../cli/support';

/**
 * An app whose lifetimes sit between ASVS L2/L3 (12 hours; 30 and 15 minutes idle) and the rules'
 * own defaults (24 hours; 30 minutes idle): silent by default, reported under asvs-l2 or asvs-l3.
 */
const APP = `const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const jwt = require('jsonwebtoken');

const app = express();
app.use(session({
  name: '__Host-sid',
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: redis }),
  resave: false,
  saveUninitialized: false,
  rolling: true,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 20 * 60 * 1000 },
}));

app.post('/api/token', (req, res) => {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET, { expiresIn: '20h' });
  res.cookie('remember_token', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 20 * 60 * 60 * 1000 });
  res.json({ token });
});
`;

const THRESHOLD_RULES = ['cookie-max-age', 'jwt-expiry', 'session-idle-timeout'];

async function engineFindings(settings: Settings): Promise<string[]> {
  const { findings } = await analyze(APP, { fileName: '/project/src/app.js', settings });
  return findings.filter((f) => THRESHOLD_RULES.includes(f.ruleId)).map((f) => f.ruleId).sort();
}

describe('standard: thresholds from OWASP ASVS levels', () => {
  it('the engine: no standard keeps the defaults; L1 loosens; L2 lowers lifetimes to 12 hours; L3 also the idle timeout to 15 minutes', async () => {
    assert.deepEqual(await engineFindings({}), []);
    assert.deepEqual(await engineFindings({ standard: 'asvs-l1' }), []);
    assert.deepEqual(await engineFindings({ standard: 'asvs-l2' }), ['cookie-max-age', 'jwt-expiry']);
    assert.deepEqual(await engineFindings({ standard: 'asvs-l3' }), ['cookie-max-age', 'jwt-expiry', 'session-idle-timeout']);
  });

  it('the message states the standard\'s limit', async () => {
    const { findings } = await analyze(APP, { fileName: '/project/src/app.js', settings: { standard: 'asvs-l3' } });
    assert.match(findings.find((f) => f.ruleId === 'session-idle-timeout')!.message, /over 15 minutes/);
    assert.match(findings.find((f) => f.ruleId === 'jwt-expiry')!.message, /over the 12 hours limit/);
  });

  it('options given to a rule win over the standard', async () => {
    const settings: Settings = { standard: 'asvs-l3', rules: { 'jwt-expiry': ['warn', { maxHours: 24 }], 'session-idle-timeout': ['warn', { idleTimeoutMinutes: 30 }] } };
    assert.deepEqual(await engineFindings(settings), ['cookie-max-age']);
  });

  it('under L1, a 60-day token is still too long and a 20-day one is not (30 days)', async () => {
    const sixty = APP.replace("expiresIn: '20h'", "expiresIn: '60d'");
    const twenty = APP.replace("expiresIn: '20h'", "expiresIn: '20d'");
    const count = async (text: string): Promise<number> =>
      (await analyze(text, { fileName: '/project/src/app.js', settings: { standard: 'asvs-l1' } })).findings.filter((f) => f.ruleId === 'jwt-expiry').length;
    assert.equal(await count(sixty), 1);
    assert.equal(await count(twenty), 0);
  });

  it('sessionlint.config.json: "standard" is read, "none" is no standard, anything else is refused', () => {
    assert.equal(parseConfig(JSON.stringify({ standard: 'asvs-l2' }), 'sessionlint.config.json').settings.standard, 'asvs-l2');
    assert.equal(parseConfig(JSON.stringify({ standard: 'none' }), 'sessionlint.config.json').settings.standard, undefined);
    assert.throws(() => parseConfig(JSON.stringify({ standard: 'asvs-l4' }), 'sessionlint.config.json'), /standard must be one of/);
    assert.throws(() => parseConfig(JSON.stringify({ standard: 2 }), 'sessionlint.config.json'), /standard must be one of/);
  });

  it('the editor: sessionlint.standard is read; set, it wins over the project config, and "none" leaves the config\'s', () => {
    assert.equal(normalizeSettings({ standard: 'asvs-l3' }).settings.engine.standard, 'asvs-l3');
    assert.equal(normalizeSettings({ standard: 'none' }).settings.engine.standard, undefined);
    assert.equal(normalizeSettings({ standard: 'level-9' }).settings.engine.standard, undefined);
    const config = { settings: { standard: 'asvs-l2' } as Settings };
    assert.equal(applyProjectConfig({}, new Set(), config).standard, 'asvs-l2');
    assert.equal(applyProjectConfig({ standard: 'asvs-l3' }, new Set(['standard']), config).standard, 'asvs-l3');
  });

  it('ESLint: settings.sessionlint.standard sets the thresholds; rule options still win', () => {
    const ruleIds = (sessionlint: Record<string, unknown>, rules: Linter.RulesRecord = {}): string[] => {
      const config = [...flatConfig({ parser: 'espree', preset: 'recommended', sessionlint }), { rules }];
      const messages = new Linter({ cwd: '/project' }).verify(APP, config, '/project/src/app.js');
      return messages.map((m) => m.ruleId ?? '').filter((id) => THRESHOLD_RULES.some((rule) => id === `sessionlint/${rule}`)).sort();
    };
    assert.deepEqual(ruleIds({}), []);
    assert.deepEqual(ruleIds({ standard: 'asvs-l2' }), ['sessionlint/cookie-max-age', 'sessionlint/jwt-expiry']);
    assert.deepEqual(ruleIds({ standard: 'asvs-l3' }), ['sessionlint/cookie-max-age', 'sessionlint/jwt-expiry', 'sessionlint/session-idle-timeout']);
    assert.deepEqual(ruleIds({ standard: 'asvs-l3' }, { 'sessionlint/jwt-expiry': ['warn', { maxHours: 24 }] }), ['sessionlint/cookie-max-age', 'sessionlint/session-idle-timeout']);
  });

  it('the CLI reads "standard" from sessionlint.config.json', async () => {
    const project = makeProject({ 'sessionlint.config.json': JSON.stringify({ standard: 'asvs-l3' }), 'src/app.js': APP });
    const plain = makeProject({ 'src/app.js': APP });
    try {
      const [withStandard, without] = await Promise.all([runCliAsync(['--format', 'json'], project), runCliAsync(['--format', 'json'], plain)]);
      const ids = (run: typeof withStandard): string[] => parseJsonReport(run).findings.map((f) => f.ruleId).filter((id) => THRESHOLD_RULES.includes(id)).sort();
      assert.deepEqual(ids(withStandard), ['cookie-max-age', 'jwt-expiry', 'session-idle-timeout']);
      assert.deepEqual(ids(without), []);
    } finally {
      removeProject(project);
      removeProject(plain);
    }
  });
});
