import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { screen } from '../../../rules/dist/engine';
import { languageOf } from '../../../rules/dist/language';
import { LspTestClient } from '../server/lspClient';

/** What opening real files in the language server costs (issue: real-world scale, editor). */
export interface EditorOpenResult {
  /** Files opened: every file of the corpus that passes the engine's screening (the others are answered at once). */
  readonly files: number;
  /** didOpen → publishDiagnostics, milliseconds. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly slowest: readonly { readonly file: string; readonly ms: number }[];
  /** A small document changed right after each large file is opened: its diagnostics latency (max), the server's responsiveness meanwhile. */
  readonly probeMaxMs: number;
  /** Files over the 1 s target. */
  readonly over1s: number;
}

const LANGUAGE_IDS: Readonly<Record<string, string>> = { js: 'javascript', php: 'php', ini: 'ini', htaccess: 'apacheconf', yaml: 'yaml' };
const PROBE = "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat' }));\n";

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * Opens each real file that can hold a finding in one language server, as a user would, one at a
 * time; after each, a small probe document is edited and must get its diagnostics too. Reports the
 * open latencies and the probe's worst latency. `maxFiles` bounds the run (largest files first).
 */
export async function runEditorOpenBench(files: readonly string[], log: (line: string) => void, maxFiles = 300): Promise<EditorOpenResult> {
  const candidates: { file: string; text: string; languageId: string }[] = [];
  for (const file of files) {
    const language = languageOf(file);
    if (!language) continue;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (screen(text, { fileName: file }).skipped) continue;
    candidates.push({ file, text, languageId: file.endsWith('.ts') || file.endsWith('.tsx') ? 'typescript' : (LANGUAGE_IDS[language] ?? 'plaintext') });
  }
  candidates.sort((a, b) => b.text.length - a.text.length);
  const chosen = candidates.slice(0, maxFiles);
  const client = await LspTestClient.start({ debounceMs: 0 });
  const latencies: { file: string; ms: number }[] = [];
  let probeMaxMs = 0;
  try {
    const probe = pathToFileURL('/bench/probe.js').href;
    await client.open(probe, 'javascript', PROBE);
    await client.diagnosticsFor(probe);
    for (const [index, { file, text, languageId }] of chosen.entries()) {
      const uri = pathToFileURL(file).href;
      const started = performance.now();
      await client.open(uri, languageId, text);
      const probeStarted = performance.now();
      const version = await client.replaceText(probe, `${PROBE}// ${index}\n`);
      await client.waitFor(() => client.diagnostics.get(probe)?.find((p) => p.version === version), 'probe diagnostics', 60_000);
      probeMaxMs = Math.max(probeMaxMs, performance.now() - probeStarted);
      await client.waitFor(() => client.diagnostics.get(uri)?.[0], `diagnostics for ${file}`, 60_000);
      latencies.push({ file, ms: performance.now() - started });
      await client.close(uri);
    }
  } finally {
    await client.stop();
  }
  const sorted = latencies.map((l) => l.ms).sort((a, b) => a - b);
  const result: EditorOpenResult = {
    files: latencies.length,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? 0,
    slowest: [...latencies].sort((a, b) => b.ms - a.ms).slice(0, 5),
    probeMaxMs,
    over1s: latencies.filter((l) => l.ms > 1000).length,
  };
  log(`editor, real files opened: ${result.files} (of ${candidates.length} that pass screening), didOpen → diagnostics p50 ${result.p50Ms.toFixed(0)} ms, p99 ${result.p99Ms.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms; over 1 s: ${result.over1s}; a small document edited meanwhile: at most ${result.probeMaxMs.toFixed(0)} ms`);
  for (const { file, ms } of result.slowest) log(`  ${ms.toFixed(0).padStart(6)} ms  ${file}`);
  return result;
}
