import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-regenerate-on-login', {
  valid: [
    {
      name: 'identity written inside the regenerate callback',
      filename: 'src/auth.js',
      code: [
        "const session = require('express-session');",
        "const bcrypt = require('bcrypt');",
        "app.post('/login', async (req, res, next) => {",
        '  const user = await User.findOne({ email: req.body.email });',
        '  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);',
        '  req.session.regenerate((err) => {',
        '    if (err) return next(err);',
        '    req.session.userId = user.id;',
        "    res.redirect('/');",
        '  });',
        '});',
      ].join('\n'),
    },
    {
      name: 'a route that is not a login writes to the session',
      filename: 'src/prefs.js',
      code: [
        "const session = require('express-session');",
        "const bcrypt = require('bcrypt');",
        "app.post('/preferences', (req, res) => {",
        '  req.session.theme = req.body.theme;',
        '  res.sendStatus(204);',
        '});',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'identity written without renewing the session id',
      filename: 'src/auth.js',
      code: [
        "const session = require('express-session');",
        "const bcrypt = require('bcrypt');",
        "app.post('/login', async (req, res) => {",
        '  const user = await User.findOne({ email: req.body.email });',
        '  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);',
        '  req.session.userId = user.id;',
        "  res.redirect('/');",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 31,
          suggestions: [
            { messageId: 'renewSession', output: [
              "const session = require('express-session');",
              "const bcrypt = require('bcrypt');",
              "app.post('/login', async (req, res, next) => {",
              '  const user = await User.findOne({ email: req.body.email });',
              '  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);',
              '  req.session.regenerate((err) => {',
              '    if (err) return next(err);',
              '    req.session.userId = user.id;',
              "    res.redirect('/');",
              '  });',
              '});',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'renewal after the identity was written, in TypeScript',
      filename: 'src/auth.ts',
      code: [
        "import session from 'express-session';",
        "import { Router } from 'express';",
        'export const router = Router();',
        "router.post('/signin', async (req, res, next) => {",
        '  const user = await authenticate(req.body.username, req.body.password);',
        '  if (!user) return res.sendStatus(401);',
        '  req.session.uid = user.id;',
        "  req.session.regenerate((err) => (err ? next(err) : res.redirect('/')));",
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'late',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 28,
          // A late renewal needs moving by hand; a second regenerate would not help.
          suggestions: [],
        },
      ],
    },
  ],
});
