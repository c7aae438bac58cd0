import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { FactEditor, FixValue, OptionKey, TextEdit } from '../../model/edit';
import type { SessionConfigFact } from '../../model/facts';
import { dependsOnAtLeast, type ProjectContext } from '../../model/project';
import type { TextRange } from '../../model/range';
import { absent, envValue, known, unknown, type Value } from '../../model/value';
import { newlineOf, removeLine, sourceLines } from '../ini/lines';
import { keyOf, mapAt, nodeRange, pairAt, pairRange, type MapNode, type PairNode } from './yamlNodes';

/** framework.session keys by neutral option (the same in YAML and in PHP config). */
export const SYMFONY_SESSION_KEYS: Partial<Record<OptionKey, string>> = {
  name: 'name',
  httpOnly: 'cookie_httponly',
  secure: 'cookie_secure',
  sameSite: 'cookie_samesite',
  maxAge: 'cookie_lifetime',
  domain: 'cookie_domain',
  path: 'cookie_path',
  idleTimeout: 'gc_maxlifetime',
  strictMode: 'use_strict_mode',
  useCookies: 'use_cookies',
  sidLength: 'sid_length',
  sidBitsPerCharacter: 'sid_bits_per_character',
};

type Scalar = string | number | boolean | null;

/** One framework.session block: the base config, with `when@prod` overriding it. */
interface SessionBlock {
  readonly pair: PairNode;
  readonly map: MapNode | undefined;
}

/** `framework.session` in the base config and in `when@prod`; undefined when sessions are off or not configured. */
function sessionBlocks(document: Document): SessionBlock[] | undefined {
  const root = isMap(document.contents) ? (document.contents as MapNode) : undefined;
  if (!root) return undefined;
  const blocks: SessionBlock[] = [];
  for (const framework of [mapAt(root, 'framework'), mapAt(mapAt(root, 'when@prod'), 'framework')]) {
    const pair = framework ? pairAt(framework, 'session') : undefined;
    if (!pair) continue;
    const value = pair.value as YamlNode | null;
    if (isScalar(value) && value.value === false) return undefined;
    const map = isMap(value) ? (value as MapNode) : undefined;
    const enabled = map ? pairAt(map, 'enabled')?.value : undefined;
    if (isScalar(enabled) && enabled.value === false) return undefined;
    blocks.push({ pair, map });
  }
  return blocks.length > 0 ? blocks : undefined;
}

