#!/usr/bin/env node
// Bundles sessionlint for the published npm package (run by `prepack`) and for the .vsix
// (scripts/package-vsix.mjs). esbuild joins tsc's output and the small run-time packages into
//   dist/sessionlint.js      one CommonJS bundle; its modules run only when first required, so
//                            the CLI does not start the language server's code and vice versa
//   dist/compileCache.js     V8's compile cache, loaded before the bundle so that it covers it
//   dist/analysisWorker.js   the CLI's worker thread (rules/src/cli/parallel.ts starts it by path)
//   dist/*.wasm              web-tree-sitter's runtime and the PHP grammar, loaded by path
//   dist/THIRD-PARTY-NOTICES.md  the licences of everything bundled or copied
//   dist/sessionlint.config.schema.json  the JSON schema of sessionlint.config.json (from the rules' metadata)
//   dist/eslint-plugin.d.ts  the ESLint plugin's type, as tsc declares it (types only from eslint)
// The npm package keeps TypeScript and typescript-estree outside the bundle, as dependencies with
// ranges that npm satisfies from what an ESLint + typescript-eslint project already has; the .vsix
// has no node_modules and bundles them too (`--inline-typescript`).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const { ENTRIES, COMPILE_CACHE } = require('./lib/load.js');

/** Packages resolved at run time from the user's node_modules in the npm package (see package.json `dependencies`). */
export const PACKAGE_EXTERNALS = ['typescript', '@typescript-eslint/typescript-estree', '@typescript-eslint/visitor-keys'];

/** WebAssembly files loaded by path, copied beside the bundle: [package, file]. */
const WASM = [
  ['web-tree-sitter', 'tree-sitter.wasm'],
  ['tree-sitter-php', 'tree-sitter-php.wasm'],
];

/**
 * Builds the bundle into `outdir` (tsc's output must be current: `npm run build` first).
 * `external` lists the packages left to node_modules; `alsoBundled` holds esbuild metafiles of other
 * bundles shipped beside it (the VS Code client), whose packages the notices must name too.
 * Returns the files written.
 */
export async function bundle({ outdir, external, alsoBundled = [] }) {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    // Stack traces in bug reports keep readable function names.
    keepNames: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // typescript-estree and TypeScript probe optional modules inside try/catch.
    logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-require-call': 'silent' },
  };
  const cache = await esbuild.build({ ...common, entryPoints: [path.join(root, COMPILE_CACHE)], outfile: path.join(outdir, 'compileCache.js') });
  const table = Object.entries(ENTRIES).map(([name, file]) => `  ${name}: () => require(${JSON.stringify(`./${file}`)}),`);
  const main = await esbuild.build({
    ...common,
    stdin: { contents: `module.exports = {\n${table.join('\n')}\n};\n`, resolveDir: root, sourcefile: 'sessionlint-entries.js', loader: 'js' },
    outfile: path.join(outdir, 'sessionlint.js'),
    external,
    plugins: [sharedCompileCache()],
  });
  fs.writeFileSync(path.join(outdir, 'analysisWorker.js'), "'use strict';\nrequire('./sessionlint.js').analysisWorker();\n");
  for (const [name, file] of WASM) fs.copyFileSync(path.join(packageDir(name), file), path.join(outdir, file));
  writeNotices(outdir, [cache.metafile, main.metafile, ...alsoBundled]);
  writeConfigSchema(outdir);
  const declaration = fs.readFileSync(path.join(root, 'rules', 'dist', 'eslint', 'index.d.ts'), 'utf8');
  fs.writeFileSync(path.join(outdir, 'eslint-plugin.d.ts'), declaration.replace(/^\/\/# sourceMappingURL=.*\n?/m, ''));
  return fs.readdirSync(outdir).map((file) => path.join(outdir, file));
}

/**
 * The compile cache keeps module-level state (where Node 20's cache lives), so the bundle must use
 * the very module the launcher turned on, dist/compileCache.js, not a copy of its own.
 */
function sharedCompileCache() {
  const compiled = path.join(root, COMPILE_CACHE);
  return {
    name: 'shared-compile-cache',
    setup(build) {
      build.onResolve({ filter: /runtime[\\/]compileCache(\.js)?$/ }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        return resolved === compiled || `${resolved}.js` === compiled ? { path: './compileCache.js', external: true } : undefined;
      });
    },
  };
}

/** The installed directory of a devDependency (some, like web-tree-sitter, export no package.json). */
function packageDir(name) {
  return path.join(root, 'node_modules', ...name.split('/'));
}

/** The directories of the npm packages whose code is in the bundle (from esbuild's metafile) or copied beside it. */
function shippedPackages(metafiles) {
  const dirs = new Set(WASM.map(([name]) => fs.realpathSync(packageDir(name))));
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      // The innermost node_modules/<package>/ of the input's path.
      const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
      if (match) dirs.add(fs.realpathSync(path.resolve(root, match[1])));
    }
  }
  return [...dirs].sort();
}

function writeNotices(outdir, metafiles) {
  const sections = shippedPackages(metafiles).map((dir) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenceFile = fs.readdirSync(dir).find((file) => /^(licen[cs]e|copying)([.-][\w.-]+)?$/i.test(file));
    if (!licenceFile) throw new Error(`${manifest.name} has no licence file to ship`);
    return `## ${manifest.name} ${manifest.version} (${manifest.license})\n\n${fs.readFileSync(path.join(dir, licenceFile), 'utf8').trim()}\n`;
  });
  fs.writeFileSync(path.join(outdir, 'THIRD-PARTY-NOTICES.md'), `# Third-party notices\n\nsessionlint's bundle contains code from these packages.\n\n${sections.join('\n')}`);
}

/** Written from tsc's output of sessionlint's own rules (never from anything a user analyses). */
function writeConfigSchema(outdir) {
  const { allRules } = require('./rules/dist/rules/index.js');
  const { configJsonSchema } = require('./rules/dist/workspace/configSchema.js');
  fs.writeFileSync(path.join(outdir, 'sessionlint.config.schema.json'), `${JSON.stringify(configJsonSchema(allRules), null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const inlineTypeScript = process.argv.includes('--inline-typescript');
  const files = await bundle({ outdir: path.join(root, 'dist'), external: inlineTypeScript ? [] : PACKAGE_EXTERNALS });
  for (const file of files) console.log(`${path.relative(root, file)}  ${(fs.statSync(file).size / 1024).toFixed(0)} kB`);
}
