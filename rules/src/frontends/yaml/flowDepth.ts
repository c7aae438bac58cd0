/**
 * The deepest nesting of YAML flow collections (`[…]`, `{…}`) in a text, counted in one pass outside
 * quoted scalars and comments. A guard, not a parser: the `yaml` package's parser takes seconds on
 * 50,000 nested brackets (its flow-collection lexing is worse than linear in the depth), and no
 * configuration nests more than a handful; a count that runs high on odd text only makes the guard
 * refuse text that is not configuration anyway.
 */
export function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return deepest;
}

/** Deeper flow nesting than this is refused as "nested too deeply", as the PHP frontend refuses deep trees. */
export const MAX_YAML_FLOW_DEPTH = 1000;
