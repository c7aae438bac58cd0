#!/usr/bin/env node
'use strict';
// The sessionlint CLI; the code lives in rules/src/cli (build with `npm run build`).
require('../rules/dist/cli/main.js').main();
