import { runOnBothParsers } from './support/ruleTester';

/**
 * The cookie writers beyond Express and Fastify, through the ESLint face: what the suggestions write
 * in each library's own signature (positional arguments, one object, a context first argument).
 */
const ngxService = (call: string): string =>
  [
    "import { Injectable } from '@angular/core';",
    "import { CookieService } from 'ngx-cookie-service';",
    '@Injectable()',
    'export class TokenStore {',
    '  constructor(private cookieService: CookieService) {}',
    `  save(token: string) { ${call} }`,
    '}',
  ].join('\n');

runOnBothParsers('cookie-secure', {
  valid: [
    {
      name: 'js-cookie: a preference cookie carries no credential',
      filename: 'src/theme.js',
      code: ["import Cookies from 'js-cookie';", "Cookies.set('theme', 'dark', { expires: 365 });"].join('\n'),
    },
    {
      name: "Hono: prefix 'secure' makes the cookie Secure",
      filename: 'src/app.js',
      code: ["import { setCookie } from 'hono/cookie';", "app.post('/login', (c) => { setCookie(c, 'sid', c.get('sid'), { prefix: 'secure', httpOnly: true, sameSite: 'Lax' }); return c.text('ok'); });"].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'ngx-cookie-service positional: Secure goes in the 6th argument',
      filename: 'src/token.store.ts',
      code: ngxService("this.cookieService.set('jwt', token, 1, '/');"),
      output: null,
      errors: [{ messageId: 'missing', suggestions: [{ messageId: 'setSecure', output: ngxService("this.cookieService.set('jwt', token, 1, '/', undefined, true);") }] }],
    },
    {
      name: 'Next.js object form: Secure goes into the object',
      filename: 'src/app/api/login/route.js',
      code: ["import { cookies } from 'next/headers';", "export async function POST() { (await cookies()).set({ name: 'session', value: 'v', httpOnly: true }); }"].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          suggestions: [{ messageId: 'setSecure', output: ["import { cookies } from 'next/headers';", "export async function POST() { (await cookies()).set({ name: 'session', value: 'v', httpOnly: true, secure: true }); }"].join('\n') }],
        },
      ],
    },
    {
      name: 'GraphQL context: Express res.cookie reached through ctx.res',
      filename: 'src/resolvers.js',
      code: "export const resolvers = { Mutation: { login: (_p, args, ctx) => ctx.res.cookie('session', args.token, { httpOnly: true }) } };",
      output: null,
      errors: [
        {
          messageId: 'missing',
          suggestions: [{ messageId: 'setSecure', output: "export const resolvers = { Mutation: { login: (_p, args, ctx) => ctx.res.cookie('session', args.token, { httpOnly: true, secure: true }) } };" }],
        },
      ],
    },
    {
      name: 'h3: the options follow the event, name and value',
      filename: 'src/server/login.js',
      code: ["import { setCookie } from 'h3';", "export default (event) => { setCookie(event, 'auth_token', event.context.token); };"].join('\n'),
      output: null,
      errors: [
        {
          messageId: 'missing',
          suggestions: [{ messageId: 'setSecure', output: ["import { setCookie } from 'h3';", "export default (event) => { setCookie(event, 'auth_token', event.context.token, { secure: true }); };"].join('\n') }],
        },
      ],
    },
  ],
});

runOnBothParsers('cookie-httponly', {
  valid: [
    {
      name: 'js-cookie: script cannot set HttpOnly, so it is not asked for',
      filename: 'src/auth.js',
      code: ["import Cookies from 'js-cookie';", "export const save = (token) => Cookies.set('token', token, { secure: true, sameSite: 'strict' });"].join('\n'),
    },
  ],
  invalid: [],
});
