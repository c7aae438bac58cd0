import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('cookie-domain', {
  valid: [
    {
      name: 'no domain: host-only',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
      ].join('\n'),
    },
    {
      name: 'a domain the options allow',
      filename: 'src/app.js',
      options: [{ allowedDomains: [ 'example.com' ] }],
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { domain: '.example.com' } }));",
      ].join('\n'),
    },
    {
      name: 'domain from a function parameter stays unknown',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'export function sessionFor(domain: string) {',
        '  return session({ secret: process.env.SESSION_SECRET!, cookie: { domain } });',
        '}',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a leading-dot domain (suggest removing it)',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, domain: '.example.com' } }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'leadingDot',
          line: 2,
          column: 79,
          endLine: 2,
          endColumn: 101,
          suggestions: [
            { messageId: 'removeDomain', output: [
              "const session = require('express-session');",
              'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true } }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a parent domain, in TypeScript',
      filename: 'src/app.ts',
      code: [
        "import session from 'express-session';",
        'const cookie: session.CookieOptions = {',
        '  secure: true,',
        "  domain: 'example.com',",
        "  sameSite: 'lax',",
        '};',
        'app.use(session({ secret: process.env.SESSION_SECRET!, cookie }));',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'domainSet',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            { messageId: 'removeDomain', output: [
              "import session from 'express-session';",
              'const cookie: session.CookieOptions = {',
              '  secure: true,',
              "  sameSite: 'lax',",
              '};',
              'app.use(session({ secret: process.env.SESSION_SECRET!, cookie }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a domain only in production',
      filename: 'src/app.js',
      code: [
        "const session = require('express-session');",
        "const domain = process.env.NODE_ENV === 'production' ? '.example.com' : undefined;",
        'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { domain } }));',
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
            { messageId: 'removeDomain', output: [
              "const session = require('express-session');",
              "const domain = process.env.NODE_ENV === 'production' ? '.example.com' : undefined;",
              'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { } }));',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a domain other than the allowed one',
      filename: 'src/app.js',
      options: [{ allowedDomains: [ 'app.example.com' ] }],
      code: [
        "const session = require('express-session');",
        "app.use(session({ secret: process.env.SESSION_SECRET, cookie: { domain: 'example.com' } }));",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'domainSet',
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 86,
          suggestions: [
            { messageId: 'removeDomain', output: [
              "const session = require('express-session');",
              'app.use(session({ secret: process.env.SESSION_SECRET, cookie: { } }));',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
