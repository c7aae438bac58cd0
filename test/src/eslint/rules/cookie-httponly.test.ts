import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('cookie-httponly', {
  valid: [
    {
      name: 'httpOnly: false on a preference cookie, without explicitlyDisabled (the recommended preset)',
      filename: 'src/routes.js',
      code: ["app.get('/', (req, res) => {", "  res.cookie('theme', 'dark', { httpOnly: false, secure: true });", '});'].join('\n'),
    },
    {
      name: "csurf keeping its secret in the session (no cookie of csurf's own)",
      filename: 'src/app.js',
      code: ["const csrf = require('csurf');", 'app.use(csrf());', 'app.use(csrf({ cookie: false }));'].join('\n'),
    },
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
    {
      name: 'res.cookie with httpOnly: true',
      filename: 'src/routes.js',
      code: [
        "app.post('/login', (req, res) => {",
        "  res.cookie('auth_token', token, { httpOnly: true, secure: true, sameSite: 'lax' });",
        '});',
      ].join('\n'),
    },
    {
      name: 'a non-session cookie is left alone by default',
      filename: 'src/routes.js',
      code: [
        "app.get('/', (req, res) => {",
        "  res.cookie('theme', 'dark');",
        '});',
      ].join('\n'),
    },
    {
      name: 'cookie-session: HttpOnly by default',
      filename: 'src/app.ts',
      code: [
        "import cookieSession from 'cookie-session';",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!] }));",
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "csurf's own _csrf cookie (cookie: true): a fix, as only csurf reads it",
      filename: 'src/app.js',
      code: ["const csrf = require('csurf');", 'app.use(csrf({ cookie: true }));'].join('\n'),
      output: ["const csrf = require('csurf');", 'app.use(csrf({ cookie: { httpOnly: true } }));'].join('\n'),
      errors: [{ messageId: 'missing', line: 2, column: 16, endLine: 2, endColumn: 28 }],
    },
    {
      name: 'httpOnly: false on a preference cookie, with explicitlyDisabled (the strict preset): a suggestion',
      filename: 'src/routes.js',
      options: [{ explicitlyDisabled: true }],
      code: ["app.get('/', (req, res) => {", "  res.cookie('theme', 'dark', { httpOnly: false, secure: true });", '});'].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 48,
          suggestions: [{ messageId: 'addHttpOnly', output: ["app.get('/', (req, res) => {", "  res.cookie('theme', 'dark', { httpOnly: true, secure: true });", '});'].join('\n') }],
        },
      ],
    },
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
    {
      name: "res.cookie without httpOnly (Express's default is off; a suggestion adds it: the front end may read the cookie)",
      filename: 'src/routes.js',
      code: [
        "app.post('/login', (req, res) => {",
        "  res.cookie('auth_token', token, { secure: true, sameSite: 'lax' });",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            { messageId: 'addHttpOnly', output: [
              "app.post('/login', (req, res) => {",
              "  res.cookie('auth_token', token, { secure: true, sameSite: 'lax', httpOnly: true });",
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'every cookie with checkAllCookies',
      filename: 'src/routes.js',
      options: [{ checkAllCookies: true }],
      code: [
        "app.get('/', (req, res) => {",
        "  res.cookie('theme', 'dark');",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 30,
          suggestions: [
            { messageId: 'addHttpOnly', output: [
              "app.get('/', (req, res) => {",
              "  res.cookie('theme', 'dark', { httpOnly: true });",
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a Set-Cookie header without HttpOnly (a suggestion appends the attribute)',
      filename: 'src/routes.ts',
      code: [
        "export function login(res: import('express').Response, id: string) {",
        "  res.setHeader('Set-Cookie', `sid=${id}; Path=/; Secure; SameSite=Lax`);",
        '}',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            { messageId: 'addHttpOnly', output: [
              "export function login(res: import('express').Response, id: string) {",
              "  res.setHeader('Set-Cookie', `sid=${id}; Path=/; Secure; SameSite=Lax; HttpOnly`);",
              '}',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'cookie-session with httpOnly: false',
      filename: 'src/app.ts',
      code: [
        "import cookieSession from 'cookie-session';",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!], httpOnly: false }));",
      ].join('\n'),
      output: [
        "import cookieSession from 'cookie-session';",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!], httpOnly: true }));",
      ].join('\n'),
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 69,
          endLine: 2,
          endColumn: 84,
        },
      ],
    },
    {
      name: "@fastify/cookie's reply.setCookie without httpOnly",
      filename: 'src/server.ts',
      code: [
        "import Fastify from 'fastify';",
        "import fastifyCookie from '@fastify/cookie';",
        'const fastify = Fastify();',
        'fastify.register(fastifyCookie);',
        "fastify.post('/login', async (request, reply) => {",
        "  reply.setCookie('session_id', id, { path: '/', secure: true });",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 6,
          column: 37,
          endLine: 6,
          endColumn: 64,
          suggestions: [
            { messageId: 'addHttpOnly', output: [
              "import Fastify from 'fastify';",
              "import fastifyCookie from '@fastify/cookie';",
              'const fastify = Fastify();',
              'fastify.register(fastifyCookie);',
              "fastify.post('/login', async (request, reply) => {",
              "  reply.setCookie('session_id', id, { path: '/', secure: true, httpOnly: true });",
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
