#!/usr/bin/env node
// Builds the VS Code extension package (.vsix): esbuild bundles the client and the language server
// (so the package carries no node_modules tree), the WebAssembly grammars the PHP frontend loads
// at run time are copied beside them, and @vscode/vsce packs a staging directory that holds
// nothing else. Run through `npm run package` (which builds first); prints the .vsix path.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const REPOSITORY = 'https://github.com/sessionlint/sessionlint';

/** Packages loaded at run time by path (WebAssembly), shipped as files instead of bundled. */
const RUNTIME_PACKAGES = {
  'web-tree-sitter': ['package.json', 'tree-sitter.cjs', 'tree-sitter.wasm', 'LICENSE'],
  'tree-sitter-php': ['package.json', 'tree-sitter-php.wasm', 'LICENSE'],
};

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-vsix-'));
try {
  await bundle('client/dist/extension.js', ['vscode']);
  await bundle('server/dist/main.js', Object.keys(RUNTIME_PACKAGES));
  for (const [name, files] of Object.entries(RUNTIME_PACKAGES)) {
    const from = path.join(root, 'node_modules', name);
    for (const file of files) copy(path.join(from, file), path.join(stage, 'node_modules', name, file));
    stripPackageManifest(path.join(stage, 'node_modules', name, 'package.json'));
  }
  writeManifest();
  copy(path.join(root, 'README.md'), path.join(stage, 'README.md'), true);
  copy(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'), true);
  copy(path.join(root, '.vscodeignore'), path.join(stage, '.vscodeignore'));
  const out = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(
    process.execPath,
    [vsce, 'package', '--skip-license', '--allow-missing-repository', '--baseContentUrl', `${REPOSITORY}/blob/main`, '--baseImagesUrl', `${REPOSITORY}/raw/main`, '--out', out],
    { cwd: stage, stdio: 'inherit' },
  );
  console.log(out);
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}

/** Bundles one compiled entry point to the same relative path in the staging directory. */
async function bundle(entry, external) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(stage, entry),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    external,
    logLevel: 'warning',
    // typescript-estree and TypeScript probe optional modules inside try/catch.
    logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-require-call': 'silent' },
  });
  if (result.errors.length > 0) throw new Error(`esbuild failed for ${entry}`);
}

/**
 * The extension manifest: the repository's package.json without what only the npm package needs.
 * Its dependencies are the run-time packages copied into the staging node_modules, which is how
 * vsce learns to ship them (and nothing else from node_modules).
 */
function writeManifest() {
  const { scripts, dependencies, devDependencies, bin, exports, private: _private, ...extension } = manifest;
  const runtime = Object.fromEntries(Object.keys(RUNTIME_PACKAGES).map((name) => [name, dependencies[name]]));
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify({ ...extension, dependencies: runtime, repository: { type: 'git', url: REPOSITORY } }, null, 2)}\n`);
}

/** Only the grammar files are shipped, so the copied package.json must not ask for the native bindings' dependencies. */
function stripPackageManifest(file) {
  const { dependencies, devDependencies, peerDependencies, peerDependenciesMeta, optionalDependencies, scripts, files, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, `${JSON.stringify(rest, null, 2)}\n`);
}

function copy(from, to, optional = false) {
  if (optional && !fs.existsSync(from)) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}