function scalarOf(pair: PairNode): { value: Scalar; range: TextRange; source: string } | undefined {
  const node = pair.value as YamlNode | null;
  if (!isScalar(node)) return undefined;
  const range = nodeRange(node);
  const value = node.value;
  if (!range || !(value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) return undefined;
  return { value, range, source: node.source ?? String(value) };
}

/**
 * Symfony's framework.session (config/packages/framework.yaml). Symfony ≥ 7 defaults to
 * cookie_secure 'auto' and cookie_samesite 'lax'; before, unset keys fall back to php.ini. HttpOnly
 * is on by default everywhere; `null` means "use php.ini". `%env(…)%` values depend on the environment.
 */
export function symfonySessionFact(document: Document, text: string, project: ProjectContext): SessionConfigFact | undefined {
  const blocks = sessionBlocks(document);
  if (!blocks) return undefined;
  const modern = dependsOnAtLeast(project, 'symfony/framework-bundle', '7.0.0') !== false;
  const pairs = new Map<string, PairNode>();
  for (const block of blocks) for (const item of block.map?.items ?? []) {
    const key = keyOf(item as PairNode);
    if (key) pairs.set(key, item as PairNode);
  }
  // `imports: [{ resource: config.yml }]` (config_dev.yml, config_test.yml): this file overlays the
  // imported ones, so a key it leaves out keeps the imported file's value, judged in that file.
  const overlay = importsOtherConfig(document);
  const read = <T>(key: string, convert: (v: Scalar, source: string) => T | undefined, defaultValue: T | undefined): Value<T> => {
    const pair = pairs.get(key);
    if (!pair) return overlay ? unknown() : absent(defaultValue);
    const scalar = scalarOf(pair);
    const place = pairRange(pair);
    if (!scalar || !place) return unknown(place, place);
    if (typeof scalar.value === 'string' && /%env\([^)%]*\)%/.test(scalar.value)) return envValue(scalar.value, scalar.range, [], { optionRange: place });
    if (typeof scalar.value === 'string' && /^%[^%]+%$/.test(scalar.value)) return unknown(scalar.range, place);
    // null: the setting is left to php.ini.
    if (scalar.value === null) return absent(defaultValue);
    const converted = convert(scalar.value, scalar.source);
    return converted === undefined ? unknown(scalar.range, place) : known(converted, scalar.range, place);
  };
  const bool = (v: Scalar): boolean | undefined => (typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : undefined);
  const int = (v: Scalar): number | undefined => (typeof v === 'number' ? Math.trunc(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
  const text_ = (v: Scalar): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  let secure = read<boolean>('cookie_secure', bool, modern ? true : false);
  const securePair = pairs.get('cookie_secure');
  const secureScalar = securePair && scalarOf(securePair);
  if (secureScalar && secureScalar.value === 'auto') {
    // 'auto': Secure whenever the request came over HTTPS.
    secure = envValue('auto', secureScalar.range, [true], { optionRange: pairRange(securePair!) });
  }
  const lifetime = read<number | null>('cookie_lifetime', (v) => {
    const seconds = int(v);
    return seconds === undefined ? undefined : seconds <= 0 ? null : seconds;
  }, null);
  const session: SessionConfigFact['session'] = {
    idleTimeout: read('gc_maxlifetime', int, 1440),
    useCookies: read('use_cookies', bool, true),
    sidLength: read('sid_length', int, 32),
    sidBitsPerCharacter: read('sid_bits_per_character', int, 4),
    ...(pairs.has('use_strict_mode') ? { strictMode: read('use_strict_mode', bool, true) } : {}),
  };
  const last = blocks[blocks.length - 1]!;
  const range = nodeRange(last.pair.key as YamlNode) ?? { start: 0, end: 0 };
  return {
    kind: 'session-config',
    library: 'symfony',
    range,
    serverSide: true,
    cookie: {
      name: read('name', text_, 'PHPSESSID'),
      httpOnly: read('cookie_httponly', bool, true),
      secure,
      sameSite: read('cookie_samesite', (v) => text_(v)?.toLowerCase(), modern ? 'lax' : undefined),
      maxAge: lifetime,
      domain: read('cookie_domain', text_, undefined),
      path: read('cookie_path', text_, '/'),
    },
    session,
    optionName: (key) => SYMFONY_SESSION_KEYS[key] ?? key,
    editor: symfonyEditor(text, pairs, blocks[0]!),
  };
}

function render(key: OptionKey, value: FixValue): string {
  switch (value.type) {
    case 'boolean':
      return String(value.value);
    case 'duration':
      return String(Math.round(value.seconds));
    case 'string': {
      const text = key === 'sameSite' ? value.value.toLowerCase() : value.value;
      return /^[A-Za-z0-9_.\/-]+$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) ? text : `'${text.replace(/'/g, "''")}'`;
    }
    case 'env':
      return `'%env(${value.name})%'`;
  }
}

function lineStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

/** Edits framework.session: replace a value, add a key to the block (base config), remove a key's line. */
function symfonyEditor(text: string, pairs: ReadonlyMap<string, PairNode>, base: SessionBlock): FactEditor {
  const replacements = new Map<string, TextRange>();
  const removals = new Map<string, TextEdit[]>();
  for (const [key, pair] of pairs) {
    const value = nodeRange(pair.value as YamlNode);
    if (value) replacements.set(key, value);
    const keyRange = nodeRange(pair.key as YamlNode);
    const line = keyRange ? sourceLines(text).find((l) => l.start <= keyRange.start && keyRange.start <= l.end) : undefined;
    if (line && text.slice(line.start, keyRange!.start).trim() === '') removals.set(key, removeLine(text, line.start, line.end));
  }
  const insert = blockInserter(text, base);
  return {
    setOption(key, value) {
      const configKey = SYMFONY_SESSION_KEYS[key];
      if (!configKey) return undefined;
      const rendered = render(key, value);
      const existing = replacements.get(configKey);
      if (existing) {
        const gap = existing.start === existing.end && text[existing.start - 1] === ':' ? ' ' : '';
        return [{ range: existing, newText: `${gap}${rendered}` }];
      }
      return insert?.(`${configKey}: ${rendered}`);
    },
    removeOption(key) {
      const configKey = SYMFONY_SESSION_KEYS[key];
      return configKey ? removals.get(configKey) : undefined;
    },
  };
}

/** Adds `key: value` to a block mapping (one more line, same indentation), or turns `session: ~` into one. */
function blockInserter(text: string, block: SessionBlock): ((line: string) => TextEdit[]) | undefined {
  const newline = newlineOf(text);
  const keyRange = nodeRange(block.pair.key as YamlNode);
  if (!keyRange) return undefined;
  const sessionIndent = keyRange.start - lineStart(text, keyRange.start);
  const items = (block.map?.items ?? []) as PairNode[];
  const lastItem = items[items.length - 1];
  if (block.map && lastItem && block.map.flow !== true) {
    const firstKey = nodeRange(items[0]!.key as YamlNode)!;
    const indent = ' '.repeat(firstKey.start - lineStart(text, firstKey.start));
    const lastRange = pairRange(lastItem)!;
    const lineEnd = sourceLines(text).find((l) => l.start <= lastRange.end && lastRange.end <= l.end)?.end ?? lastRange.end;
    return (line) => [{ range: { start: lineEnd, end: lineEnd }, newText: `${newline}${indent}${line}` }];
  }
  if (block.map?.flow) {
    const range = nodeRange(block.map as unknown as YamlNode);
    const close = range ? text.lastIndexOf('}', range.end) : -1;
    if (close < 0) return undefined;
    return (line) => [{ range: { start: close, end: close }, newText: items.length > 0 ? `, ${line} ` : ` ${line} ` }];
  }
  // `session: ~`, `session: true` or `session:`: the value becomes a block with one key.
  const value = nodeRange(block.pair.value as YamlNode);
  const from = text.indexOf(':', keyRange.end) + 1;
  if (from <= 0) return undefined;
  const to = value && value.end > from ? value.end : from;
  const indent = ' '.repeat(sessionIndent + 4);
  return (line) => [{ range: { start: from, end: to }, newText: `${newline}${indent}${line}` }];
}

/**
 * True when the document imports another environment's framework config (`imports: [{ resource:
 * config.yml }]`): Symfony merges that file first. Imports of parameters.yml or services.yml do not count.
 */
function importsOtherConfig(document: Document): boolean {
  const contents = document.contents;
  if (!contents || !isMap(contents)) return false;
  const imports = contents.items.find((item) => isScalar(item.key) && item.key.value === 'imports')?.value;
  if (!imports || !isSeq(imports)) return false;
  return imports.items.some((entry) => {
    const resource = isMap(entry) ? entry.get('resource') : undefined;
    return typeof resource === 'string' && /(^|\/)config(_\w+)?\.ya?ml$/.test(resource);
  });
}
