import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-fixation-input', {
  valid: [
    {
      name: 'genid from crypto, ignoring the request',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const crypto = require('node:crypto');",
        'app.use(session({ secret: process.env.SESSION_SECRET, genid: () => crypto.randomUUID() }));',
      ].join('\n'),
    },
    {
      name: 'a session id read from the request but not used as the id',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.get('/whoami', (req, res) => {",
        '  res.json({ requested: req.query.sid, actual: req.sessionID });',
        '});',
      ].join('\n'),
    },
    {
      name: 'genid from uuid v4, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import { v4 } from 'uuid';",
        'app.use(session({ secret: process.env.SESSION_SECRET!, genid: () => v4() }));',
      ].join('\n'),
    },
    {
      name: '@fastify/session decrypting its own session cookie',
      filename: 'src/app.js',
      code: [
        "import fastifySession from '@fastify/session';",
        "app.addHook('preHandler', (request, reply, done) => {",
        '  app.decryptSession(request.cookies.sessionId, request, done);',
        '});',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'genid returns a query parameter',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({',
        '  secret: process.env.SESSION_SECRET,',
        '  genid: (req) => req.query.sid || crypto.randomUUID(),',
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'fromInput',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'req.sessionID assigned from a route parameter',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.get('/s/:sid', (req, res) => {",
        '  req.sessionID = req.params.sid;',
        '  res.end();',
        '});',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'fromInput',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'genid method returning a header, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import { randomUUID } from 'node:crypto';",
        'app.use(session({',
        '  secret: process.env.SESSION_SECRET!,',
        '  genid(req) {',
        "    return (req.headers['x-session-id'] as string | undefined) ?? randomUUID();",
        '  },',
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'fromInput',
          line: 5,
          column: 3,
          endLine: 7,
          endColumn: 4,
        },
      ],
    },
    {
      name: 'a stored session adopted by an id from the query string',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.get('/resume', (req, res, next) => {",
        '  req.sessionStore.get(req.query.sid, (err, stored) => {',
        '    if (err) return next(err);',
        '    req.sessionStore.createSession(req, stored);',
        "    res.redirect('/');",
        '  });',
        '});',
      ].join('\n'),
      output: null,
      errors: [{ messageId: 'fromInput', line: 3, column: 3, endLine: 7, endColumn: 5 }],
    },
    {
      name: '@fastify/session decrypting a session id from the query string',
      filename: 'src/app.ts',
      code: [
        "import fastifySession from '@fastify/session';",
        "app.addHook('preHandler', (request, reply, done) => {",
        '  app.decryptSession(request.query.sessionId, request, done);',
        '});',
      ].join('\n'),
      output: null,
      errors: [{ messageId: 'fromInput', line: 3, column: 3, endLine: 3, endColumn: 61 }],
    },
  ],
});
