import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * V8's compile cache for the parser sessionlint loads: TypeScript alone is 9 MB of JavaScript, and
 * compiling it is a sixth of a CLI run on a large project (0.17 s of 2.1 s). With the cache, the
 * next run reads the compiled code instead. Node 22 has it built in (`module.enableCompileCache`,
 * for every module); on Node 20 the `v8-compile-cache` package does it, here only while
 * typescript-estree and TypeScript load ({@link loadWithCompileCache}): the package compiles
 * through `vm.Script`, which has no dynamic `import()`, and web-tree-sitter needs one to load the
 * PHP grammar. Only code sessionlint itself requires is cached: nothing from the analysed workspace
 * is ever required.
 *
 * The cache lives in a directory only this user can write (`$XDG_CACHE_HOME/sessionlint` or
 * `~/.cache/sessionlint`), never in a shared temporary directory where another user could plant
 * compiled code. Turned off by `SESSIONLINT_NO_COMPILE_CACHE=1` (or `DISABLE_V8_COMPILE_CACHE=1`),
 * and silently when there is no such directory.
 */
let packageCacheDirectory: string | undefined;

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SESSIONLINT_NO_COMPILE_CACHE || env.DISABLE_V8_COMPILE_CACHE) return undefined;
  const directory = privateCacheDirectory(env);
  if (!directory) return undefined;
  const builtIn = (Module as unknown as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache;
  if (typeof builtIn === 'function') {
    builtIn(directory);
    return directory;
  }
  packageCacheDirectory = path.join(directory, `${process.arch}-${process.versions.v8}`);
  return packageCacheDirectory;
}

interface BlobStore {
  isDirty(): boolean;
  save(): boolean;
}
interface CompileHook {
  setCacheStore(store: BlobStore): void;
  install(): void;
  uninstall(): void;
}
interface CompileCachePackage {
  readonly __TEST__: {
    readonly FileSystemBlobStore: new (directory: string, prefix: string) => BlobStore;
    readonly NativeCompileCache: new () => CompileHook;
  };
}

/** Runs `load` (a `require` of the parser) with v8-compile-cache's hook installed, when the cache is on (Node 20). */
export function loadWithCompileCache<T>(name: string, load: () => T): T {
  if (!packageCacheDirectory) return load();
  let hook: CompileHook;
  let store: BlobStore;
  try {
    // Its classes only: without DISABLE_V8_COMPILE_CACHE the package would hook every module at once.
    const previous = process.env.DISABLE_V8_COMPILE_CACHE;
    process.env.DISABLE_V8_COMPILE_CACHE = '1';
    let cachePackage: CompileCachePackage;
    try {
      cachePackage = require('v8-compile-cache') as CompileCachePackage;
    } finally {
      if (previous === undefined) delete process.env.DISABLE_V8_COMPILE_CACHE;
      else process.env.DISABLE_V8_COMPILE_CACHE = previous;
    }
    store = new cachePackage.__TEST__.FileSystemBlobStore(packageCacheDirectory, name);
    hook = new cachePackage.__TEST__.NativeCompileCache();
    hook.setCacheStore(store);
  } catch {
    return load();
  }
  hook.install();
  try {
    return load();
  } finally {
    hook.uninstall();
    // Saved when the process ends; a cache that cannot be written (a full disk) must never change how it ends.
    process.once('exit', () => {
      try {
        if (store.isDirty()) store.save();
      } catch {
        // The cache is only a speed-up.
      }
    });
  }
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
