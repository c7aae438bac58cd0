import { parseArgs } from 'node:util';
import { frontendFor } from '../../../rules/dist/frontends/registry';
import { corpusLanguages } from '../robustness/support/corpus';
import { describeStats, runFuzz } from '../robustness/support/fuzz';

/**
 * `npm run fuzz -- [--runs N] [--seed S] [--limit-ms L]`: the long fuzz run, for occasional use
 * (the test suite runs a short one with a fixed seed). Without --seed a fresh seed is drawn and
 * printed first, so a failure found overnight can be replayed.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      'limit-ms': { type: 'string', default: '2000' },
    },
  });
  const runs = Number(values.runs);
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const limit = Number(values['limit-ms']);
  if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed) || !(limit > 0)) {
    process.stderr.write('usage: npm run fuzz -- [--runs N] [--seed S] [--limit-ms L]\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`sessionlint fuzz: ${runs} inputs, seed ${seed}, per-input limit ${limit} ms\n`);
  for (const language of corpusLanguages()) await frontendFor(language)?.load?.();
  const started = Date.now();
  try {
    const stats = await runFuzz({
      runs,
      seed,
      perInputLimitMs: limit,
      progressEvery: Math.max(1000, Math.floor(runs / 20)),
      onProgress: (done, current) => process.stdout.write(`  ${done}/${runs} (${Math.round((Date.now() - started) / 1000)} s), slowest so far ${Math.round(current.slowest.ms)} ms\n`),
    });
    process.stdout.write(`${describeStats(stats)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

void main();
