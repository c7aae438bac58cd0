import * as assert from 'node:assert/strict';
import { analyze } from '../../../rules/dist/engine';
import { MIN_VENDORED_LENGTH, looksVendoredLibrary } from '../../../rules/dist/vendored';
import { makeProject, parseJsonReport, removeProject, runCli } from '../cli/support';

/**
 * Browser libraries checked in as distributed are not analysed (rules/src/vendored.ts): the three
 * signs together (size, one IIFE/UMD wrapper, a banner or vendor path), never one alone, and never
 * a file that imports a session module. Each library below passes the prefilter and holds what the
 * rules would report, so a skip is visible; each look-alike is a user's file that must be analysed.
 */

/** Library-style module bodies (TinyMCE 4's shape: small factories over DOM helpers), `count` of them. */
function libraryBody(count: number): string {
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < count; i++) {
    parts.push(`    var DomQuery${i} = function (selector, context) {
      var nodes = [];
      var elements = (context || document).querySelectorAll(selector);
      for (var _i = 0; _i < elements.length; _i++) {
        nodes.push(elements[_i]);
      }
      return { length: nodes.length, first: function () { return nodes[0]; }, each: function (fn) { nodes.forEach(fn); } };
    };
`);
  }
  return parts.join('');
}

/** What TinyMCE 4 does with its own storage alias: the line that lets it through the prefilter. */
const STORAGE_WRITE = `    var LocalStorage = domGlobals.window.localStorage;
    var saveDraft = function (token) { localStorage.setItem('access_token', token); };
`;

/** A hand-written Express app's session setup. */
const SESSION_SETUP = `const session = require('express-session');
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false } }));
`;

function tinymceLike(size: number): string {
  return `// 4.9.11 (2020-07-13)\n(function () {\n(function (domGlobals) {\n    'use strict';\n\n${STORAGE_WRITE}${libraryBody(size)}\n}(window));\n})();\n`;
}

function umdLike(size: number, banner: string): string {
  return `${banner}(function (root, factory) {
  if (typeof define === 'function' && define.amd) { define(['jquery'], factory); }
  else if (typeof exports === 'object') { module.exports = factory(require('jquery')); }
  else { root.DataTable = factory(root.jQuery); }
}(this, function ($) {
  'use strict';
  document.cookie = 'DataTables_state=' + encodeURIComponent(JSON.stringify(state)) + '; path=/';
${libraryBody(size)}
  return DataTable;
}));
//# sourceMappingURL=datatables.js.map
`;
}

/** A large hand-written server file: a company banner, top-level requires, routes, no wrapper. */
function handWrittenServer(size: number): string {
  const routes: string[] = [];
  for (let i = 0; routes.join('').length < size; i++) {
    routes.push(`app.get('/api/report/${i}', async (req, res) => {
  const rows = await db.query('SELECT * FROM report_${i} WHERE owner = $1', [req.user.id]);
  res.json({ rows, generatedAt: new Date().toISOString() });
});
`);
  }
  return `/*\n * Copyright (c) 2024 Acme Corp. All rights reserved.\n * Licensed under the MIT License.\n */\n'use strict';\nconst express = require('express');\nconst app = express();\n${SESSION_SETUP}${routes.join('')}module.exports = app;\n`;
}

