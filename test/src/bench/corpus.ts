import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateNodeApp, type NodeFramework } from './generate/nodeApp';
import { generatePhpApp } from './generate/phpApp';

/**
 * The benchmark corpus, assembled without network: the JS/TS sources of the installed npm packages
 * (copied, so that the tools walk them like a project and not like node_modules), generated
 * Express/Fastify applications and generated PHP applications. Cached in `.bench/` and rebuilt when
 * the installed packages or the generators change.
 */
export type CorpusSize = 'full' | 'quick';

export interface Corpus {
  readonly root: string;
  /** Directories with JS/TS only: what ESLint is run on. */
  readonly jsDirectories: readonly string[];
  /** The directory with the PHP applications (and their .htaccess / .user.ini). */
  readonly phpDirectory: string;
  /** Absolute paths, sorted. */
  readonly jsFiles: readonly string[];
  readonly phpFiles: readonly string[];
  /** ini and .htaccess files of the PHP applications. */
  readonly configFiles: readonly string[];
  readonly jsBytes: number;
  readonly phpBytes: number;
  readonly configBytes: number;
  /** Where the files came from, for the report. */
  readonly sources: { readonly packages: number; readonly packageFiles: number; readonly nodeApps: number; readonly phpApps: number };
}

/** Bump when the selection or the generators change, so cached corpora are rebuilt. */
const CORPUS_VERSION = 6;
/** Larger files are bundles (a project's sources are not); they stay out, as a project's .gitignore keeps dist/ out. */
const MAX_PACKAGE_FILE_BYTES = 256 * 1024;
const JS_FILE = /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

interface Plan {
  readonly everyNthPackageFile: number;
  readonly nodeApps: number;
  readonly nodeResources: number;
  readonly phpApps: number;
  readonly phpResources: number;
}

const PLANS: Record<CorpusSize, Plan> = {
  full: { everyNthPackageFile: 1, nodeApps: 48, nodeResources: 10, phpApps: 64, phpResources: 12 },
  quick: { everyNthPackageFile: 10, nodeApps: 4, nodeResources: 6, phpApps: 6, phpResources: 6 },
};

interface Manifest {
  readonly key: string;
  readonly jsFiles: string[];
  readonly phpFiles: string[];
  readonly configFiles: string[];
  readonly sources: Corpus['sources'];
}

