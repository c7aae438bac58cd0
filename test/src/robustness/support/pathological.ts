import type { LanguageKind } from '../../../../rules/dist/frontends/frontend';

/**
 * Generated pathological inputs (issue: "Pathological inputs"): nothing is checked in, every input
 * is built here with a fixed shape, so the tests stay small and reproducible.
 */

/** A minified bundle of about `bytes` characters on one line, with session code at both ends. */
export function minifiedBundle(bytes: number): string {
  const parts = ['!function(){"use strict";var n=require("express-session"),c=require("cookie-parser");'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const part = `function m${i}(e,t){var r=e||{};return r.k${i}=t?[${i},"s${i}",{a:${i}}]:null,r.cookie={httpOnly:!1,secure:!0,maxAge:${i}},t&&t.res&&t.res.cookie("c${i}",r,{httpOnly:${i % 2 ? '!0' : '!1'}}),r}`;
    parts.push(part);
    size += part.length;
  }
  parts.push('app.use(n({secret:"keyboard cat",cookie:{httpOnly:!1}}))}();');
  return parts.join('');
}

/** `depth` levels of the language's own nesting around a session setting. */
export function deepNesting(language: LanguageKind, depth: number): string {
  switch (language) {
    case 'js':
      // One level a line, as generated code nests: on one line it would be minified code, skipped unparsed.
      return `const session = require('express-session');\napp.use(session({ secret: 'x', cookie: ${'{ a:\n'.repeat(depth)}1${' }\n'.repeat(depth)} }));\nconst list = ${'[\n'.repeat(depth)}${']\n'.repeat(depth)};\n`;
    case 'php':
      return `<?php\nsession_start(['cookie_httponly' => ${'['.repeat(depth)}${']'.repeat(depth)}]);\nini_set('session.cookie_secure', ${'('.repeat(depth)}'0'${')'.repeat(depth)});\n${'if ($a) { '.repeat(depth)}setcookie('sid', $v);${' }'.repeat(depth)}\n`;
    case 'yaml':
      return `framework:\n  session:\n    cookie_secure: false\n    cookie_samesite: ${'['.repeat(depth)}${']'.repeat(depth)}\n    handler_id: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)}\n`;
    case 'ini':
      return `[Session]\nsession.cookie_secure = 0\nsession.name = ${'('.repeat(depth)}${'['.repeat(depth)}\n`;
    case 'htaccess':
      return `<IfModule mod_php.c>\n${'<IfModule a>\n'.repeat(Math.min(depth, 5000))}php_flag session.cookie_secure off\n${'</IfModule>\n'.repeat(Math.min(depth, 5000))}</IfModule>\n`;
  }
}

/** About `bytes` characters on a single line of the language, with a finding at its end. */
export function longLine(language: LanguageKind, bytes: number): string {
  const filler = (unit: string): string => unit.repeat(Math.ceil(bytes / unit.length));
  switch (language) {
    case 'js':
      return `const session = require('express-session'); const pad = [${filler('1, ')}0]; app.use(session({ secret: 'x', cookie: { httpOnly: false } }));`;
    case 'php':
      return `<?php $pad = [${filler("'a' => 1, ")}]; ini_set('session.cookie_httponly', '0'); session_start();`;
    case 'yaml':
      return `framework: { session: { cookie_secure: false, handler_id: '${filler('x')}' } }`;
    case 'ini':
      return `session.name = ${filler('x')} ; session.cookie_secure = 0`;
    case 'htaccess':
      return `php_value session.name ${filler('x')}`;
  }
}

/** About `bytes` characters of JavaScript in short lines (not minified), with a finding at the end. */
export function manyShortLines(bytes: number): string {
  return `const session = require('express-session');\nconst pad = [\n${'  1,\n'.repeat(Math.ceil(bytes / 5))}];\napp.use(session({ secret: 'x', cookie: { httpOnly: false } }));\n`;
}

/** A PNG header and bytes with NULs: what a binary file misnamed as source looks like. */
export function binaryBytes(): Buffer {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) % 256;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("res.cookie('session', id);"), bytes]);
}

/** Source whose bytes are not UTF-8 (Latin-1 text, a truncated sequence, a stray continuation byte). */
export function invalidUtf8(source: string): Buffer {
  return Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9, 0x20, 0xc3, 0x28, 0x80, 0xff, 0x0a]), Buffer.from(source)]);
}

/** Source saved as UTF-16 with a byte-order mark, as PowerShell and some Windows editors do. */
export function utf16WithBom(source: string, endianness: 'le' | 'be'): Buffer {
  const little = Buffer.from(source, 'utf16le');
  return endianness === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), little]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(little).swap16()]);
}
