#!/usr/bin/env node
// Recall and precision of the lifecycle rules on hand-labelled real apps: test/corpus/lifecycle.json (14
// Express apps) or another list with --list (lifecycle2: apps of every family, labelled before any run).
// Each app is read from <corpus root>/<list>/<owner>+<name>/, extracted from its pinned commit by
// scripts/real-corpus.mjs; nothing is fetched here. A label is `file:line rule`: a finding a reviewer
// expects there. Labels an app lists under `byDesign` are ones the rule's documentation puts out of its
// scope (e.g. a rate limit on a plain PHP script); they are counted, and the totals are printed without
// them as well.
//
//   node scripts/lifecycle-recall.mjs [--list lifecycle2] [--corpus-root DIR] [--cli path/to/sessionlint.js]
//                                     [--json out.json]
//
// The corpus root is the first of --corpus-root, $SESSIONLINT_CORPUS_ROOT, $SESSIONLINT_CORPUS, .corpus/,
// /work/.corpus that holds the list's folder; $SESSIONLINT_CORPUS_LISTS moves the lists (test/corpus/), as
// for scripts/real-corpus.mjs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES = ['csrf', 'session-regenerate-on-login', 'session-destroy-on-logout', 'login-rate-limit'];
/** The family each `kind` of a list belongs to, for the per-family table. */
const FAMILIES = {
  'express-app': 'Express', 'fastify-app': 'Fastify', 'nest-app': 'NestJS', 'graphql-app': 'GraphQL',
  'php-app': 'plain PHP', 'laravel-app': 'Laravel', 'symfony-app': 'Symfony',
};

/** The value after `--name`, if given. */
function option(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const list = option('--list') ?? 'lifecycle';
const cli = path.resolve(option('--cli') ?? path.join(root, 'bin', 'sessionlint.js'));
const jsonOut = option('--json');
const roots = [option('--corpus-root'), process.env.SESSIONLINT_CORPUS_ROOT, process.env.SESSIONLINT_CORPUS,
  path.join(root, '.corpus'), '/work/.corpus'].filter(Boolean);
const listDir = process.env.SESSIONLINT_CORPUS_LISTS ?? path.join(root, 'test', 'corpus');
const apps = JSON.parse(fs.readFileSync(path.join(listDir, `${list}.json`), 'utf8'));

/** Runs the CLI over one extracted app: the set of `file:line rule` it reports for the four rules. */
function findingsOf(dir) {
  const run = spawnSync(process.execPath, [cli, '--format', 'json', '--exit-zero', '--time-budget', '0', '.'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${dir}: sessionlint exited with ${run.status}\n${run.stderr}`);
  const report = JSON.parse(run.stdout);
  return new Set(report.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => `${f.file}:${f.line} ${f.ruleId}`));
}

/** Compares findings with labels: the true positives, false positives and false negatives of one rule. */
function compare(found, labels, rule) {
  const mine = (set) => [...set].filter((x) => x.endsWith(` ${rule}`));
  return {
    tp: mine(found).filter((f) => labels.has(f)),
    fp: mine(found).filter((f) => !labels.has(f)),
    fn: mine(labels).filter((l) => !found.has(l)),
  };
}

const zero = () => ({ tp: 0, fp: 0, fn: 0, fnByDesign: 0 });
const byRule = Object.fromEntries(RULES.map((r) => [r, zero()]));
const byFamily = {};
const perApp = [];
for (const app of apps) {
  const folder = app.repo.replace('/', '+');
  const dir = roots.map((c) => path.join(c, list, folder)).find((d) => fs.existsSync(d));
  if (!dir) {
    console.log(`${app.repo}: missing; run scripts/real-corpus.mjs ${list} (commit ${app.commit})`);
    continue;
  }
  const found = findingsOf(dir);
  const labels = new Set(app.labels);
  const byDesign = new Set(app.byDesign ?? []);
  const family = FAMILIES[app.kind] ?? app.kind;
  byFamily[family] ??= zero();
  const result = { repo: app.repo, family, tp: [], fp: [], fn: [] };
  for (const rule of RULES) {
    const { tp, fp, fn } = compare(found, labels, rule);
    const designed = fn.filter((l) => byDesign.has(l)).length;
    for (const totals of [byRule[rule], byFamily[family]]) {
      totals.tp += tp.length;
      totals.fp += fp.length;
      totals.fn += fn.length;
      totals.fnByDesign += designed;
    }
    result.tp.push(...tp);
    result.fp.push(...fp);
    result.fn.push(...fn);
  }
  perApp.push(result);
  console.log(`${app.repo} (${family}): ${found.size} lifecycle findings, ${labels.size} labels`);
  for (const f of result.fp) console.log(`  FP ${f}`);
  for (const f of result.fn) console.log(`  FN ${f}${byDesign.has(f) ? ' (out of the rule\'s scope by design)' : ''}`);
}

const ratio = (a, b) => (b ? (a / b).toFixed(2) : '-');
/** One table row: TP FP FN, recall and precision, then recall without the labels out of scope by design. */
function row(name, t) {
  const inScope = t.fn - t.fnByDesign;
  return `${name.padEnd(28)} ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}` +
    `  ${ratio(t.tp, t.tp + t.fn).padStart(6)}  ${ratio(t.tp, t.tp + t.fp).padStart(9)}` +
    `  ${String(t.fnByDesign).padStart(9)}  ${ratio(t.tp, t.tp + inScope).padStart(14)}`;
}
const header = `${''.padEnd(28)}  TP  FP  FN  recall  precision  FN scope  recall in scope`;
const all = zero();
for (const t of Object.values(byRule)) for (const k of Object.keys(all)) all[k] += t[k];
console.log(`\n${header.replace(''.padEnd(28), 'rule'.padEnd(28))}`);
for (const rule of RULES) console.log(row(rule, byRule[rule]));
console.log(row('all four', all));
console.log(`\n${header.replace(''.padEnd(28), 'family'.padEnd(28))}`);
for (const [family, t] of Object.entries(byFamily)) console.log(row(family, t));
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ list, cli, byRule, byFamily, all, apps: perApp }, null, 2) + '\n');
