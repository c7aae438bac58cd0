/**
 * A regular-expression alternation of literal words grouped by their common prefixes
 * (`session|secret|sign` → `s(?:e(?:ssion|cret)|ign)`). Irregexp tries every branch of a flat
 * alternation at each position it cannot rule out; grouped, one branch survives the first letter.
 * The prefilter runs its patterns over every file of a project, where this is about 20 % faster.
 * Words are matched literally (escaped); the result is a pattern source, not a RegExp.
 */
export function wordAlternation(words: readonly string[], ignoreCase = false): string {
  const normalized = [...new Set(words.map((w) => (ignoreCase ? w.toLowerCase() : w)))].filter((w) => w.length > 0);
  return alternation(normalized);
}

function alternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let matchesEmpty = false;
  for (const word of words) {
    if (word === '') matchesEmpty = true;
    else byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word]);
  }
  const branches = [...byFirst.values()].map((group) => {
    const prefix = commonPrefix(group);
    const rests = group.map((w) => w.slice(prefix.length));
    return escape(prefix) + (rests.every((r) => r === '') ? '' : `(?:${alternation(rests)})`);
  });
  const body = branches.join('|');
  // A word that ends here while longer ones go on: the longer ones first, then nothing.
  return matchesEmpty ? (branches.length === 1 && !body.includes('|') ? `${wrap(body)}?` : `(?:${body})?`) : body;
}

function wrap(source: string): string {
  return source.length === 1 ? source : `(?:${source})`;
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0]!;
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
