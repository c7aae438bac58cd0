import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseJs } from '../../../rules/dist/frontends/js/parse';
import { LspTestClient } from '../server/lspClient';
import { generateTsApp } from './editorInputs';

/** What `npm run bench` prints for the editor; times in milliseconds, memory in MB. */
export interface EditorBenchResult {
  /** didChange → publishDiagnostics for a 5,000-line TypeScript file (median), without the typing debounce. */
  readonly largeFileLatencyMs: number;
  /** typescript-estree parsing the same file alone (median), with the engine's parse options. */
  readonly largeFileParseMs: number;
  /** largeFileLatencyMs / largeFileParseMs; the target is at most 1.25. */
  readonly largeFileRatio: number;
  readonly smallFileLatencyMs: number;
  readonly rssAtStartMb: number;
  readonly rssWith200DocumentsMb: number;
  /** The delay the server waits after a keystroke before analysing (added on top of the latencies while typing). */
  readonly debounceMs: number;
}

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function rssMb(pid: number): number {
  // Linux; the benchmark runs on the CI machine.
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function parseMedian(text: string, fileName: string): number {
  parseJs(text, fileName);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const { program } = parseJs(text, fileName);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!program) throw new Error('the benchmark input does not parse');
  }
  return median(times);
}

/** Median time from sending a didChange (an edit at the end of a line) to receiving its diagnostics. */
async function latencyMedian(client: LspTestClient, uri: string, text: string): Promise<number> {
  await client.open(uri, 'typescript', text);
  const first = await client.diagnosticsFor(uri, 1);
  if (!first.diagnostics.some((d) => d.code === 'cookie-httponly')) throw new Error('the benchmark input has no finding');
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const document = client.documents.get(uri)!;
    const end = document.positionAt(document.getText().length);
    const start = process.hrtime.bigint();
    const version = await client.change(uri, [{ range: { start: end, end }, text: i % 2 === 0 ? '// edit\n' : '' }]);
    await client.diagnosticsFor(uri, version);
    if (i >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await client.close(uri);
  return median(times);
}

export async function runEditorBench(log: (line: string) => void = console.log): Promise<EditorBenchResult> {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'sessionlint-bench-'));
  const large = generateTsApp(5000);
  const small = generateTsApp(300);
  const largeFile = path.join(dir, 'large.ts');
  // The debounce is set to 0 to measure the analysis path alone; while typing it is added on top.
  const client = await LspTestClient.start({ workspaceFolders: [dir], debounceMs: 0 });
  try {
    const rssAtStartMb = rssMb(client.process.pid!);
    const largeFileParseMs = parseMedian(large, largeFile);
    const largeFileLatencyMs = await latencyMedian(client, pathToFileURL(largeFile).href, large);
    const smallFileLatencyMs = await latencyMedian(client, pathToFileURL(path.join(dir, 'small.ts')).href, small);

    const uris: string[] = [];
    for (let i = 0; i < 200; i++) {
      const uri = pathToFileURL(path.join(dir, `src/file${i}.ts`)).href;
      uris.push(uri);
      await client.open(uri, 'typescript', generateTsApp(300, i));
    }
    for (const uri of uris) await client.diagnosticsFor(uri, 1);
    const rssWith200DocumentsMb = rssMb(client.process.pid!);

    const result: EditorBenchResult = {
      largeFileLatencyMs,
      largeFileParseMs,
      largeFileRatio: largeFileLatencyMs / largeFileParseMs,
      smallFileLatencyMs,
      rssAtStartMb,
      rssWith200DocumentsMb,
      debounceMs: 150,
    };
    const f = (n: number): string => n.toFixed(1);
    log(`editor: didChange → diagnostics, 5,000-line TS: ${f(largeFileLatencyMs)} ms; typescript-estree parse alone ${f(largeFileParseMs)} ms; ratio ${result.largeFileRatio.toFixed(2)} (target ≤ 1.25)`);
    log(`editor: didChange → diagnostics, 300-line TS: ${f(smallFileLatencyMs)} ms (target < 15 ms)`);
    log(`editor: server RSS ${f(rssAtStartMb)} MB at start, ${f(rssWith200DocumentsMb)} MB with 200 open documents (target < 150 MB)`);
    log(`editor: medians of ${RUNS} runs, measured with the debounce off; while typing the server waits ${result.debounceMs} ms after the last keystroke first`);
    return result;
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runEditorBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
