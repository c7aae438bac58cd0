import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';

/** What `npm pack --json` says about the tarball it wrote. */
export interface PackResult {
  readonly tarball: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly string[];
}

/** The environment for a child npm: without the variables of the `npm test` that runs us (its package, its lifecycle). */
export function npmEnv(): NodeJS.ProcessEnv {
  const kept = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_') || kept.has(name.toLowerCase())));
}

/** Runs a command and fails with its output when it exits with another status than 0 or one of `alsoOk` (linters exit 1 on findings). */
export function run(command: string, args: readonly string[], cwd: string, timeoutMs = 600_000, alsoOk: readonly number[] = []): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: npmEnv(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (result.status === null || (result.status !== 0 && !alsoOk.includes(result.status))) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status ?? result.signal}:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
  return result;
}

/** `npm pack` of the repository (its `prepack` builds and bundles), into `destination`. */
export function pack(destination: string): PackResult {
  const { stdout } = run('npm', ['pack', '--json', '--pack-destination', destination], REPO_ROOT);
  // prepack's own output comes first; npm's JSON array is the last thing printed.
  const [entry] = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1)) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  if (!entry) throw new Error(`npm pack printed no result:\n${stdout}`);
  return { tarball: path.join(destination, entry.filename), size: entry.size, unpackedSize: entry.unpackedSize, files: entry.files.map((file) => file.path) };
}

/** Bytes of the files under a directory (apparent sizes, as `du --apparent-size -b`); symbolic links are not followed. */
export function directorySize(directory: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) total += directorySize(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

interface LockedPackage {
  readonly version?: string;
  readonly hasInstallScript?: boolean;
}

/** node_modules/.package-lock.json's packages: what npm installed, by path. */
export function installedPackages(project: string): Record<string, LockedPackage> {
  const file = path.join(project, 'node_modules', '.package-lock.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: Record<string, LockedPackage> }).packages;
}

/** A fresh project directory with a package.json and the given files. */
export function createProject(root: string, manifest: Record<string, unknown>, files: Readonly<Record<string, string>>): string {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ name: path.basename(root), version: '1.0.0', private: true, ...manifest }, null, 2)}\n`);
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  }
  return root;
}

/** Milliseconds of the median of `times` runs of a command (after one warm-up run, which fills the compile cache). */
export function medianRunMs(command: string, args: readonly string[], cwd: string, times = 5): number {
  run(command, args, cwd);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run(command, args, cwd);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** The `npm install` lines of a fenced block in the README, as argument lists (without `npm`). */
export function readmeInstallLines(): string[][] {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^npm (install [^\n#]*?)\s*(?:#.*)?$/gm)].map((match) => match[1]!.trim().split(/\s+/));
}
