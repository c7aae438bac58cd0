import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('cookie-host-prefix', {
  valid: [
    {
      name: '__Host- name, Secure, no Domain',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: '__Host-sid', secret: process.env.SESSION_SECRET, cookie: { secure: true, path: '/' } }));",
      ].join('\n'),
    },
    {
      name: '__Secure- name (allowed by default)',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "app.use(session({ name: '__Secure-sid', secret: process.env.SESSION_SECRET!, cookie: { secure: true, domain: 'example.com' } }));",
      ].join('\n'),
    },
    {
      name: 'name from the environment',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ name: process.env.SESSION_COOKIE, secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a plain name (suggest a __Host- rename)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: 'sid', secret: process.env.SESSION_SECRET, cookie: { secure: true } }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missingPrefix',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 30,
          suggestions: [
            { messageId: 'renameWithHostPrefix', output: [
              "const session = require('express-session');",
              "app.use(session({ name: '__Host-sid', secret: process.env.SESSION_SECRET, cookie: { secure: true } }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'the default name connect.sid',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true } }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missingPrefix',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 82,
          suggestions: [
            { messageId: 'renameWithHostPrefix', output: [
              "import session from 'express-session';",
              "app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true }, name: '__Host-sid' }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: '__Host- without Secure and with a narrower Path',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({',
        "  name: '__Host-sid',",
        '  secret: process.env.SESSION_SECRET,',
        "  cookie: { secure: false, path: '/app' },",
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'hostRequirements',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            { messageId: 'fixHostRequirements', output: [
              "const session = require('express-session');",
              'app.use(session({',
              "  name: '__Host-sid',",
              '  secret: process.env.SESSION_SECRET,',
              "  cookie: { secure: true, path: '/' },",
              '}));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: '__Secure- without Secure',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: '__Secure-sid', secret: process.env.SESSION_SECRET, cookie: { secure: false } }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'secureRequirements',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            { messageId: 'fixHostRequirements', output: [
              "const session = require('express-session');",
              "app.use(session({ name: '__Secure-sid', secret: process.env.SESSION_SECRET, cookie: { secure: true } }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: '__Secure- when only __Host- is allowed',
      filename: 'src/app.js',
      options: [{ allowSecurePrefix: false }],
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: '__Secure-sid', secret: process.env.SESSION_SECRET, cookie: { secure: true } }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missingPrefix',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            { messageId: 'renameWithHostPrefix', output: [
              "const session = require('express-session');",
              "app.use(session({ name: '__Host-sid', secret: process.env.SESSION_SECRET, cookie: { secure: true } }));",
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
