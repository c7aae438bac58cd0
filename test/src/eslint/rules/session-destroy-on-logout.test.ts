import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-destroy-on-logout', {
  valid: [
    {
      name: 'logout destroys the session and clears the cookie',
      filename: 'src/auth.js',
      code: [
        "const session = require('express-session');",
        "app.post('/logout', (req, res, next) => {",
        '  req.session.destroy((err) => {',
        '    if (err) return next(err);',
        "    res.clearCookie('connect.sid');",
        "    res.redirect('/');",
        '  });',
        '});',
      ].join('\n'),
    },
    {
      name: 'cookie-session logout: req.session = null, in TypeScript',
      filename: 'src/auth.ts',
      code: [
        "import cookieSession from 'cookie-session';",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY!] }));",
        "app.post('/logout', (req, res) => {",
        '  req.session = null;',
        "  res.redirect('/');",
        '});',
      ].join('\n'),
    },
    {
      name: 'awaiting destroy wrapped in a promise',
      filename: 'src/auth.js',
      code: [
        "const session = require('express-session');",
        "app.post('/logout', async (req, res) => {",
        '  await new Promise((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));',
        "  res.clearCookie('connect.sid');",
        "  res.redirect('/');",
        '});',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a logout route that never ends the session',
      filename: 'src/auth.js',
      code: [
        "const session = require('express-session');",
        "app.get('/logout', (req, res) => {",
        "  res.redirect('/');",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 2,
          column: 1,
          endLine: 4,
          endColumn: 3,
          suggestions: [
            { messageId: 'destroySession', output: [
              "const session = require('express-session');",
              "app.get('/logout', (req, res, next) => {",
              '  req.session.destroy((err) => {',
              '    if (err) return next(err);',
              "    res.clearCookie('connect.sid');",
              "    res.redirect('/');",
              '  });',
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'logout only clears the cookie, in TypeScript',
      filename: 'src/auth.ts',
      code: [
        "import session from 'express-session';",
        "import { Router } from 'express';",
        'export const router = Router();',
        "router.get('/logout', (req, res) => {",
        "  res.clearCookie('connect.sid');",
        "  res.redirect('/login');",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'partial',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 33,
          suggestions: [
            { messageId: 'destroySession', output: [
              "import session from 'express-session';",
              "import { Router } from 'express';",
              'export const router = Router();',
              "router.get('/logout', (req, res, next) => {",
              "  res.clearCookie('connect.sid');",
              '  req.session.destroy((err) => {',
              '    if (err) return next(err);',
              "    res.redirect('/login');",
              '  });',
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
