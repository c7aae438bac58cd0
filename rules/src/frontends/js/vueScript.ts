/**
 * Vue single-file components: only the `<script>` and `<script setup>` blocks hold code. Everything
 * else (template, style, custom blocks) is blanked out with spaces, keeping every line break, so the
 * result parses as one script while every offset, line and column stays that of the .vue file.
 *
 * This is a scanner for the SFC's top-level block structure (what @vue/compiler-sfc splits on), not
 * a reading of the code: the script contents go to the JS parser untouched.
 */

export function isVueFile(fileName: string): boolean {
  return /\.vue$/i.test(fileName);
}

/** The offsets of each `<script …>` block's content. */
export function scriptBlockRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const lower = text.toLowerCase();
  let cursor = 0;
  while (cursor < text.length) {
    const open = lower.indexOf('<script', cursor);
    if (open < 0) break;
    const after = lower[open + 7];
    if (after !== '>' && after !== ' ' && after !== '\t' && after !== '\n' && after !== '\r' && after !== '/') {
      cursor = open + 7;
      continue;
    }
    const tagEnd = endOfTag(text, open + 7);
    if (tagEnd < 0) break;
    // `<script src="./x.js" />`: no inline content.
    if (text[tagEnd - 1] === '/') {
      cursor = tagEnd + 1;
      continue;
    }
    const close = lower.indexOf('</script', tagEnd + 1);
    const end = close < 0 ? text.length : close;
    ranges.push({ start: tagEnd + 1, end });
    cursor = end + 8;
  }
  return ranges;
}

/** The offset of the `>` closing a start tag, skipping quoted attribute values; -1 when there is none. */
function endOfTag(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

/** The component's text with everything outside its script blocks replaced by spaces (line breaks kept). */
export function vueScriptText(text: string): string {
  const ranges = scriptBlockRanges(text);
  let result = '';
  let cursor = 0;
  const blank = (part: string): string => part.replace(/[^\r\n]/g, ' ');
  for (const range of ranges) {
    result += blank(text.slice(cursor, range.start)) + text.slice(range.start, range.end);
    cursor = range.end;
  }
  return result + blank(text.slice(cursor));
}
