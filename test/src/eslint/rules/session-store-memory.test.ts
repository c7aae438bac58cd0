import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('session-store-memory', {
  valid: [
    {
      name: 'connect-redis store',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const { RedisStore } = require('connect-redis');",
        'app.use(session({ store: new RedisStore({ client: redisClient }), secret: process.env.SESSION_SECRET }));',
      ].join('\n'),
    },
    {
      name: 'a store built by a factory, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import MongoStore from 'connect-mongo';",
        'app.use(session({ store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }), secret: process.env.SESSION_SECRET! }));',
      ].join('\n'),
    },
    {
      name: 'a store passed in from elsewhere',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'export function sessions(store: session.Store) {',
        '  return session({ store, secret: process.env.SESSION_SECRET! });',
        '}',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'no store: MemoryStore by default',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'defaultStore',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'an explicit MemoryStore',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({',
        '  store: new session.MemoryStore(),',
        '  secret: process.env.SESSION_SECRET,',
        '}));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'memoryStore',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'MemoryStore imported by name, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        "import { MemoryStore } from 'express-session';",
        'app.use(session({ store: new MemoryStore(), secret: process.env.SESSION_SECRET! }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'memoryStore',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
  ],
});
