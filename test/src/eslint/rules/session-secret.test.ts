import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-secret', {
  valid: [
    {
      name: 'secret from the environment',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
      ].join('\n'),
    },
    {
      name: 'secrets from the environment, rotated',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'app.use(session({ secret: [process.env.SESSION_SECRET!, process.env.OLD_SESSION_SECRET!] }));',
      ].join('\n'),
    },
    {
      name: 'secret from a config object built elsewhere',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import { config } from './config';",
        'app.use(session({ secret: config.sessionSecret }));',
      ].join('\n'),
    },
    {
      name: 'secret checked at start-up',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'const secret = process.env.SESSION_SECRET;',
        "if (!secret) throw new Error('SESSION_SECRET is not set');",
        'app.use(session({ secret }));',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'the README example secret',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: 'keyboard cat', resave: false }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            { messageId: 'moveToEnv', output: [
              "const session = require('express-session');",
              "if (!process.env.SESSION_SECRET) throw new Error('SESSION_SECRET is not set');",
              'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a long random-looking literal',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "const SECRET = 'f3b9c2a17e4d4b0c9a8e6f1d2c3b4a5e9d8c7b6a5f4e3d2c';",
        'app.use(session({ secret: SECRET }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            { messageId: 'moveToEnv', output: [
              "import session from 'express-session';",
              'const SECRET = process.env.SESSION_SECRET;',
              "if (!process.env.SESSION_SECRET) throw new Error('SESSION_SECRET is not set');",
              'app.use(session({ secret: SECRET }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'an environment variable with a literal fallback',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({',
        "  secret: process.env.SESSION_SECRET || 'dev-secret',",
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'fallback',
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            { messageId: 'moveToEnv', output: [
              "const session = require('express-session');",
              "if (!process.env.SESSION_SECRET) throw new Error('SESSION_SECRET is not set');",
              'app.use(session({',
              '  secret: process.env.SESSION_SECRET,',
              '}));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a literal in one environment',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const secret = process.env.NODE_ENV === 'production' ? process.env.SESSION_SECRET : 'insecure-dev-secret';",
        'app.use(session({ secret }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'conditional',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 106,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a short secret against minLength 40',
      filename: 'src/app.js',
      options: [{ minLength: 40 }],
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: ['f3b9c2a17e4d4b0c9a8e6f1d2c3b4a5e', process.env.OLD_SECRET] }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            { messageId: 'moveToEnv', output: [
              "const session = require('express-session');",
              "if (!process.env.SESSION_SECRET) throw new Error('SESSION_SECRET is not set');",
              'app.use(session({ secret: [process.env.SESSION_SECRET, process.env.OLD_SECRET] }));',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
