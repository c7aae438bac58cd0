import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * V8's compile cache for sessionlint's own modules: TypeScript alone is 9 MB of JavaScript, and
 * compiling it is a sixth of a CLI run on a large project (0.17 s of 2.1 s). With the cache, a
 * second run reads the compiled code instead. Node 22 has it built in (`module.enableCompileCache`);
 * on Node 20 the `v8-compile-cache` package does the same. Only code sessionlint itself requires
 * is cached: nothing from the analysed workspace is ever required.
 *
 * The cache lives in a directory only this user can write (`$XDG_CACHE_HOME/sessionlint` or
 * `~/.cache/sessionlint`), never in a shared temporary directory where another user could plant
 * compiled code. Turned off by `SESSIONLINT_NO_COMPILE_CACHE=1` (or `DISABLE_V8_COMPILE_CACHE=1`),
 * and silently when there is no such directory.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SESSIONLINT_NO_COMPILE_CACHE || env.DISABLE_V8_COMPILE_CACHE) return undefined;
  const directory = privateCacheDirectory(env);
  if (!directory) return undefined;
  const builtIn = (Module as unknown as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache;
  if (typeof builtIn === 'function') {
    builtIn(directory);
    return directory;
  }
  const versioned = path.join(directory, `${process.arch}-${process.versions.v8}`);
  const previous = env.V8_COMPILE_CACHE_CACHE_DIR;
  const exitListeners = new Set(process.listeners('exit'));
  try {
    // The package reads where to cache from the environment once, when it is loaded.
    process.env.V8_COMPILE_CACHE_CACHE_DIR = versioned;
    require('v8-compile-cache');
  } catch {
    return undefined;
  } finally {
    if (previous === undefined) delete process.env.V8_COMPILE_CACHE_CACHE_DIR;
    else process.env.V8_COMPILE_CACHE_CACHE_DIR = previous;
  }
  guardExitListeners(exitListeners);
  return versioned;
}

/** The user's own cache directory for sessionlint, created private (0700); undefined when it cannot be, or is not ours. */
function privateCacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  const home = os.homedir();
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || (home ? path.join(home, '.cache') : undefined);
  if (!base || !path.isAbsolute(base)) return undefined;
  const directory = path.join(base, 'sessionlint', 'compile-cache');
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = fs.statSync(directory);
    if (typeof process.getuid === 'function' && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return undefined;
    fs.accessSync(directory, fs.constants.W_OK);
    return directory;
  } catch {
    return undefined;
  }
}

/**
 * The package saves the cache in an `exit` listener, which throws if the disk is full: a cache that
 * cannot be written must never change how the CLI exits.
 */
function guardExitListeners(before: ReadonlySet<NodeJS.ExitListener>): void {
  for (const listener of process.listeners('exit')) {
    if (before.has(listener)) continue;
    process.removeListener('exit', listener);
    process.once('exit', (code: number) => {
      try {
        listener(code);
      } catch {
        // The cache is only a speed-up.
      }
    });
  }
}
