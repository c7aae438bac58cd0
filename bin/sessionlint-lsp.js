#!/usr/bin/env node
'use strict';
// sessionlint's language server. Editors other than VS Code run `sessionlint-lsp --stdio`.
const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: sessionlint-lsp [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\n\nThe sessionlint language server. Without a transport it speaks LSP over stdio.\n');
} else if (!require('../lib/load.js').load('server')) {
  process.stderr.write('sessionlint-lsp: not built yet; run `npm run build` first.\n');
  process.exit(2);
}
