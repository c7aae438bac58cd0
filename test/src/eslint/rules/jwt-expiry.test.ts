import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('jwt-expiry', {
  valid: [
    {
      name: 'fifteen minutes',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });",
      ].join('\n'),
    },
    {
      name: 'an exp claim in the payload, in TypeScript',
      filename: 'src/tokens.ts',
      code: [
        "import jwt from 'jsonwebtoken';",
        'export const sign = (sub: string) => jwt.sign({ sub, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET!);',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'no expiresIn',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        'const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'noExpiry',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            { messageId: 'setExpiry', output: [
              "const jwt = require('jsonwebtoken');",
              "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'thirty days',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '30d' });",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'tooLong',
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 84,
          suggestions: [
            { messageId: 'setExpiry', output: [
              "const jwt = require('jsonwebtoken');",
              "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a verifier that ignores expiration, in TypeScript',
      filename: 'src/tokens.ts',
      code: [
        "import jwt from 'jsonwebtoken';",
        'export function verify(token: string) {',
        "  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'], ignoreExpiration: true });",
        '}',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'ignoreExpiration',
          line: 3,
          column: 78,
          endLine: 3,
          endColumn: 100,
          suggestions: [
            { messageId: 'removeIgnoreExpiration', output: [
              "import jwt from 'jsonwebtoken';",
              'export function verify(token: string) {',
              "  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] });",
              '}',
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a week against a one-week-minus-one-hour limit',
      filename: 'src/tokens.js',
      options: [{ maxHours: 167 }],
      code: [
        "const jwt = require('jsonwebtoken');",
        "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '7d' });",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'tooLong',
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 83,
          suggestions: [
            { messageId: 'setExpiry', output: [
              "const jwt = require('jsonwebtoken');",
              "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });",
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
