import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('jwt-algorithm', {
  valid: [
    {
      name: 'verify with a one-algorithm allow-list',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        "const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });",
      ].join('\n'),
    },
    {
      name: 'sign with RS256, in TypeScript',
      filename: 'src/tokens.ts',
      code: [
        "import jwt from 'jsonwebtoken';",
        "export const sign = (sub: string, key: string) => jwt.sign({ sub }, key, { algorithm: 'RS256', expiresIn: '15m' });",
      ].join('\n'),
    },
    {
      name: 'no allow-list required when the option is off',
      filename: 'src/tokens.js',
      options: [{ requireAllowList: false }],
      code: [
        "const jwt = require('jsonwebtoken');",
        'const claims = jwt.verify(token, process.env.JWT_SECRET);',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'verify without an allow-list',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        'const claims = jwt.verify(token, process.env.JWT_SECRET);',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missingAllowList',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            { messageId: 'allowOnly', output: [
              "const jwt = require('jsonwebtoken');",
              "const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'signed with none',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        "const token = jwt.sign({ sub: user.id }, '', { algorithm: 'none' });",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'noneSign',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a verifier that accepts none, in TypeScript',
      filename: 'src/tokens.ts',
      code: [
        "import jwt from 'jsonwebtoken';",
        'export function verify(token: string) {',
        "  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256', 'none'] });",
        '}',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'noneVerify',
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 84,
          suggestions: [
            { messageId: 'allowOnly', output: [
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
      name: 'HMAC and RSA mixed',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256', 'HS256'] });",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'mixed',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 77,
          suggestions: [
            { messageId: 'allowOnly', output: [
              "const jwt = require('jsonwebtoken');",
              "const claims = jwt.verify(token, publicKey, { algorithms: ['HS256'] });",
            ].join('\n') },
            { messageId: 'allowOnly', output: [
              "const jwt = require('jsonwebtoken');",
              "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
