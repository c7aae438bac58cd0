#!/usr/bin/env node
// Rebuilds the real-code corpora listed in test/corpus/<purpose>.json into .corpus/<purpose>/<owner>+<name>/
// (git-ignored, never committed) from bare mirrors of the repositories at their pinned commits.
//
//   node scripts/real-corpus.mjs            every list in test/corpus/
//   node scripts/real-corpus.mjs bench      one list
//
// A mirror is a bare git directory at $SESSIONLINT_MIRRORS/<owner>+<name>/repo (default /work/.mirror,
// where the team's fetch tool leaves them). SESSIONLINT_CORPUS_LISTS and SESSIONLINT_CORPUS_ROOT move
// the lists (test/corpus/) and the corpus (.corpus/). A repository already extracted at its pinned commit is kept;
// one whose mirror is missing, or lacks the commit, is listed at the end with what to fetch, and the
// script exits with 1. Nothing from a repository is run: `git archive <commit> | tar -x` only.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The lists, the corpus and the mirrors can be put elsewhere (the script's test does).
const listDir = process.env.SESSIONLINT_CORPUS_LISTS ?? path.join(repoRoot, 'test', 'corpus');
const corpusRoot = process.env.SESSIONLINT_CORPUS_ROOT ?? path.join(repoRoot, '.corpus');
const mirrors = process.env.SESSIONLINT_MIRRORS ?? '/work/.mirror';

/** @typedef {{ repo: string, commit: string, kind: string, why: string }} Entry */

/** @param {string} purpose @returns {Entry[]} */
function readList(purpose) {
  const entries = JSON.parse(fs.readFileSync(path.join(listDir, `${purpose}.json`), 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`test/corpus/${purpose}.json is not an array`);
  for (const entry of entries) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(entry.repo ?? '') || !/^[0-9a-f]{40}$/.test(entry.commit ?? '')) {
      throw new Error(`test/corpus/${purpose}.json: bad entry ${JSON.stringify(entry)} (needs repo "owner/name" and a 40-hex commit)`);
    }
  }
  return entries;
}

/** Runs a command, resolving with its exit code (stderr kept for the message). */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: -1, stderr: error.message }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Runs a command (with `input` on its standard input, if any), resolving with its standard output. */
function output(command, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
    if (input !== undefined) child.stdin.end(input);
  });
}

/**
 * The blobs of a commit that the mirror does not hold: snapshots leave out files of 4 MiB and more
 * (images, videos, bundles), and `git archive` stops at the first one.
 */
async function absentBlobs(gitDir, commit) {
  const tree = (await output('git', ['-C', gitDir, 'ls-tree', '-r', '-z', commit])).split('\0').filter(Boolean);
  const blobs = tree.map((line) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line)).filter((m) => m !== null);
  const checked = (await output('git', ['-C', gitDir, 'cat-file', '--batch-check=%(objectname) %(objecttype)'], blobs.map((m) => m[1]).join('\n') + '\n')).split('\n');
  return blobs.filter((_, i) => checked[i]?.endsWith(' missing')).map((m) => m[2]);
}

/** `git archive <commit> | tar -x -C <target>` without the absent paths, with both exit codes checked. */
function extract(gitDir, commit, target, absent) {
  const pathspecs = absent.length > 0 ? ['--', '.', ...absent.map((file) => `:(exclude,literal)${file}`)] : [];
  return new Promise((resolve) => {
    const git = spawn('git', ['-C', gitDir, 'archive', '--format=tar', commit, ...pathspecs], { stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', target], { stdio: ['pipe', 'ignore', 'pipe'] });
    git.stdout.pipe(tar.stdin);
    let stderr = '';
    git.stderr.on('data', (chunk) => (stderr += chunk));
    tar.stderr.on('data', (chunk) => (stderr += chunk));
    let pending = 2;
    let failed = false;
    const done = (code) => {
      if (code !== 0) failed = true;
      if (--pending === 0) resolve(failed ? stderr.trim() || 'git archive | tar failed' : undefined);
    };
    git.on('close', done);
    tar.on('close', done);
  });
}

/** @param {string} purpose @param {Entry} entry @returns {Promise<string>} 'kept', 'extracted…', or why not */
async function rebuild(purpose, entry) {
  const name = entry.repo.replace('/', '+');
  const target = path.join(corpusRoot, purpose, name);
  // The marker sits beside the tree, not in it, so that no tool scanning the tree sees it.
  const marker = `${target}.commit`;
  if (fs.existsSync(target) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === entry.commit) return 'kept';
  const gitDir = path.join(mirrors, name, 'repo');
  if (!fs.existsSync(gitDir)) return `no mirror at ${gitDir}`;
  const hasCommit = await run('git', ['-C', gitDir, 'cat-file', '-e', `${entry.commit}^{commit}`]);
  if (hasCommit.code !== 0) return `the mirror at ${gitDir} lacks commit ${entry.commit}`;
  fs.rmSync(marker, { force: true });
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const absent = await absentBlobs(gitDir, entry.commit);
  const problem = await extract(gitDir, entry.commit, target, absent);
  if (problem) return `extraction failed: ${problem}`;
  fs.writeFileSync(marker, `${entry.commit}\n`);
  return absent.length > 0 ? `extracted without ${absent.length} files absent from the mirror (4 MiB and more)` : 'extracted';
}

async function main() {
  const purposes = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(listDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  const missing = [];
  for (const purpose of purposes) {
    const entries = readList(purpose);
    const counts = { kept: 0, extracted: 0 };
    for (const entry of entries) {
      const outcome = await rebuild(purpose, entry);
      if (outcome === 'kept') counts.kept++;
      else if (outcome.startsWith('extracted')) {
        counts.extracted++;
        if (outcome !== 'extracted') console.log(`  ${entry.repo}: ${outcome}`);
      } else missing.push({ purpose, entry, outcome });
    }
    console.log(`${purpose}: ${entries.length} repositories in .corpus/${purpose}/ (${counts.extracted} extracted, ${counts.kept} already there)`);
  }
  if (missing.length > 0) {
    console.log(`\n${missing.length} not extracted; fetch these snapshots (the fetch tool: github:<owner>/<name>), then run this again:`);
    for (const { purpose, entry, outcome } of missing) console.log(`  github:${entry.repo}  (${purpose}, ${entry.commit.slice(0, 12)}: ${outcome})`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
