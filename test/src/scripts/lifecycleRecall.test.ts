import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'lifecycle-recall.mjs');

/** An Express login that keeps the old session id and has no limiter: two lifecycle findings. */
const APP = `const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');
const users = require('./users');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { sameSite: 'lax' } }));

app.post('/login', async (req, res) => {
  const user = await users.byEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  req.session.userId = user.id;
  res.redirect('/');
});

module.exports = app;
`;

interface Totals { tp: number; fp: number; fn: number; fnByDesign: number }
interface Report {
  byRule: Record<string, Totals>;
  byFamily: Record<string, Totals>;
  all: Totals;
  apps: { repo: string; family: string; tp: string[]; fp: string[]; fn: string[] }[];
}

/** scripts/lifecycle-recall.mjs on a list and a corpus made here: the CLI's findings against the labels. */
describe('scripts/lifecycle-recall.mjs', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-lifecycle-recall-'));
    fs.mkdirSync(path.join(dir, 'corpus', 'mylist', 'acme+shop'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'corpus', 'mylist', 'acme+shop', 'app.js'), APP);
    fs.mkdirSync(path.join(dir, 'lists'));
    const list = [{
      repo: 'acme/shop', commit: 'a'.repeat(40), kind: 'express-app', why: 'made by the test',
      // The renewal label is found; the csrf and logout labels are not (the second is out of scope by design);
      // the rate-limit finding on line 9 has no label.
      labels: ['app.js:12 session-regenerate-on-login', 'app.js:7 csrf', 'app.js:14 session-destroy-on-logout'],
      byDesign: ['app.js:14 session-destroy-on-logout'],
    }, { repo: 'acme/absent', commit: 'b'.repeat(40), kind: 'php-app', why: 'not extracted', labels: [] }];
    fs.writeFileSync(path.join(dir, 'lists', 'mylist.json'), JSON.stringify(list));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('counts true positives, false positives and false negatives per rule and per family', () => {
    const out = path.join(dir, 'report.json');
    const env = { ...process.env, SESSIONLINT_CORPUS_LISTS: path.join(dir, 'lists') };
    const run = spawnSync(process.execPath, [SCRIPT, '--list', 'mylist', '--corpus-root', path.join(dir, 'corpus'), '--json', out],
      { env, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
    assert.deepEqual(report.byRule['session-regenerate-on-login'], { tp: 1, fp: 0, fn: 0, fnByDesign: 0 });
    assert.deepEqual(report.byRule['login-rate-limit'], { tp: 0, fp: 1, fn: 0, fnByDesign: 0 });
    assert.deepEqual(report.byRule.csrf, { tp: 0, fp: 0, fn: 1, fnByDesign: 0 });
    assert.deepEqual(report.byRule['session-destroy-on-logout'], { tp: 0, fp: 0, fn: 1, fnByDesign: 1 });
    assert.deepEqual(report.all, { tp: 1, fp: 1, fn: 2, fnByDesign: 1 });
    assert.deepEqual(report.byFamily, { Express: { tp: 1, fp: 1, fn: 2, fnByDesign: 1 } });
    assert.deepEqual(report.apps[0]?.fp, ['app.js:9 login-rate-limit']);
    // The table: recall 1/3 over all labels, 1/2 without the one out of scope; precision 1/2.
    assert.match(run.stdout, /all four\s+1\s+1\s+2\s+0\.33\s+0\.50\s+1\s+0\.50/);
    assert.match(run.stdout, /acme\/absent: missing; run scripts\/real-corpus\.mjs mylist/);
  });
});
