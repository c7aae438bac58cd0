#!/usr/bin/env node
// Recall and precision of the lifecycle rules on the hand-labelled real apps of test/corpus/lifecycle.json.
// Each app is read from .corpus/lifecycle/<owner>+<name>/ (or $SESSIONLINT_CORPUS/lifecycle/…), extracted
// from its pinned commit; nothing is fetched here. A label is `file:line rule`: a finding a reviewer
// expects there. Usage: node scripts/lifecycle-recall.mjs [--cli path/to/sessionlint.js]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES = ['csrf', 'session-regenerate-on-login', 'session-destroy-on-logout', 'login-rate-limit'];
const cliArg = process.argv.indexOf('--cli');
const cli = cliArg > 0 ? path.resolve(process.argv[cliArg + 1]) : path.join(root, 'bin', 'sessionlint.js');
const corpora = [path.join(root, '.corpus'), process.env.SESSIONLINT_CORPUS, '/work/.corpus'].filter(Boolean);
const apps = JSON.parse(fs.readFileSync(path.join(root, 'test', 'corpus', 'lifecycle.json'), 'utf8'));

const totals = Object.fromEntries(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
for (const app of apps) {
  const folder = `${app.repo.replace('/', '+')}`;
  const dir = corpora.map((c) => path.join(c, 'lifecycle', folder)).find((d) => fs.existsSync(d));
  if (!dir) {
    console.log(`${app.repo}: missing; fetch it and extract ${app.commit} into .corpus/lifecycle/${folder}/`);
    continue;
  }
  const run = spawnSync(process.execPath, [cli, '--format', 'json', '--exit-zero', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(run.stdout);
  const found = new Set(report.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => `${f.file}:${f.line} ${f.ruleId}`));
  const labels = new Set(app.labels);
  const lines = [];
  for (const rule of RULES) {
    const mine = (set) => [...set].filter((x) => x.endsWith(` ${rule}`));
    const tp = mine(found).filter((f) => labels.has(f));
    const fp = mine(found).filter((f) => !labels.has(f));
    const fn = mine(labels).filter((l) => !found.has(l));
    totals[rule].tp += tp.length;
    totals[rule].fp += fp.length;
    totals[rule].fn += fn.length;
    for (const f of fp) lines.push(`  FP ${f}`);
    for (const f of fn) lines.push(`  FN ${f}`);
  }
  console.log(`${app.repo}: ${found.size} lifecycle findings, ${labels.size} labels`);
  for (const line of lines) console.log(line);
}
let tp = 0, fp = 0, fn = 0;
console.log('\nrule                         TP  FP  FN  recall  precision');
for (const rule of RULES) {
  const t = totals[rule];
  tp += t.tp; fp += t.fp; fn += t.fn;
  const recall = t.tp + t.fn ? (t.tp / (t.tp + t.fn)).toFixed(2) : '-';
  const precision = t.tp + t.fp ? (t.tp / (t.tp + t.fp)).toFixed(2) : '-';
  console.log(`${rule.padEnd(28)} ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${recall.padStart(6)}  ${precision.padStart(9)}`);
}
console.log(`${'all four'.padEnd(28)} ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}  ${(tp / (tp + fn)).toFixed(2).padStart(6)}  ${(tp / (tp + fp)).toFixed(2).padStart(9)}`);
