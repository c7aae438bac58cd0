import * as path from 'node:path';

/** The repository root, from test/dist/support. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const RULES_SOURCE = path.join(REPO_ROOT, 'rules', 'src', 'rules');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const CLI_BIN = path.join(REPO_ROOT, 'bin', 'sessionlint.js');
export const LSP_BIN = path.join(REPO_ROOT, 'bin', 'sessionlint-lsp.js');
