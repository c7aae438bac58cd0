import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { enableCompileCache } from '../../rules/dist/runtime/compileCache';
import { startServer } from './server';

// The parsers are loaded on the first document: from V8's compile cache when there is one.
enableCompileCache();

/**
 * The language server process. VS Code starts it with `--node-ipc`; other editors with `--stdio`
 * (`sessionlint-lsp --stdio`). vscode-languageserver picks the transport from the arguments.
 */
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`)))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);

// The server survives anything a document can hold: a bug is logged, never fatal.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

startServer(connection);
