import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** One child process's wall time and peak resident memory (worker threads included: they share the process). */
export interface Measurement {
  readonly wallMs: number;
  /** Peak RSS in MB; null when it could not be measured on this system. */
  readonly peakRssMb: number | null;
  /** User + system CPU seconds (all threads); null without GNU time. On a busy machine it is steadier than wall time. */
  readonly cpuS: number | null;
  readonly rssSource: 'time' | 'proc' | 'none';
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const GNU_TIME = '/usr/bin/time';

function hasGnuTime(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a command and measures it. Peak RSS comes from GNU time (`%M`, the kernel's ru_maxrss) when
 * /usr/bin/time exists, else from polling VmHWM in /proc (the process's own high-water mark, so a
 * short final spike is still seen unless the process exits between two polls).
 */
export function measure(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Measurement> {
  const useTime = hasGnuTime();
  const timeFile = path.join(os.tmpdir(), `sessionlint-bench-time-${process.pid}-${Date.now()}.txt`);
  const argv = useTime ? ['-f', '%M %U %S', '-o', timeFile, command, ...args] : [...args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(useTime ? GNU_TIME : command, argv, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let polledKb = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
            polledKb = Math.max(polledKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
          } catch {
            // The process is gone (or there is no /proc): keep what was seen.
          }
        }, 10);
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (poll) clearInterval(poll);
      let peakRssMb: number | null = null;
      let cpuS: number | null = null;
      let rssSource: Measurement['rssSource'] = 'none';
      if (useTime) {
        try {
          // The last line: GNU time puts "Command exited with non-zero status" lines before it.
          const [kb, user, system] = (fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
          if (kb !== undefined && Number.isFinite(kb) && kb > 0) {
            peakRssMb = kb / 1024;
            rssSource = 'time';
          }
          if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuS = user + system;
        } catch {
          // GNU time wrote nothing: leave the memory unknown.
        }
        fs.rmSync(timeFile, { force: true });
      } else if (polledKb > 0) {
        peakRssMb = polledKb / 1024;
        rssSource = 'proc';
      }
      resolve({ wallMs, peakRssMb, cpuS, rssSource, status, stdout, stderr });
    });
  });
}

/** The JSON a phase script prints as its last line of output. */
export function phaseOutput<T>(measurement: Measurement, what: string): T {
  const last = measurement.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${what} printed no result (exit ${measurement.status}):\n${measurement.stdout.slice(-2000)}\n${measurement.stderr.slice(-4000)}`);
  }
}
