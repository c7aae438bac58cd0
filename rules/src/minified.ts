/**
 * Minified and bundled JavaScript: what build tools write, never where a session is configured by
 * hand. Such files pass the prefilter (a bundle of an app holds its session code, a vendored editor
 * says "cookie") and cost seconds each to parse, for findings nobody can fix in them; their source
 * is linted instead. Recognised the way GitHub's Linguist recognises minified files: long lines on
 * average (bundlers write one line per module or per file).
 */
export function looksMinified(text: string): boolean {
  if (text.length < MIN_MINIFIED_LENGTH) return false;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return text.length / lines > MINIFIED_AVERAGE_LINE;
}

/** Smaller files are analysed whatever their shape: they cost little, and a one-line config is not a bundle. */
const MIN_MINIFIED_LENGTH = 20_000;
/** Average characters a line above which a file is taken as minified (hand-written code averages 30 to 50). */
const MINIFIED_AVERAGE_LINE = 250;
