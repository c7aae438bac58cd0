import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('cookie-httponly', {
  valid: [
    {
      name: 'express-session default (HttpOnly on)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));",
      ].join('\n'),
    },
    {
      name: 'HttpOnly explicitly on, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const options: session.SessionOptions = { secret: process.env.SESSION_SECRET!, cookie: { httpOnly: true } };',
        'app.use(session(options));',
      ].join('\n'),
    },
    {
      name: 'sessionlint suppression comment',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        '// sessionlint-disable-next-line cookie-httponly -- the legacy widget reads the cookie',
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false } }));',
      ].join('\n'),
    },
    {
      name: 'a function named session that is not express-session',
      filename: 'src/app.js',
      code: ['function session(o) { return o; }', 'session({ cookie: { httpOnly: false } });'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'httpOnly: false in express-session (fix: true)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: false, secure: true } }));",
      ].join('\n'),
      output: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: true, secure: true } }));",
      ].join('\n'),
      errors: [
        {
          messageId: 'disabled',
          data: { label: 'The express-session cookie', option: 'cookie.httpOnly' },
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 80,
        },
      ],
    },
    {
      name: 'httpOnly: false through a const options object, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const cookie = { httpOnly: false, secure: true };',
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie }));',
      ].join('\n'),
      output: [
        "import session from 'express-session';",
        'const cookie = { httpOnly: true, secure: true };',
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie }));',
      ].join('\n'),
      errors: [{ messageId: 'disabled', line: 2, column: 18, endLine: 2, endColumn: 33 }],
    },
    {
      name: 'HttpOnly only in production (softer report, same fix)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const isProd = process.env.NODE_ENV === 'production';",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: isProd } }));',
      ].join('\n'),
      output: [
        "const session = require('express-session');",
        "const isProd = process.env.NODE_ENV === 'production';",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: true } }));',
      ].join('\n'),
      errors: [
        {
          messageId: 'envDependent',
          data: { label: 'The express-session cookie', option: 'cookie.httpOnly', source: "process.env.NODE_ENV === 'production'" },
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 81,
        },
      ],
    },
  ],
});
