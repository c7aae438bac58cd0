import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import { applyEdits } from '../../../rules/dist/model/edit';
import type { Settings } from '../../../rules/dist/model/settings';

const ON: Settings = { rules: { 'cookie-max-age': ['warn', { persistentSession: true }] } };

async function maxAgeFindings(text: string, fileName: string, settings?: Settings) {
  const result = await analyze(text, { fileName, ...(settings ? { settings } : {}) });
  return result.findings.filter((f) => f.ruleId === 'cookie-max-age');
}

describe('cookie-max-age persistentSession option (PHP session cookies that outlive the browser)', () => {
  const ini = '[Session]\nsession.use_strict_mode = 1\nsession.cookie_lifetime = 3600 ; one hour\n';
  const code = "<?php\nsession_set_cookie_params(3600, '/', '', true, true);\nsession_start();\n";

  it('is off by default: an hour is within the 24-hour limit', async () => {
    assert.deepEqual(await maxAgeFindings(ini, '/srv/php.ini'), []);
    assert.deepEqual(await maxAgeFindings(code, '/srv/app/index.php'), []);
  });

  it('reports a written lifetime other than 0, with a suggestion that sets it to 0', async () => {
    const [finding] = await maxAgeFindings(ini, '/srv/php.ini', ON);
    assert.match(finding!.message, /is persistent: it stays in the browser for 1 hour/);
    assert.equal(finding!.fix, undefined);
    assert.equal(applyEdits(ini, finding!.suggestions![0]!.edits), ini.replace('= 3600', '= 0'));
    const [params] = await maxAgeFindings(code, '/srv/app/index.php', ON);
    assert.equal(applyEdits(code, params!.suggestions![0]!.edits), code.replace('(3600,', '(0,'));
  });

  it('stays silent on a browser-session cookie, the default, and other libraries', async () => {
    assert.deepEqual(await maxAgeFindings(ini.replace('3600', '0'), '/srv/php.ini', ON), []);
    assert.deepEqual(await maxAgeFindings('[Session]\nsession.cookie_secure = 1\n', '/srv/php.ini', ON), []);
    const express = "const session = require('express-session');\napp.use(session({ secret: process.env.S, cookie: { maxAge: 3600000 } }));\n";
    assert.deepEqual(await maxAgeFindings(express, '/srv/app.js', ON), []);
  });
});