export function assembleCorpus(repoRoot: string, size: CorpusSize, log: (line: string) => void): Corpus {
  const root = path.join(repoRoot, '.bench', `corpus-${size}`);
  const key = corpusKey(repoRoot, size);
  const manifestPath = path.join(root, 'manifest.json');
  let manifest = readManifest(manifestPath);
  if (!manifest || manifest.key !== key || !manifest.jsFiles.every((f) => fs.existsSync(path.join(root, f)))) {
    log(`assembling the ${size} corpus in ${path.relative(repoRoot, root)}/ …`);
    fs.rmSync(root, { recursive: true, force: true });
    manifest = buildCorpus(repoRoot, root, PLANS[size], key);
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  const absolute = (files: readonly string[]): string[] => files.map((f) => path.join(root, f));
  const sizeOf = (files: readonly string[]): number => files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const jsFiles = absolute(manifest.jsFiles);
  const phpFiles = absolute(manifest.phpFiles);
  const configFiles = absolute(manifest.configFiles);
  return {
    root,
    jsDirectories: [path.join(root, 'packages'), path.join(root, 'node-apps')],
    phpDirectory: path.join(root, 'php-apps'),
    jsFiles,
    phpFiles,
    configFiles,
    jsBytes: sizeOf(jsFiles),
    phpBytes: sizeOf(phpFiles),
    configBytes: sizeOf(configFiles),
    sources: manifest.sources,
  };
}

function corpusKey(repoRoot: string, size: CorpusSize): string {
  const lock = fs.readFileSync(path.join(repoRoot, 'package-lock.json'));
  return createHash('sha1').update(`${CORPUS_VERSION}:${size}:`).update(lock).digest('hex');
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

function buildCorpus(repoRoot: string, root: string, plan: Plan, key: string): Manifest {
  const jsFiles: string[] = [];
  const phpFiles: string[] = [];
  const configFiles: string[] = [];
  const write = (relative: string, content: string | Buffer): void => {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    if (JS_FILE.test(relative)) jsFiles.push(relative);
    else if (relative.endsWith('.php')) phpFiles.push(relative);
    else if (/(^|\/)(\.htaccess|\.user\.ini|php\.ini)$/.test(relative)) configFiles.push(relative);
  };

  const packages = new Set<string>();
  const seen = new Set<string>();
  let packageFiles = 0;
  const candidates = packageSources(path.join(repoRoot, 'node_modules'));
  candidates.forEach((file, i) => {
    if (i % plan.everyNthPackageFile !== 0) return;
    const bytes = fs.readFileSync(file.absolute);
    if (bytes.subarray(0, 8192).includes(0)) return;
    const hash = createHash('sha1').update(bytes).digest('hex');
    // Packages ship the same file several times (esm/umd copies, nested versions): count it once.
    if (seen.has(hash)) return;
    seen.add(hash);
    packages.add(file.packageName);
    packageFiles++;
    write(path.posix.join('packages', file.relative), bytes);
  });
  // Manifests beside the sources, as in a project (the engine reads dependencies from them).
  for (const name of packages) {
    const manifest = path.join(repoRoot, 'node_modules', name, 'package.json');
    if (fs.existsSync(manifest)) write(path.posix.join('packages', safeRelative(name), 'package.json'), fs.readFileSync(manifest));
  }

  for (let i = 0; i < plan.nodeApps; i++) {
    const framework: NodeFramework = i % 2 === 0 ? 'express' : 'fastify';
    const ts = i % 4 >= 2;
    const app = generateNodeApp(i, framework, ts, plan.nodeResources);
    for (const [relative, text] of Object.entries(app)) write(path.posix.join('node-apps', `${framework}-${ts ? 'ts' : 'js'}-${i}`, relative), text);
  }
  for (let i = 0; i < plan.phpApps; i++) {
    for (const [relative, text] of Object.entries(generatePhpApp(i, plan.phpResources))) write(path.posix.join('php-apps', `app-${i}`, relative), text);
  }
  return { key, jsFiles: jsFiles.sort(), phpFiles: phpFiles.sort(), configFiles: configFiles.sort(), sources: { packages: packages.size, packageFiles, nodeApps: plan.nodeApps, phpApps: plan.phpApps } };
}

interface PackageSource {
  readonly absolute: string;
  /** Path in the corpus, below packages/. */
  readonly relative: string;
  readonly packageName: string;
}

/** `node_modules` as a path segment would make every walker skip the copy. */
function safeRelative(relative: string): string {
  return relative
    .split('/')
    .map((segment) => (segment === 'node_modules' ? '_modules' : segment))
    .join('/');
}

/** The JS/TS files of the installed packages, sorted, without minified files and bundles. */
function packageSources(nodeModules: string): PackageSource[] {
  const found: PackageSource[] = [];
  const visit = (directory: string, relative: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isSymbolicLink() || entry.name === '.bin' || entry.name === '.cache') continue;
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        visit(absolute, childRelative);
      } else if (entry.isFile() && JS_FILE.test(entry.name) && !/\.min\.[cm]?js$/.test(entry.name)) {
        if (fs.statSync(absolute).size > MAX_PACKAGE_FILE_BYTES) continue;
        found.push({ absolute, relative: safeRelative(childRelative), packageName: packageNameOf(childRelative) });
      }
    }
  };
  visit(nodeModules, '');
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** The top-level package a path in node_modules belongs to (`@scope/name` or `name`). */
function packageNameOf(relative: string): string {
  const parts = relative.split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}
