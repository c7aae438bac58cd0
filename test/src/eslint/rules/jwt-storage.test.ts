import { runOnBothParsers } from '../support/ruleTester';

runOnBothParsers('jwt-storage', {
  valid: [
    {
      name: 'a theme in localStorage',
      filename: 'src/client.js',
      code: "localStorage.setItem('theme', 'dark');",
    },
    {
      name: 'sessionStorage when the option is off',
      filename: 'src/client.js',
      options: [{ checkSessionStorage: false }],
      code: "sessionStorage.setItem('token', token);",
    },
  ],
  invalid: [
    {
      name: 'a token in localStorage',
      filename: 'src/client.js',
      code: [
        'async function login(credentials) {',
        '  const { token } = await api.login(credentials);',
        "  localStorage.setItem('token', token);",
        '}',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'tokenByName',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'an access token by property assignment, in TypeScript',
      filename: 'src/client.ts',
      code: [
        'export function remember(accessToken: string) {',
        '  window.localStorage.accessToken = accessToken;',
        '}',
      ].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'tokenByName',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'a JWT in sessionStorage',
      filename: 'src/client.js',
      code: "sessionStorage.setItem('jwt', response.data.jwt);",
      output: null,
      errors: [
        {
          messageId: 'tokenByName',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
  ],
});
