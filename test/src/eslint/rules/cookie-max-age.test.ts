import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('cookie-max-age', {
  valid: [
    {
      name: 'eight hours',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { maxAge: 8 * 60 * 60 * 1000 } }));',
      ].join('\n'),
    },
    {
      name: 'no maxAge: a browser-session cookie',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
      ].join('\n'),
    },
    {
      name: 'a const of one day, exactly the default limit',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const ONE_DAY = 24 * 60 * 60 * 1000;',
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { maxAge: ONE_DAY } }));',
      ].join('\n'),
    },
    {
      name: 'a week within a raised limit (maxAgeHours: 168)',
      filename: 'src/app.js',
      options: [{ maxAgeHours: 168 }],
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { maxAge: 7 * 24 * 3600 * 1000 } }));',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'thirty days',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'tooLong',
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 97,
          suggestions: [
            { messageId: 'lowerMaxAge', output: [
              "const session = require('express-session');",
              'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { maxAge: 24 * 60 * 60 * 1000 } }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'one year from a const, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const ONE_YEAR = 365 * 24 * 3600 * 1000;',
        'const cookie = { secure: true, maxAge: ONE_YEAR };',
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'tooLong',
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            { messageId: 'lowerMaxAge', output: [
              "import session from 'express-session';",
              'const ONE_YEAR = 365 * 24 * 3600 * 1000;',
              'const cookie = { secure: true, maxAge: 24 * 60 * 60 * 1000 };',
              'app.use(session({ secret: process.env.SESSION_SECRET!, cookie }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'twelve hours against a stricter limit (maxAgeHours: 8)',
      filename: 'src/app.js',
      options: [{ maxAgeHours: 8 }],
      code: [
        "const session = require('express-session');",
        'app.use(session({',
        '  secret: process.env.SESSION_SECRET,',
        '  cookie: { maxAge: 12 * 3600 * 1000 },',
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'tooLong',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            { messageId: 'lowerMaxAge', output: [
              "const session = require('express-session');",
              'app.use(session({',
              '  secret: process.env.SESSION_SECRET,',
              '  cookie: { maxAge: 8 * 60 * 60 * 1000 },',
              '}));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'long only in some environments',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'const maxAge = process.env.REMEMBER_ME ? 90 * 24 * 3600 * 1000 : 3600 * 1000;',
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { maxAge } }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'envDependent',
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            { messageId: 'lowerMaxAge', output: [
              "const session = require('express-session');",
              'const maxAge = process.env.REMEMBER_ME ? 90 * 24 * 3600 * 1000 : 3600 * 1000;',
              'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { maxAge: 24 * 60 * 60 * 1000 } }));',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
