import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('cookie-samesite', {
  valid: [
    {
      name: 'a preference cookie written by browser script (theme) is left to the strict preset',
      filename: 'src/public/theme.js',
      code: [
        'function applyTheme(theme) {',
        "  document.documentElement.dataset.theme = theme;",
        "  document.cookie = 'theme=' + theme + '; path=/; max-age=31536000';",
        '}',
      ].join('\n'),
    },
    {
      name: "sameSite: 'lax'",
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } }));",
      ].join('\n'),
    },
    {
      name: "sameSite: 'strict' in any case",
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { sameSite: 'Strict' } }));",
      ].join('\n'),
    },
    {
      name: 'sameSite: true (express: Strict)',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { sameSite: true, secure: true } }));',
      ].join('\n'),
    },
    {
      name: 'SameSite=None with Secure',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "const cookie: session.CookieOptions = { sameSite: 'none', secure: true };",
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie }));',
      ].join('\n'),
    },
    {
      name: "SameSite=None with secure: 'auto'",
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { sameSite: 'none', secure: 'auto' } }));",
      ].join('\n'),
    },
    {
      name: 'None and Secure follow the same condition',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const isProd = process.env.NODE_ENV === 'production';",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { sameSite: isProd ? 'none' : 'lax', secure: isProd } }));",
      ].join('\n'),
    },
    {
      name: 'res.cookie with sameSite: strict',
      filename: 'src/routes.js',
      code: [
        "app.get('/', (req, res) => {",
        "  res.cookie('sid', id, { sameSite: 'strict', secure: true, httpOnly: true });",
        '});',
      ].join('\n'),
    },
    {
      name: "@fastify/cookie's setCookie defaults to Lax",
      filename: 'src/server.ts',
      code: [
        "import fastifyCookie from '@fastify/cookie';",
        'fastify.register(fastifyCookie);',
        "fastify.get('/', async (request, reply) => {",
        "  reply.setCookie('session_id', id, { secure: true, httpOnly: true });",
        '});',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'express-session without sameSite (suggest lax or strict)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            { messageId: 'setLax', output: [
              "const session = require('express-session');",
              "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } }));",
            ].join('\n') },
            { messageId: 'setStrict', output: [
              "const session = require('express-session');",
              "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'strict' } }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'express-session without any cookie option (the suggestion adds a cookie object)',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'export default session({ secret: process.env.SESSION_SECRET!, resave: false });',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 78,
          suggestions: [
            { messageId: 'setLax', output: [
              "import session from 'express-session';",
              "export default session({ secret: process.env.SESSION_SECRET!, resave: false, cookie: { sameSite: 'lax' } });",
            ].join('\n') },
            { messageId: 'setStrict', output: [
              "import session from 'express-session';",
              "export default session({ secret: process.env.SESSION_SECRET!, resave: false, cookie: { sameSite: 'strict' } });",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'sameSite: false (turned off)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({',
        '  secret: process.env.SESSION_SECRET,',
        '  cookie: { secure: true, sameSite: false },',
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'disabled',
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 42,
          suggestions: [
            { messageId: 'setLax', output: [
              "const session = require('express-session');",
              'app.use(session({',
              '  secret: process.env.SESSION_SECRET,',
              "  cookie: { secure: true, sameSite: 'lax' },",
              '}));',
            ].join('\n') },
            { messageId: 'setStrict', output: [
              "const session = require('express-session');",
              'app.use(session({',
              '  secret: process.env.SESSION_SECRET,',
              "  cookie: { secure: true, sameSite: 'strict' },",
              '}));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'an invalid value (suggest lax or strict)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lex' } }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'invalid',
          line: 2,
          column: 79,
          endLine: 2,
          endColumn: 94,
          suggestions: [
            { messageId: 'setLax', output: [
              "const session = require('express-session');",
              "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } }));",
            ].join('\n') },
            { messageId: 'setStrict', output: [
              "const session = require('express-session');",
              "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'strict' } }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'SameSite=None without Secure (suggest secure or lax)',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { sameSite: 'none' } }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'noneWithoutSecure',
          line: 2,
          column: 66,
          endLine: 2,
          endColumn: 82,
          suggestions: [
            { messageId: 'setSecure', output: [
              "import session from 'express-session';",
              "app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { sameSite: 'none', secure: true } }));",
            ].join('\n') },
            { messageId: 'setLax', output: [
              "import session from 'express-session';",
              "app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { sameSite: 'lax' } }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'res.cookie without sameSite (suggest lax or strict)',
      filename: 'src/routes.js',
      code: [
        "app.get('/', (req, res) => {",
        "  res.cookie('theme', 'dark', { secure: true });",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 47,
          suggestions: [
            { messageId: 'setLax', output: [
              "app.get('/', (req, res) => {",
              "  res.cookie('theme', 'dark', { secure: true, sameSite: 'lax' });",
              '});',
            ].join('\n') },
            { messageId: 'setStrict', output: [
              "app.get('/', (req, res) => {",
              "  res.cookie('theme', 'dark', { secure: true, sameSite: 'strict' });",
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a Set-Cookie header without SameSite (the suggestion appends it)',
      filename: 'src/routes.ts',
      code: [
        "export function login(res: import('express').Response, id: string) {",
        "  res.setHeader('Set-Cookie', `sid=${id}; Path=/; Secure; HttpOnly`);",
        '}',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            { messageId: 'setLax', output: [
              "export function login(res: import('express').Response, id: string) {",
              "  res.setHeader('Set-Cookie', `sid=${id}; Path=/; Secure; HttpOnly; SameSite=Lax`);",
              '}',
            ].join('\n') },
            { messageId: 'setStrict', output: [
              "export function login(res: import('express').Response, id: string) {",
              "  res.setHeader('Set-Cookie', `sid=${id}; Path=/; Secure; HttpOnly; SameSite=Strict`);",
              '}',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a Set-Cookie header with SameSite=None and no Secure',
      filename: 'src/routes.js',
      code: [
        "app.get('/embed', (req, res) => {",
        "  res.setHeader('Set-Cookie', 'sid=abc; HttpOnly; SameSite=None');",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'noneWithoutSecure',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            { messageId: 'setSecure', output: [
              "app.get('/embed', (req, res) => {",
              "  res.setHeader('Set-Cookie', 'sid=abc; HttpOnly; SameSite=None; Secure');",
              '});',
            ].join('\n') },
            { messageId: 'setLax', output: [
              "app.get('/embed', (req, res) => {",
              "  res.setHeader('Set-Cookie', 'sid=abc; HttpOnly; SameSite=Lax');",
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'cookie-session without sameSite',
      filename: 'src/app.ts',
      code: [
        "import cookieSession from 'cookie-session';",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!], secure: true }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 83,
          suggestions: [
            { messageId: 'setLax', output: [
              "import cookieSession from 'cookie-session';",
              "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!], secure: true, sameSite: 'lax' }));",
            ].join('\n') },
            { messageId: 'setStrict', output: [
              "import cookieSession from 'cookie-session';",
              "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!], secure: true, sameSite: 'strict' }));",
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
