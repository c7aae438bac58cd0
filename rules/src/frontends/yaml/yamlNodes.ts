import { isMap, isPair, isScalar, Lexer, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { TextRange } from '../../model/range';
import type { SourceComment } from '../frontend';

/** Helpers over the `yaml` package's document nodes (ranges are JS string offsets). */

export type MapNode = YAMLMap<unknown, unknown>;
export type PairNode = Pair<unknown, unknown>;

export function keyOf(pair: PairNode): string | undefined {
  return isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number') ? String(pair.key.value) : undefined;
}

export function pairAt(map: MapNode, key: string): PairNode | undefined {
  let found: PairNode | undefined;
  for (const item of map.items) if (isPair(item) && keyOf(item) === key) found = item;
  return found;
}

export function mapAt(map: MapNode | undefined, key: string): MapNode | undefined {
  const value = map ? pairAt(map, key)?.value : undefined;
  return isMap(value) ? (value as MapNode) : undefined;
}

export function nodeRange(node: YamlNode | null | undefined): TextRange | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** `key: value` from the key's start to the value's end. */
export function pairRange(pair: PairNode): TextRange | undefined {
  const key = nodeRange(pair.key as YamlNode);
  if (!key) return undefined;
  const value = nodeRange(pair.value as YamlNode);
  return { start: key.start, end: value && value.end > key.end ? value.end : key.end };
}

/** Every `# comment` with its offset, from the YAML lexer's tokens (which concatenate to the source). */
export function yamlComments(text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#')) comments.push({ range: { start: offset, end: offset + token.length }, text: token.slice(1) });
    offset += token.length;
  }
  return comments;
}
