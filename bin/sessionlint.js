#!/usr/bin/env node
'use strict';
// The sessionlint CLI; its code lives in rules/src/cli (lib/load.js says where it is loaded from).
const { enableCompileCache, load } = require('../lib/load.js');
// Before anything else is loaded: on Node 22 every module loaded next comes from the cache.
enableCompileCache();
const cli = load('cli');
if (!cli) {
  process.stderr.write('sessionlint: not built yet; run `npm run build` first.\n');
  process.exit(2);
}
cli.main();
