import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFixedFile } from '../../../rules/dist/cli/writeBack';
import { makeProject, parseJsonReport, removeProject, runCli, SNIPPETS } from './support';

/** A session-like cookie whose only problem (if any) is the missing Secure flag: rules offer suggestions there, never a fix. */
const SUGGESTION_ONLY = `const express = require('express');
const app = express();

app.get('/welcome', (req, res) => {
  res.cookie('auth_token', req.query.token, { httpOnly: true, sameSite: 'lax', maxAge: 3600000 });
  res.send('Welcome!');
});
`;

describe('CLI: --fix', () => {
  it('rewrites the file with the safe fix, leaves other files alone, and is idempotent', () => {
    const project = makeProject({ 'src/app.js': SNIPPETS.fixableSession, 'src/ok.js': SNIPPETS.secureCookie });
    const file = path.join(project, 'src', 'app.js');
    const okBefore = fs.statSync(path.join(project, 'src', 'ok.js')).mtimeMs;
    try {
      const run = runCli(['--fix'], project);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /Fixed 1 problem in 1 file\./);
      const fixed = fs.readFileSync(file, 'utf8');
      assert.equal(fixed, SNIPPETS.fixableSession.replace('httpOnly: false', 'httpOnly: true'));
      assert.equal(fs.statSync(path.join(project, 'src', 'ok.js')).mtimeMs, okBefore, 'a file without fixes is not written');

      const again = runCli(['--fix', '--format', 'json'], project);
      assert.equal(again.status, 0);
      assert.equal(parseJsonReport(again).summary.fixesApplied, 0);
      assert.equal(fs.readFileSync(file, 'utf8'), fixed);
    } finally {
      removeProject(project);
    }
  });

  it('never applies suggestions (HttpOnly on a cookie the app writes: its front end may read it)', () => {
    const project = makeProject({ 'app.js': SNIPPETS.insecureCookie });
    try {
      const before = parseJsonReport(runCli(['--format', 'json'], project)).findings.find((f) => f.ruleId === 'cookie-httponly');
      assert.ok(before && before.fix === null && before.suggestions.length > 0, JSON.stringify(before));
      const run = runCli(['--fix', '--format', 'json'], project);
      assert.equal(fs.readFileSync(path.join(project, 'app.js'), 'utf8'), SNIPPETS.insecureCookie);
      assert.equal(parseJsonReport(run).summary.fixesApplied, 0);
    } finally {
      removeProject(project);
    }
  });

  it('never applies suggestions', function () {
    const project = makeProject({ 'app.js': SUGGESTION_ONLY });
    try {
      const before = parseJsonReport(runCli(['--format', 'json'], project)).findings;
      const suggestionOnly = before.filter((f) => f.fix === null && f.suggestions.length > 0);
      if (suggestionOnly.length === 0) this.skip(); // no rule offers suggestions for this code (yet)
      const run = runCli(['--fix', '--format', 'json'], project);
      assert.equal(fs.readFileSync(path.join(project, 'app.js'), 'utf8'), SUGGESTION_ONLY);
      const after = parseJsonReport(run).findings;
      for (const finding of suggestionOnly) assert.ok(after.some((f) => f.ruleId === finding.ruleId), `${finding.ruleId} is still reported`);
    } finally {
      removeProject(project);
    }
  });

  it('keeps a byte-order mark and CRLF line endings', () => {
    const crlf = SNIPPETS.fixableSession.replace(/\n/g, '\r\n');
    const project = makeProject({ 'app.js': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
    try {
      const run = runCli(['--fix'], project);
      assert.equal(run.status, 0, run.stdout);
      const bytes = fs.readFileSync(path.join(project, 'app.js'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      assert.match(text, /httpOnly: true/);
      assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line still ends with CRLF');
    } finally {
      removeProject(project);
    }
  });

  it('reports positions after the fix in the same run', () => {
    const project = makeProject({ 'app.js': SNIPPETS.fixableSession });
    try {
      const report = parseJsonReport(runCli(['--fix', '--format', 'json', '--rule', 'cookie-httponly=error'], project));
      assert.equal(report.summary.fixesApplied, 1);
      assert.deepEqual(report.findings.filter((f) => f.ruleId === 'cookie-httponly'), []);
    } finally {
      removeProject(project);
    }
  });

  it('does not write a file that changed on disk after it was read, nor one that is not UTF-8', () => {
    const project = makeProject({ 'app.js': 'original\n' });
    const file = path.join(project, 'app.js');
    try {
      const read = fs.readFileSync(file);
      fs.writeFileSync(file, 'edited by someone else\n');
      assert.match(writeFixedFile(file, read, 'fixed\n', false, true), /changed on disk/);
      assert.equal(fs.readFileSync(file, 'utf8'), 'edited by someone else\n');
      const current = fs.readFileSync(file);
      assert.match(writeFixedFile(file, current, 'fixed\n', false, false), /not valid UTF-8/);
      assert.equal(writeFixedFile(file, current, 'fixed\n', true, true), 'written');
      assert.deepEqual([...fs.readFileSync(file)], [0xef, 0xbb, 0xbf, ...Buffer.from('fixed\n')]);
    } finally {
      removeProject(project);
    }
  });
});
