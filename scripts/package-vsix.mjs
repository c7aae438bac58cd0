#!/usr/bin/env node
// Builds the VS Code extension package (.vsix): esbuild bundles the client, and the language server
// the way the npm package does (scripts/bundle.mjs) but with TypeScript inside, so the .vsix
// carries no node_modules tree; @vscode/vsce packs a staging directory that holds nothing else
// (client/README.md is the Marketplace page). Run through `npm run package` (which builds first);
// prints the .vsix path.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundle } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const REPOSITORY = 'https://github.com/sessionlint/sessionlint';

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-vsix-'));
try {
  const client = await bundleClient();
  // The editor has no node_modules for the server: TypeScript and typescript-estree go into the bundle too.
  await bundle({ outdir: path.join(stage, 'dist'), external: [], alsoBundled: [client] });
  // The client starts the server at the same path as in the repository.
  write('server/dist/main.js', "'use strict';\nrequire('../../dist/sessionlint.js').server();\n");
  writeManifest();
  copy(path.join(root, 'client', 'README.md'), path.join(stage, 'README.md'));
  for (const file of ['LICENSE', 'CHANGELOG.md', '.vscodeignore']) copy(path.join(root, file), path.join(stage, file));
  copy(path.join(root, 'client', 'images', 'icon.png'), path.join(stage, 'images', 'icon.png'));
  const out = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--baseContentUrl', `${REPOSITORY}/blob/main`, '--baseImagesUrl', `${REPOSITORY}/raw/main`, '--out', out], { cwd: stage, stdio: 'inherit' });
  console.log(out);
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}

/** Bundles the client (vscode-languageclient included) to the path package.json's `main` names; returns esbuild's metafile. */
async function bundleClient() {
  const entry = 'client/dist/extension.js';
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(stage, entry),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    external: ['vscode'],
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  if (result.errors.length > 0) throw new Error(`esbuild failed for ${entry}`);
  return result.metafile;
}

/** The extension manifest: the repository's package.json without what only the npm package needs (the .vsix has no node_modules). */
function writeManifest() {
  const { scripts, dependencies, devDependencies, peerDependencies, peerDependenciesMeta, bin, exports, files, ...extension } = manifest;
  write('package.json', `${JSON.stringify({ ...extension, icon: 'images/icon.png' }, null, 2)}\n`);
}

function write(relative, text) {
  fs.mkdirSync(path.dirname(path.join(stage, relative)), { recursive: true });
  fs.writeFileSync(path.join(stage, relative), text);
}

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}
