import { ADAPTER_MODULE } from './frontends/js/prefilter';

/**
 * A browser library checked into a project as it was distributed (TinyMCE, CKEditor, DataTables,
 * Summernote, mOxie in WordPress's `wp-includes/js`, `public/js/…` of PHP apps): code nobody in the
 * project wrote, where a session is never configured, that passes the prefilter by the way a
 * library speaks (TinyMCE's own `localStorage` alias) and costs a second or more to parse
 * (TinyMCE 4's 960 KB: 1.5 s, most of the editor's slowest opening). Not analysed, with a note; its
 * minified twin is already skipped by {@link looksMinified}.
 *
 * A user's own file must never be taken for one — a 300 KB hand-written server file is analysed —
 * so three signs are asked for together, none of which a hand-written module shows on its own:
 * 1. size: at least {@link MIN_VENDORED_LENGTH} characters (below it an analysis costs under about
 *    0.15 s: not worth any risk);
 * 2. the shape of a distributed script: the whole file is one wrapper, an IIFE or UMD factory
 *    (`(function (root, factory) {…})(this, …)`, `!function(){…}()`, `var Lib = (function () {…})();`,
 *    `define([…], function () {…});`): its code opens with one and ends with the call that closes it.
 *    Node modules (require / export at the top level) and ES modules do not;
 * 3. a library's mark: a licence, copyright or version banner in its leading comments
 *    (`/*! DataTables 1.13.11 ©2008-2024 …`, `// 4.9.11 (2020-07-13)`), or a path Linguist's
 *    vendor.yml gives to vendored dependencies (`vendor/`, `third_party/`, `bower_components/`, …).
 * And a file that imports a module the adapters bind (`require('express-session')`) is analysed
 * whatever its shape: that is someone's session setup.
 */
export function looksVendoredLibrary(text: string, fileName?: string): boolean {
  if (text.length < MIN_VENDORED_LENGTH) return false;
  const head = leadingComments(text);
  const opening = wrapperOpening(text.slice(head.end, head.end + HEAD_CODE_LENGTH));
  if (opening === undefined || !closesWrapper(text)) return false;
  if (!hasLibraryBanner(head.comments + opening.prologue) && !(fileName !== undefined && VENDOR_PATH.test(fileName.replace(/\\/g, '/')))) return false;
  return !ADAPTER_MODULE.test(text);
}

/** Characters (UTF-16 code units) below which a file is analysed whatever it looks like: about 100 KB. */
export const MIN_VENDORED_LENGTH = 100_000;
/** How much of the code after the leading comments the wrapper test reads. */
const HEAD_CODE_LENGTH = 2_000;
/** How far into the file leading comments are read for a banner. */
const HEAD_COMMENT_LENGTH = 4_096;

/** The comments (and whitespace, a BOM, a hashbang) before the first code, and where the code starts. */
function leadingComments(text: string): { readonly comments: string; readonly end: number } {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('#!', at)) at = lineEnd(text, at);
  const start = at;
  for (;;) {
    while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
    if (at >= HEAD_COMMENT_LENGTH) break;
    if (text.startsWith('//', at)) at = lineEnd(text, at);
    else if (text.startsWith('/*', at)) {
      const close = text.indexOf('*/', at + 2);
      if (close === -1) return { comments: text.slice(start, HEAD_COMMENT_LENGTH), end: text.length };
      at = close + 2;
    } else break;
  }
  return { comments: text.slice(start, Math.min(at, HEAD_COMMENT_LENGTH)), end: at };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline + 1;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff || code === 0xa0;
}

/**
 * Whether the code opens a wrapper: after optional empty statements, a `'use strict'` directive and
 * simple one-line flags (`var MXI_DEBUG = false;`, as mOxie starts), and comments between them (mOxie's
 * banner follows its flag), a function expression called in place, or handed to a module loader.
 * Returns what came before the wrapper (read for a banner too), or `undefined` without a wrapper.
 */
function wrapperOpening(code: string): { readonly prologue: string } | undefined {
  let at = 0;
  for (let skipped = 0; skipped < 16; skipped++) {
    at = afterComments(code, at);
    PROLOGUE.lastIndex = at;
    const statement = PROLOGUE.exec(code);
    if (!statement) break;
    at += statement[0].length;
  }
  return WRAPPER_OPENING.test(code.slice(at)) ? { prologue: code.slice(0, at) } : undefined;
}

/** Where the code resumes after whitespace and comments from `from` (the text's end inside an unclosed comment). */
function afterComments(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
    if (text.startsWith('//', at)) at = lineEnd(text, at);
    else if (text.startsWith('/*', at)) {
      const close = text.indexOf('*/', at + 2);
      if (close === -1) return text.length;
      at = close + 2;
    } else return at;
  }
}

/** One statement a library may put before its wrapper (comments are skipped apart): `;`, `'use strict';`, `var DEBUG = false;`. */
const PROLOGUE = /;|(['"])use strict\1;?|(?:var|let|const) [\w$]{1,40} ?= ?(?:true|false|!0|!1|\d{1,10}|null|'[^'\n]{0,80}'|"[^"\n]{0,80}");/y;
/**
 * `(function`, `!function`, `+function`, `void function`, `(() =>`, `((global, factory) =>`,
 * optionally assigned (`var Lib = (function`, Rollup's IIFE format), or AMD's `define(` /
 * `System.register(`.
 */
const WRAPPER_OPENING = /^(?:(?:var|let|const) [\w$]{1,80} ?= ?)?(?:[(!+~]|void ) ?(?:\( ?)?(?:function\b|\([\w$, ]{0,80}\) ?=>|\(\) ?=>)|^(?:define|System\.register) ?\(/;

/**
 * The file ends with the call that closes its wrapper: `})(this);`, `}(window));`, `}));`, `});`
 * — its last code character is `)`, once trailing whitespace, semicolons and comments
 * (`//# sourceMappingURL=…`, esbuild's closing block of licence notices) are set aside.
 */
function closesWrapper(text: string): boolean {
  let end = text.length;
  for (let comments = 0; comments < 16; comments++) {
    while (end > 0 && (isWhitespace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 59 /* ; */)) end--;
    if (text.startsWith('*/', end - 2)) {
      const open = text.lastIndexOf('/*', end - 3);
      if (open === -1) return false;
      end = open;
      continue;
    }
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (!text.slice(lineStart, end).trimStart().startsWith('//')) break;
    end = lineStart;
  }
  return end > 0 && text.charCodeAt(end - 1) === 41; /* ) */
}

/** A licence or copyright notice, or a version number, in the leading comments. */
function hasLibraryBanner(comments: string): boolean {
  return LICENCE_WORD.test(comments) || VERSION.test(comments) || comments.includes('/*!');
}

const LICENCE_WORD = /copyright|\(c\)|©|@license|@preserve|\blicen[cs]ed?\b|\bMIT\b/i;
const VERSION = /\bv?\d{1,4}\.\d{1,4}\.\d{1,6}\b/;

/** Linguist's vendor.yml, "Vendored dependencies" and the package-manager folders: where a project keeps others' code. */
const VENDOR_PATH = /(?:^|\/)(?:[Vv]endors?|third[-_]?party|3rd[-_]?party|extern(?:al)?|bower_components|node_modules)\//;