describe('vendored browser libraries', () => {
  it('skips a TinyMCE-shaped library (version banner, IIFE) that passes the prefilter, and analyses it on request', async () => {
    const text = tinymceLike(300_000);
    assert.ok(looksVendoredLibrary(text, 'src/wp-includes/js/tinymce/tinymce.js'));
    const skipped = await analyze(text, { fileName: 'src/wp-includes/js/tinymce/tinymce.js' });
    assert.equal(skipped.skipped, 'vendored');
    const analysed = await analyze(text, { fileName: 'src/wp-includes/js/tinymce/tinymce.js', minified: 'analyze' });
    assert.equal(analysed.skipped, undefined, 'parsed and analysed when asked');
    assert.ok(analysed.findings.some((f) => f.ruleId === 'jwt-storage'), 'the skip hides a finding nobody in the project can fix');
  });

  it('skips a UMD library with a /*! banner and a source map comment after its wrapper', () => {
    assert.ok(looksVendoredLibrary(umdLike(200_000, '/*! DataTables 1.13.11\n * ©2008-2024 SpryMedia Ltd - datatables.net/license\n */\n\n'), 'public/js/datatables/datatables.js'));
    // mOxie's shape: a flag and then the banner before the wrapper.
    assert.ok(looksVendoredLibrary(`;var MXI_DEBUG = false;\n/**\n * mOxie - multi-runtime File API\n * v1.3.5\n */\n${umdLike(200_000, '')}`, 'js/plupload/moxie.js'));
  });

  it('analyses a 300 KB hand-written server file, banner and all', async () => {
    const text = handWrittenServer(300_000);
    assert.ok(text.length > 300_000);
    assert.equal(looksVendoredLibrary(text, 'server/app.js'), false);
    const result = await analyze(text, { fileName: 'server/app.js' });
    assert.equal(result.skipped, undefined);
    assert.ok(result.findings.some((f) => f.ruleId === 'cookie-httponly'));
  });

  it('analyses a wrapped, bannered file that imports a session module', async () => {
    const text = `/*! Acme admin v2.1.0 (c) Acme */\n(function () {\n${SESSION_SETUP}${libraryBody(200_000)}})();\n`;
    assert.equal(looksVendoredLibrary(text, 'vendor/acme/admin.js'), false);
    const result = await analyze(text, { fileName: 'vendor/acme/admin.js' });
    assert.equal(result.skipped, undefined);
    assert.ok(result.findings.some((f) => f.ruleId === 'cookie-httponly'));
  });

  it('needs every sign: size, the wrapper, and a banner or a vendor path', () => {
    // Under the size floor: analysed whatever it looks like.
    const small = tinymceLike(MIN_VENDORED_LENGTH / 2);
    assert.ok(small.length < MIN_VENDORED_LENGTH);
    assert.equal(looksVendoredLibrary(small, 'js/tinymce/tinymce.js'), false);
    // A wrapper without banner: a user's own big browser script, unless it sits in a vendor folder.
    const unbannered = tinymceLike(300_000).replace('// 4.9.11 (2020-07-13)\n', '// the editor of our admin pages\n');
    assert.equal(looksVendoredLibrary(unbannered, 'public/js/admin.js'), false);
    assert.ok(looksVendoredLibrary(unbannered, 'public/vendor/editor/editor.js'));
    assert.ok(looksVendoredLibrary(unbannered, 'C:\\app\\bower_components\\editor\\editor.js'));
    // A banner without the wrapper: a plain script of globals (freescout's public/js/main.js shape).
    const globals = `/* Copyright 2024 Acme */\nvar fs_sidebar_menu_applied = false;\n${STORAGE_WRITE}${libraryBody(300_000)}window.location.href = '';\n`;
    assert.equal(looksVendoredLibrary(globals, 'public/js/main.js'), false);
    // An arrow function evaluated by a sandbox is no wrapper called in place (hoppscotch's bootstrap code).
    const sandboxed = `/* v1.2.3 */\n;(inputs) => {\n${libraryBody(300_000)}}\n`;
    assert.equal(looksVendoredLibrary(sandboxed, 'src/bootstrap-code/post-request.js'), false);
    // A wrapper opened but not closed at the end: code follows it.
    const trailing = `${tinymceLike(300_000)}module.exports.start = start;\n`;
    assert.equal(looksVendoredLibrary(trailing, 'js/tinymce/tinymce.js'), false);
  });

  it('the CLI notes the skipped library and still reports the project\'s own files', () => {
    const root = makeProject({ 'public/js/tinymce/tinymce.js': tinymceLike(200_000), 'server.js': SESSION_SETUP });
    try {
      const report = parseJsonReport(runCli(['.', '-f', 'json', '--exit-zero'], root));
      assert.ok(report.findings.some((f) => f.file === 'server.js' && f.ruleId === 'cookie-httponly'));
      assert.equal(report.findings.filter((f) => f.file.includes('tinymce')).length, 0);
      const note = report.notifications.find((n) => n.file === 'public/js/tinymce/tinymce.js');
      assert.match(note?.message ?? '', /browser library as distributed/);
    } finally {
      removeProject(root);
    }
  });
});
