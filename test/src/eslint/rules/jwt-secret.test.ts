import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('jwt-secret', {
  valid: [
    {
      name: 'key from the environment',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });",
      ].join('\n'),
    },
    {
      name: 'private key read from a file',
      filename: 'src/tokens.ts',
      code: [
        "import jwt from 'jsonwebtoken';",
        "import { readFileSync } from 'node:fs';",
        'const privateKey = readFileSync(process.env.JWT_KEY_FILE!);',
        "export const sign = (sub: string) => jwt.sign({ sub }, privateKey, { algorithm: 'RS256', expiresIn: '15m' });",
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a hardcoded weak key',
      filename: 'src/tokens.js',
      code: [
        "const jwt = require('jsonwebtoken');",
        "const token = jwt.sign({ sub: user.id }, 'secret', { expiresIn: '15m' });",
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'weak',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            { messageId: 'moveToEnv', output: [
              "const jwt = require('jsonwebtoken');",
              "if (!process.env.JWT_SECRET) throw new Error('JWT_SECRET is not set');",
              "const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });",
            ].join('\n') },
          ],
        },
      ],
    },
    {
      name: 'a key with a literal fallback, in TypeScript',
      filename: 'src/tokens.ts',
      code: [
        "import jwt from 'jsonwebtoken';",
        "const JWT_SECRET = process.env.JWT_SECRET ?? 'change-me';",
        'export function verify(token: string) {',
        "  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });",
        '}',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'fallback',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            { messageId: 'moveToEnv', output: [
              "import jwt from 'jsonwebtoken';",
              'const JWT_SECRET = process.env.JWT_SECRET;',
              'export function verify(token: string) {',
              "  if (!process.env.JWT_SECRET) throw new Error('JWT_SECRET is not set');",
              "  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });",
              '}',
            ].join('\n') },
          ],
        },
      ],
    },
  ],
});
