import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('cookie-secure', {
  valid: [
    {
      name: 'secure: true',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, sameSite: 'lax' } }));",
      ].join('\n'),
    },
    {
      name: "secure: 'auto' (Secure on every HTTPS request)",
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.set('trust proxy', 1);",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: 'auto' } }));",
      ].join('\n'),
    },
    {
      name: 'secure: true from a spread of shared cookie options, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const base = { secure: true, httpOnly: true } as const;',
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { ...base, maxAge: 3_600_000 } }));',
      ].join('\n'),
    },
    {
      name: 'cookie options imported from another module stay unknown in ESLint',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import { cookieOptions } from './config';",
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: cookieOptions }));',
      ].join('\n'),
    },
    {
      name: 'res.cookie with secure: true',
      filename: 'src/routes.js',
      code: [
        "app.get('/', (req, res) => {",
        "  res.cookie('theme', 'dark', { secure: true, sameSite: 'lax' });",
        '});',
      ].join('\n'),
    },
    {
      name: '@fastify/session: Secure by default',
      filename: 'src/server.ts',
      code: [
        "import fastifySession from '@fastify/session';",
        'fastify.register(fastifySession, { secret: process.env.SESSION_SECRET! });',
      ].join('\n'),
    },
    {
      name: "cookie-session without secure: the cookies package makes it Secure on HTTPS requests, like 'auto'",
      filename: 'src/app.ts',
      code: [
        "import cookieSession from 'cookie-session';",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!] }));",
      ].join('\n'),
    },
    {
      name: 'non-session cookies left alone with checkAllCookies: false',
      filename: 'src/routes.js',
      options: [{ checkAllCookies: false }],
      code: [
        "app.get('/', (req, res) => {",
        "  res.cookie('theme', 'dark');",
        '});',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'express-session without cookie.secure (its default is false)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 70,
          suggestions: [
            { messageId: 'setSecure', output: [
              "const session = require('express-session');",
              'app.use(session({ secret: process.env.SESSION_SECRET, resave: false, cookie: { secure: true } }));',
            ].join('\n') },
            { messageId: 'setSecureAuto', output: [
              "const session = require('express-session');",
              "app.use(session({ secret: process.env.SESSION_SECRET, resave: false, cookie: { secure: 'auto' } }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'secure: false',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(',
        '  session({',
        '    secret: process.env.SESSION_SECRET,',
        '    cookie: { httpOnly: true, secure: false },',
        '  }),',
        ');',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'disabled',
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 44,
          suggestions: [
            { messageId: 'setSecure', output: [
              "const session = require('express-session');",
              'app.use(',
              '  session({',
              '    secret: process.env.SESSION_SECRET,',
              '    cookie: { httpOnly: true, secure: true },',
              '  }),',
              ');',
            ].join('\n') },
            { messageId: 'setSecureAuto', output: [
              "const session = require('express-session');",
              'app.use(',
              '  session({',
              '    secret: process.env.SESSION_SECRET,',
              "    cookie: { httpOnly: true, secure: 'auto' },",
              '  }),',
              ');',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'Secure only in production',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "const isProduction = process.env.NODE_ENV === 'production';",
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: isProduction } }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'envDependent',
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 86,
          suggestions: [
            { messageId: 'setSecure', output: [
              "import session from 'express-session';",
              "const isProduction = process.env.NODE_ENV === 'production';",
              'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true } }));',
            ].join('\n') },
            { messageId: 'setSecureAuto', output: [
              "import session from 'express-session';",
              "const isProduction = process.env.NODE_ENV === 'production';",
              "app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: 'auto' } }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'options returned by a helper function',
      filename: 'src/session.ts',
      code: [
        "import session from 'express-session';",
        'function sessionOptions(): session.SessionOptions {',
        '  return { secret: process.env.SESSION_SECRET!, cookie: { secure: false } };',
        '}',
        'export const middleware = session(sessionOptions());',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'disabled',
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 72,
          suggestions: [
            { messageId: 'setSecure', output: [
              "import session from 'express-session';",
              'function sessionOptions(): session.SessionOptions {',
              '  return { secret: process.env.SESSION_SECRET!, cookie: { secure: true } };',
              '}',
              'export const middleware = session(sessionOptions());',
            ].join('\n') },
            { messageId: 'setSecureAuto', output: [
              "import session from 'express-session';",
              'function sessionOptions(): session.SessionOptions {',
              "  return { secret: process.env.SESSION_SECRET!, cookie: { secure: 'auto' } };",
              '}',
              'export const middleware = session(sessionOptions());',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'res.cookie without secure (every cookie is checked by default)',
      filename: 'src/routes.js',
      code: [
        "app.get('/', (req, res) => {",
        "  res.cookie('theme', 'dark', { sameSite: 'lax' });",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            { messageId: 'setSecure', output: [
              "app.get('/', (req, res) => {",
              "  res.cookie('theme', 'dark', { sameSite: 'lax', secure: true });",
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'cookie-session with secure: false (flat options)',
      filename: 'src/app.ts',
      code: [
        "import cookieSession from 'cookie-session';",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!], secure: false }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 69,
          endLine: 2,
          endColumn: 82,
          suggestions: [
            { messageId: 'setSecure', output: [
              "import cookieSession from 'cookie-session';",
              "app.use(cookieSession({ name: 'session', keys: [process.env.KEY1!], secure: true }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a Set-Cookie header without Secure',
      filename: 'src/routes.js',
      code: [
        "app.post('/login', (req, res) => {",
        "  res.setHeader('Set-Cookie', `sid=${req.sessionID}; HttpOnly; SameSite=Lax`);",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 77,
          suggestions: [
            { messageId: 'setSecure', output: [
              "app.post('/login', (req, res) => {",
              "  res.setHeader('Set-Cookie', `sid=${req.sessionID}; HttpOnly; SameSite=Lax; Secure`);",
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: '@fastify/session with cookie.secure: false',
      filename: 'src/server.ts',
      code: [
        "import fastifySession from '@fastify/session';",
        'fastify.register(fastifySession, { secret: process.env.SESSION_SECRET!, cookie: { secure: false } });',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'disabled',
          line: 2,
          column: 83,
          endLine: 2,
          endColumn: 96,
          suggestions: [
            { messageId: 'setSecure', output: [
              "import fastifySession from '@fastify/session';",
              'fastify.register(fastifySession, { secret: process.env.SESSION_SECRET!, cookie: { secure: true } });',
            ].join('\n') },
            { messageId: 'setSecureAuto', output: [
              "import fastifySession from '@fastify/session';",
              "fastify.register(fastifySession, { secret: process.env.SESSION_SECRET!, cookie: { secure: 'auto' } });",
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
