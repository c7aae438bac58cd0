import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('csrf', {
  valid: [
    {
      name: 'csrf-csrf protects the state-changing routes',
      filename: 'src/app.js',
      code: [
        "const express = require('express');",
        "const session = require('express-session');",
        "const { doubleCsrf } = require('csrf-csrf');",
        'const app = express();',
        'const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET });',
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
        'app.use(doubleCsrfProtection);',
        "app.post('/transfer', (req, res) => res.sendStatus(204));",
      ].join('\n'),
    },
    {
      name: 'SameSite=Lax on the session cookie',
      filename: 'src/app.js',
      code: [
        "const express = require('express');",
        "const session = require('express-session');",
        'const app = express();',
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { sameSite: 'lax', secure: true } }));",
        "app.post('/transfer', (req, res) => res.sendStatus(204));",
      ].join('\n'),
    },
    {
      name: '@fastify/csrf-protection applied to every unsafe request',
      filename: 'src/app.js',
      code: [
        "import Fastify from 'fastify';",
        "import fastifySession from '@fastify/session';",
        "import fastifyCsrf from '@fastify/csrf-protection';",
        'const app = Fastify();',
        "app.register(fastifySession, { secret: process.env.SESSION_SECRET });",
        "app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });",
        "app.addHook('onRequest', app.csrfProtection);",
        "app.post('/posts', async () => ({ ok: true }));",
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'cookie session and POST routes without a defence',
      filename: 'src/app.js',
      code: [
        "const express = require('express');",
        "const session = require('express-session');",
        'const app = express();',
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
        "app.post('/transfer', (req, res) => res.sendStatus(204));",
        "app.delete('/account', (req, res) => res.sendStatus(204));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'csurf exempting an unsafe method',
      filename: 'src/app.js',
      code: [
        "const express = require('express');",
        "const session = require('express-session');",
        "const csurf = require('csurf');",
        'const app = express();',
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
        "app.use(csurf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'POST'] }));",
        "app.post('/transfer', (req, res) => res.sendStatus(204));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'disabled',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 66,
        },
      ],
    },
    {
      name: '@fastify/csrf-protection registered but used by no route',
      filename: 'src/app.js',
      code: [
        "import Fastify from 'fastify';",
        "import fastifySession from '@fastify/session';",
        "import fastifyCsrf from '@fastify/csrf-protection';",
        'const app = Fastify();',
        "app.register(fastifySession, { secret: process.env.SESSION_SECRET });",
        "app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });",
        "app.post('/posts', async () => ({ ok: true }));",
      ].join('\n'),
      output: null,
      errors: [{ messageId: 'disabled', line: 6, column: 1, endLine: 6, endColumn: 65 }],
    },
  ],
});
