import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-genid-weak', {
  valid: [
    {
      name: 'no genid: the library generator',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET }));',
      ].join('\n'),
    },
    {
      name: 'crypto.randomUUID',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const crypto = require('node:crypto');",
        'app.use(session({ secret: process.env.SESSION_SECRET, genid: () => crypto.randomUUID() }));',
      ].join('\n'),
    },
    {
      name: 'randomBytes with a prefix, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import { randomBytes } from 'node:crypto';",
        "app.use(session({ secret: process.env.SESSION_SECRET!, genid: (req) => `sess_${randomBytes(32).toString('hex')}` }));",
      ].join('\n'),
    },
    {
      name: 'uuid v4',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import { v4 as uuidv4 } from 'uuid';",
        'app.use(session({ secret: process.env.SESSION_SECRET!, genid: () => uuidv4() }));',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'Math.random',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({',
        '  secret: process.env.SESSION_SECRET,',
        '  genid: () => Math.random().toString(36).slice(2),',
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'weakGenerator',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 51,
          suggestions: [
            { messageId: 'removeGenid', output: [
              "const session = require('express-session');",
              'app.use(session({',
              '  secret: process.env.SESSION_SECRET,',
              '}));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'Date.now and a counter, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'let counter = 0;',
        'function nextId(): string {',
        '  return `${Date.now()}-${counter++}`;',
        '}',
        'app.use(session({ secret: process.env.SESSION_SECRET!, genid: nextId }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'weakGenerator',
          line: 6,
          column: 56,
          endLine: 6,
          endColumn: 69,
          suggestions: [
            { messageId: 'removeGenid', output: [
              "import session from 'express-session';",
              'let counter = 0;',
              'function nextId(): string {',
              '  return `${Date.now()}-${counter++}`;',
              '}',
              'app.use(session({ secret: process.env.SESSION_SECRET! }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'uuid v1 (time-based)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const { v1 } = require('uuid');",
        'app.use(session({ secret: process.env.SESSION_SECRET, genid: (req) => v1() }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'weakGenerator',
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 75,
          suggestions: [
            { messageId: 'removeGenid', output: [
              "const session = require('express-session');",
              "const { v1 } = require('uuid');",
              'app.use(session({ secret: process.env.SESSION_SECRET }));',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
