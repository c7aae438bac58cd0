'use strict';
// `sessionlint/eslint-plugin`: the plugin object for both `import` (ESM gets module.exports as the
// default export) and `require`.
const plugin = require('./load.js').load('eslintPlugin');
if (!plugin) throw new Error('sessionlint: not built yet; run `npm run build` first.');
module.exports = plugin;
