import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-cookie-name-default', {
  valid: [
    {
      name: 'a neutral name',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: '__Host-id', secret: process.env.SESSION_SECRET }));",
      ].join('\n'),
    },
    {
      name: 'a name from the environment',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'app.use(session({ name: process.env.SESSION_COOKIE_NAME, secret: process.env.SESSION_SECRET! }));',
      ].join('\n'),
    },
    {
      name: "'sid' when only connect.sid counts as a default",
      filename: 'src/app.js',
      options: [{ names: [ 'connect.sid' ] }],
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: 'sid', secret: process.env.SESSION_SECRET }));",
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "connect.sid through the old `key` option: the rename edits key, it does not add a name that overrides it",
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ key: 'connect.sid', secret: process.env.SESSION_SECRET, resave: false }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          message: "The express-session session cookie keeps the default name 'connect.sid'. Set key to a neutral name such as 'sid'.",
          suggestions: [
            { messageId: 'rename', output: [
              "const session = require('express-session');",
              "app.use(session({ key: 'sid', secret: process.env.SESSION_SECRET, resave: false }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'no name: connect.sid (suggest a rename)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'defaultNameAbsent',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 70,
          suggestions: [
            { messageId: 'rename', output: [
              "const session = require('express-session');",
              "app.use(session({ secret: process.env.SESSION_SECRET, resave: false, name: 'sid' }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'connect.sid written out',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const options: session.SessionOptions = {',
        "  name: 'connect.sid',",
        '  secret: process.env.SESSION_SECRET!,',
        '};',
        'app.use(session(options));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'defaultName',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            { messageId: 'rename', output: [
              "import session from 'express-session';",
              'const options: session.SessionOptions = {',
              "  name: 'sid',",
              '  secret: process.env.SESSION_SECRET!,',
              '};',
              'app.use(session(options));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'another framework default (PHPSESSID)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: 'PHPSESSID', secret: process.env.SESSION_SECRET }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'defaultName',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            { messageId: 'rename', output: [
              "const session = require('express-session');",
              "app.use(session({ name: 'sid', secret: process.env.SESSION_SECRET }));",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a name added to the list',
      filename: 'src/app.js',
      options: [{ names: [ 'connect.sid', 'myapp.sid' ] }],
      code: [
        "const session = require('express-session');",
        "app.use(session({ name: 'myapp.sid', secret: process.env.SESSION_SECRET }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'defaultName',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            { messageId: 'rename', output: [
              "const session = require('express-session');",
              "app.use(session({ name: 'sid', secret: process.env.SESSION_SECRET }));",
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
