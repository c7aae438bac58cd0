'use strict';
// Where sessionlint's code is loaded from. The repository runs tsc's output (rules/dist,
// server/dist); the published package holds no tsc output, only dist/sessionlint.js, one bundle
// built by scripts/bundle.mjs on `npm pack`, which exposes the same modules by these names.
const fs = require('node:fs');
const path = require('node:path');

/** The entry points, by name, as tsc compiles them (the bundle's table is built from this one). */
const ENTRIES = {
  cli: 'rules/dist/cli/main.js',
  analysisWorker: 'rules/dist/cli/analysisWorker.js',
  server: 'server/dist/main.js',
  eslintPlugin: 'rules/dist/eslint/index.js',
};
const COMPILE_CACHE = 'rules/dist/runtime/compileCache.js';

const root = path.join(__dirname, '..');
const inRepository = fs.existsSync(path.join(root, 'rules', 'dist'));
const bundle = path.join(root, 'dist', 'sessionlint.js');

/** Loads one entry point; `undefined` when there is neither tsc output nor a bundle (a fresh clone before `npm run build`). */
function load(name) {
  if (inRepository) return require(path.join(root, ENTRIES[name]));
  if (!fs.existsSync(bundle)) return undefined;
  return require(bundle)[name]();
}

/** V8's compile cache, turned on before the rest is loaded so that it covers what loads next. */
function enableCompileCache() {
  const file = inRepository ? path.join(root, COMPILE_CACHE) : path.join(root, 'dist', 'compileCache.js');
  if (fs.existsSync(file)) require(file).enableCompileCache();
}

module.exports = { ENTRIES, COMPILE_CACHE, load, enableCompileCache };
