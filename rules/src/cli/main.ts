import { boundHeapGrowth } from './heapGrowth';
import { run } from './run';

/** Standard input, whole, as UTF-8 (for `--stdin`; read only when asked). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The `sessionlint` command: bin/sessionlint.js calls this. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  boundHeapGrowth();
  // A closed pipe (`sessionlint | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await run(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, readStdin });
}

if (require.main === module) void main();
