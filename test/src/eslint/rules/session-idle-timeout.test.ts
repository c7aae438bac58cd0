import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-idle-timeout', {
  valid: [
    {
      name: 'rolling with a 20-minute maxAge',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, rolling: true, cookie: { maxAge: 20 * 60 * 1000 } }));',
      ].join('\n'),
    },
    {
      name: 'not rolling: maxAge is an absolute lifetime, not an idle timeout',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { maxAge: 8 * 3600 * 1000 } }));',
      ].join('\n'),
    },
    {
      name: 'rolling with maxAge within a raised limit (idleTimeoutMinutes: 120)',
      filename: 'src/app.js',
      options: [{ idleTimeoutMinutes: 120 }],
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, rolling: true, cookie: { maxAge: 2 * 3600 * 1000 } }));',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'rolling without maxAge: no idle timeout at all',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, rolling: true }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'rollingWithoutMaxAge',
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            { messageId: 'setTimeout', output: [
              "const session = require('express-session');",
              'app.use(session({ secret: process.env.SESSION_SECRET, rolling: true, cookie: { maxAge: 30 * 60 * 1000 } }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'rolling with a one-day maxAge, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const ONE_DAY = 24 * 60 * 60 * 1000;',
        'app.use(session({',
        '  secret: process.env.SESSION_SECRET!,',
        '  rolling: true,',
        '  cookie: { maxAge: ONE_DAY },',
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'idleTooLong',
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 28,
          suggestions: [
            { messageId: 'setTimeout', output: [
              "import session from 'express-session';",
              'const ONE_DAY = 24 * 60 * 60 * 1000;',
              'app.use(session({',
              '  secret: process.env.SESSION_SECRET!,',
              '  rolling: true,',
              '  cookie: { maxAge: 30 * 60 * 1000 },',
              '}));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'rolling with one hour against a 15-minute limit',
      filename: 'src/app.js',
      options: [{ idleTimeoutMinutes: 15 }],
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, rolling: true, cookie: { maxAge: 3600000 } }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'idleTooLong',
          line: 2,
          column: 80,
          endLine: 2,
          endColumn: 95,
          suggestions: [
            { messageId: 'setTimeout', output: [
              "const session = require('express-session');",
              'app.use(session({ secret: process.env.SESSION_SECRET, rolling: true, cookie: { maxAge: 15 * 60 * 1000 } }));',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
