/**
 * Whether a module's text may hold a mutation map as the composed-map reading finds it (a `Mutation`
 * property whose value is a map, or `new GraphQLObjectType({ name: 'Mutation', … })`), before it is
 * parsed. A superset of those files: the parser decides, this only spares the files that cannot.
 *
 * Every Nest and type-graphql resolver imports the `@Mutation()` decorator
 * (`import { Args, Mutation, Query } from '@nestjs/graphql'`), and codegen'd types are used as
 * `ApplyCouponCode.Mutation,`: a bare `\bMutation\s*[:,}]` sent all of them to the parser, and the
 * first resolver file of Hoppscotch and Vendure paid for parsing some 60 modules that hold no map
 * (1.5 s of the 5 s sessionlint spent on the bench's ESLint subset). A name in an import or export
 * clause, or after a `.` (a member, a spread), is not a property key.
 */
export function mayHoldMutationMap(text: string): boolean {
  for (let at = text.indexOf('Mutation'); at >= 0; at = text.indexOf('Mutation', at + 1)) {
    const before = text[at - 1];
    const after = text[at + NAME_LENGTH];
    if (isNameChar(before) || isNameChar(after)) continue;
    // `name: 'Mutation'`, `'Mutation': {`, `['Mutation']`.
    if (isQuote(before) && isQuote(after)) return true;
    const next = text[skipSpaceForward(text, at + NAME_LENGTH)];
    if (next !== ':' && next !== ',' && next !== '}') continue;
    if (text[skipSpaceBack(text, at - 1)] === '.') continue;
    if (inModuleClause(text, at)) continue;
    return true;
  }
  return false;
}

const NAME_LENGTH = 'Mutation'.length;
/** The longest import clause looked through (characters from its `{` to the name). */
const MAX_CLAUSE = 4000;

function isNameChar(char: string | undefined): boolean {
  return char !== undefined && /[\w$]/.test(char);
}

function isQuote(char: string | undefined): boolean {
  return char === "'" || char === '"';
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function skipSpaceForward(text: string, index: number): number {
  let i = index;
  while (isSpace(text[i])) i++;
  return i;
}

/** The index of the last non-space character at or before `index` (-1 when none). */
function skipSpaceBack(text: string, index: number): number {
  let i = index;
  while (i >= 0 && isSpace(text[i])) i--;
  return i;
}

/** The identifier ending at `end` (inclusive) and where it starts. */
function wordBack(text: string, end: number): { word: string; start: number } {
  let start = end;
  while (start >= 0 && isNameChar(text[start])) start--;
  return { word: text.slice(start + 1, end + 1), start };
}

/**
 * Whether the name at `at` sits between the braces of `import { … }`, `import Default, { … }`,
 * `import type { … }` or `export { … }`: specifiers, not object properties. A brace that cannot be
 * told (a comment holding `}` in the clause) counts as an object: the file is parsed.
 */
function inModuleClause(text: string, at: number): boolean {
  // Within a bounded window, so that a file naming `Mutation` many times is read in linear time: a clause is short.
  const windowStart = Math.max(0, at - MAX_CLAUSE);
  const window = text.slice(windowStart, at);
  const openInWindow = window.lastIndexOf('{');
  if (openInWindow < 0 || window.includes('}', openInWindow) || window.includes(';', openInWindow)) return false;
  const open = windowStart + openInWindow;
  let end = skipSpaceBack(text, open - 1);
  if (text[end] === ',') {
    // `import Default, {`: the default binding, then `import`.
    end = skipSpaceBack(text, wordBack(text, skipSpaceBack(text, end - 1)).start);
  }
  let { word, start } = wordBack(text, end);
  if (word === 'type') ({ word, start } = wordBack(text, skipSpaceBack(text, start)));
  return word === 'import' || word === 'export';
}
