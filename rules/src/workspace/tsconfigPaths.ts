import * as path from 'node:path';
import { typescriptApi } from '../frontends/js/parse';
import { isFile } from './moduleResolution';
import { readSourceFile } from './readText';

/** `compilerOptions.paths` of a tsconfig.json, with the folder its targets are relative to. */
export interface PathAliases {
  readonly base: string;
  readonly paths: ReadonlyMap<string, readonly string[]>;
  /** `baseUrl`, when set: bare specifiers are also looked up below it. */
  readonly baseUrl: string | undefined;
}

const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_EXTENDS = 4;

/**
 * The `paths` aliases (and `baseUrl`) a tsconfig.json or jsconfig.json declares, following relative
 * `extends`. Read as data with TypeScript's JSON-with-comments reader (loaded only when a config is
 * read, as the parser loads it); nothing is executed.
 */
export function readPathAliases(configFile: string): PathAliases | undefined {
  let baseUrl: string | undefined;
  let paths: Record<string, unknown> | undefined;
  let pathsBase: string | undefined;
  let current: string | undefined = configFile;
  for (let hops = 0; current && hops < MAX_EXTENDS; hops++) {
    const read = readSourceFile(current, MAX_CONFIG_BYTES);
    if (!read.ok) break;
    const parsed = typescriptApi().parseConfigFileTextToJson(current, read.text).config as { extends?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown } } | undefined;
    const options = parsed?.compilerOptions;
    const folder = path.dirname(current);
    if (baseUrl === undefined && typeof options?.baseUrl === 'string') baseUrl = path.resolve(folder, options.baseUrl);
    if (paths === undefined && options?.paths && typeof options.paths === 'object') {
      paths = options.paths as Record<string, unknown>;
      pathsBase = folder;
    }
    const parent: unknown = parsed?.extends;
    current = typeof parent === 'string' && parent.startsWith('.') ? withJson(path.resolve(folder, parent)) : undefined;
  }
  if (!paths && !baseUrl) return undefined;
  const aliases = new Map<string, string[]>();
  for (const [pattern, targets] of Object.entries(paths ?? {})) {
    if (Array.isArray(targets)) aliases.set(pattern, targets.filter((t): t is string => typeof t === 'string'));
  }
  // Without baseUrl (TypeScript ≥ 4.1) path targets are relative to the tsconfig that declares them.
  return { base: baseUrl ?? pathsBase ?? path.dirname(configFile), paths: aliases, baseUrl };
}

function withJson(file: string): string {
  return file.endsWith('.json') || isFile(file) ? file : `${file}.json`;
}

/**
 * The paths an aliased specifier may stand for, best match first (TypeScript picks the pattern with
 * the longest prefix before its `*`); then the specifier below `baseUrl`. Each is a path without
 * the extension probing that relative specifiers get.
 */
export function aliasTargets(aliases: PathAliases, specifier: string): string[] {
  let best: { prefix: string; pattern: string } | undefined;
  for (const pattern of aliases.paths.keys()) {
    const star = pattern.indexOf('*');
    if (star < 0) {
      if (pattern === specifier) return (aliases.paths.get(pattern) ?? []).map((t) => path.resolve(aliases.base, t));
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length && (!best || prefix.length > best.prefix.length)) best = { prefix, pattern };
  }
  const targets: string[] = [];
  if (best) {
    const suffix = best.pattern.slice(best.pattern.indexOf('*') + 1);
    const matched = specifier.slice(best.prefix.length, specifier.length - suffix.length);
    for (const target of aliases.paths.get(best.pattern) ?? []) targets.push(path.resolve(aliases.base, target.replace('*', matched)));
  }
  if (aliases.baseUrl) targets.push(path.resolve(aliases.baseUrl, specifier));
  return targets;
}
