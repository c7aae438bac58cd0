/**
 * A cheap first test for a .gitignore: the literal text every path a rule matches must contain.
 * A walk asks the rules about every file, and most files match none of them; testing each of a
 * file's rules (a regular expression each, hundreds in a GitHub template .gitignore) was most of a
 * walk. Here a file whose path contains none of the rules' literals is settled with a few
 * `includes`; any other file goes to the real matcher, which decides.
 */
export interface IgnoreLiterals {
  /** False: no rule of the file can match the path. True: maybe (ask the matcher). */
  mayMatch(relativePath: string): boolean;
}

const ALWAYS: IgnoreLiterals = { mayMatch: () => true };

/**
 * The longest run of literal characters of a gitignore pattern: outside `[…]` classes, between
 * wildcards, escapes and slashes, trimmed (git trims trailing spaces). Every path the pattern
 * matches contains it. Undefined when the pattern has none (`*`, `[a-z]*`): it may match anything.
 */
export function patternLiteral(pattern: string): string | undefined {
  let longest = '';
  let run = '';
  const end = (): void => {
    const piece = run.trim();
    if (piece.length > longest.length) longest = piece;
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '[') {
      end();
      // A class matches one character of a set: skip to its closing bracket (`[]a]` and `[!]]` hold one).
      let j = i + 1;
      if (pattern[j] === '!' || pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      i = j;
    } else if (c === '*' || c === '?' || c === '\\' || c === '/') {
      end();
    } else {
      run += c;
    }
  }
  end();
  return longest === '' ? undefined : longest;
}

/** The literals of a .gitignore's rules (comments and blank lines hold none); `ignoreCase` as the matcher. */
export function ignoreLiterals(text: string, ignoreCase: boolean): IgnoreLiterals {
  const literals: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    // `!` negates a rule: it still matches only paths with its literal.
    const literal = patternLiteral(line.startsWith('!') ? line.slice(1) : line);
    if (literal === undefined) return ALWAYS;
    literals.push(ignoreCase ? literal.toLowerCase() : literal);
  }
  return {
    mayMatch(relativePath) {
      const subject = ignoreCase ? relativePath.toLowerCase() : relativePath;
      for (const literal of literals) if (subject.includes(literal)) return true;
      return false;
    },
  };
}
