#!/usr/bin/env node
'use strict';
// The sessionlint CLI; its code lives in rules/src/cli and is compiled to rules/dist/cli.
let cli;
try {
  // Before anything else is loaded: on Node 22 every module loaded next comes from the cache.
  require('../rules/dist/runtime/compileCache.js').enableCompileCache();
  cli = require('../rules/dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /rules[\\/]dist[\\/]cli[\\/]main\.js/.test(String(error.message))) {
    process.stderr.write('sessionlint: not built yet; run `npm run build` first.\n');
    process.exit(2);
  }
  throw error;
}
cli.main();
