import * as assert from 'node:assert/strict';
import { analyze, runRules } from '../../../rules/dist/engine';
import { frontendFor } from '../../../rules/dist/frontends/registry';
import { JS_KEYWORDS, mentionsJsKeyword } from '../../../rules/dist/frontends/js/prefilter';
import { languageOf } from '../../../rules/dist/language';
import { EMPTY_PROJECT, type ProjectContext } from '../../../rules/dist/model/project';
import { isTestFile } from '../../../rules/dist/testFiles';
import { loadFixtures } from '../support/fixtures';

/** An annotation comment (`// expect: cookie-httponly`) names the rule: its words must not be what lets a fixture through. */
const ANNOTATION_LINE = /^[ \t]*(?:\/\/|#|;|<!--|\/\*)[ \t]*(?:expect|ok):.*$/gm;

function withoutAnnotations(text: string): string {
  return text.replace(ANNOTATION_LINE, (line) => ' '.repeat(line.length));
}

/** Findings of a file analysed with the prefilter bypassed: what the prefilter must never drop. */
function findingsWithoutPrefilter(text: string, fileName: string, project: ProjectContext = EMPTY_PROJECT): string[] {
  const language = languageOf(fileName)!;
  const output = frontendFor(language)!.analyze({ text, fileName, project });
  const file = { fileName, languageId: language, isTestFile: isTestFile(fileName) };
  return runRules({ facts: output.facts, comments: output.comments, text, file, settings: { preset: 'strict' } }).findings.map((f) => `${f.ruleId}@${f.range.start}`);
}

/** The prefilter decides which files are never parsed: it must never drop a file that holds a finding. */
describe('prefilter', () => {
  it('keeps every fixture that expects a finding, even with its annotation comments blanked out', () => {
    const dropped: string[] = [];
    const checked: Record<string, number> = {};
    for (const fixture of loadFixtures()) {
      if (!fixture.annotations.some((a) => a.kind === 'expect')) continue;
      const language = languageOf(fixture.virtualFileName);
      const frontend = language && frontendFor(language);
      if (!language || !frontend) continue;
      checked[language] = (checked[language] ?? 0) + 1;
      // With and without the file name (the ESLint face asks without one; a name can only narrow the test).
      const text = withoutAnnotations(fixture.text);
      if (!frontend.mightContainFacts(text) || !frontend.mightContainFacts(text, fixture.virtualFileName)) dropped.push(fixture.path);
    }
    assert.deepEqual(dropped, []);
    // Every frontend's prefilter is exercised, not only the JS one.
    for (const language of ['js', 'php', 'ini', 'htaccess', 'yaml']) assert.ok((checked[language] ?? 0) > 0, `no ${language} fixture was checked`);
  });

  it('drops files that mention no session, cookie, token or login API', () => {
    const js = frontendFor('js')!;
    assert.equal(js.mightContainFacts('export const add = (a, b) => a + b;\n'), false);
    assert.equal(js.mightContainFacts('// a comment about maps\nconst m = new Map();\n'), false);
    assert.equal(js.mightContainFacts("const session = require('express-session');\napp.use(session({ secret: 'x' }))"), true);
    // Words alone are not enough: TLS sessions and password form fields bind no session library.
    assert.equal(js.mightContainFacts("const tls = require('tls');\nsocket.on('secureConnect', () => cache.set(id, socket.getSession()));\n"), false);
    assert.equal(js.mightContainFacts("export function PasswordField(props) {\n  return <input type=\"password\" {...props} />;\n}\n"), false);
    const php = frontendFor('php')!;
    assert.equal(php.mightContainFacts('<?php\necho strtoupper($name);\n'), false);
    assert.equal(php.mightContainFacts("<?php\nsetcookie('a', 'b');\n"), true);
    assert.equal(php.mightContainFacts('<?php\nSession_Start();\n'), true, 'PHP function names are case-insensitive');
    assert.equal(frontendFor('ini')!.mightContainFacts('memory_limit = 128M\n'), false);
    assert.equal(frontendFor('ini')!.mightContainFacts('session.cookie_secure = 1\n'), true);
  });

  // Files from libraries that use the same words for something else: nothing to parse in them.
  const lookAlikes: Record<string, string> = {
    'msal-like client (login methods that take an MSAL request)':
      "/** Signs in at https://login.microsoftonline.com */\nexport class PublicClientApplication {\n  async loginPopup(request) {\n    return this.controller.loginPopup(request);\n  }\n  logoutRedirect(request) {\n    return this.controller.logoutRedirect(request);\n  }\n}\n",
    'lodash-like helpers (compare in prose, get with a path)':
      "/**\n * @param value The value to compare.\n * @example _.get(object, 'a[0].b.c') // => 3\n */\nexport function get(object, path, fallback) {\n  return baseGet(object, castPath(path)) ?? fallback;\n}\n",
    'a cache that writes its own storage class (localStorage named in prose only)':
      "/** Falls back to localStorage when IndexedDB is not there. */\nexport class BrowserCache {\n  constructor(private readonly store: Map<string, string>) {}\n  save(key: string, token: string) {\n    this.store.setItem(key, token);\n  }\n}\n",
    'a theme read from localStorage': "export function theme() {\n  return window.localStorage.getItem('theme') ?? 'light';\n}\n",
    'a cache that awaits several lookups': "export async function warm(keys, verify) {\n  const values = await Promise.all(keys.map((k) => cache.get(k, verify)));\n  return values.filter(Boolean);\n}\n",
    'a service that logs in to an API with a client request': "export async function signIn(client, credentials) {\n  return client.post('https://api.example.com/v1/signin', credentials);\n}\n",
    // Module names as other strings: an OpenAPI parameter `in: 'cookie'`, a heading tag `'h3'`.
    'an OpenAPI document with a cookie parameter':
      "export const spec = {\n  components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },\n};\n",
    'a docs page rendering an h3 heading about session cookies':
      "import { Heading } from './ui';\nexport const Section = () => <Heading as='h3'>Session cookies</Heading>;\n",
    // A Nest controller that only imports @nestjs/common: no route of it logs in or touches a session.
    'a Nest controller with a password-reset DTO': "import { Body, Controller, Get } from '@nestjs/common';\n\n@Controller('users')\nexport class UsersController {\n  @Get()\n  list(@Body() body: { password?: string }) {\n    return this.users.findAll(body);\n  }\n}\n",
  };
  for (const [name, text] of Object.entries(lookAlikes)) {
    it(`drops ${name}`, () => {
      assert.equal(frontendFor('js')!.mightContainFacts(text), false);
      assert.deepEqual(findingsWithoutPrefilter(text, '/project/src/lib.js'), [], 'and it holds no finding');
    });
  }

  it('asks for an unimported setCookie only in a server folder, as the h3 adapter does (Nuxt and Nitro auto-import it there)', () => {
    const text = "export default defineEventHandler((event) => {\n  setCookie(event, 'session', 'x');\n});\n";
    const js = frontendFor('js')!;
    assert.equal(js.mightContainFacts(text, 'app/server/api/login.post.ts'), true);
    assert.equal(js.mightContainFacts(text, 'app/components/login.ts'), false);
    assert.equal(js.mightContainFacts(text), true, 'without a file name (ESLint) it cannot tell');
    const nuxt: ProjectContext = { dependencies: { nuxt: '^3.15.0' } };
    assert.ok(findingsWithoutPrefilter(text, '/project/server/api/login.post.ts', nuxt).length > 0, 'the server file holds a finding');
    assert.deepEqual(findingsWithoutPrefilter(text, '/project/components/login.ts', nuxt), [], 'outside server/ it holds none');
  });

  it('counts a module name only where it is imported or required', () => {
    const js = frontendFor('js')!;
    for (const text of ["import cookie from 'cookie';\nexport const c = cookie;\n", "const jwt = require('jsonwebtoken');\n", "export * from '@nestjs/jwt';\n", "const m = await import(\n  'express-session'\n);\n", "import 'cookie-parser';\n"]) {
      assert.equal(js.mightContainFacts(text), true, text);
    }
    assert.equal(js.mightContainFacts("log.info('jsonwebtoken', 'express-session');\n"), false);
  });

  it('matches every keyword on its own (one pattern for all of them)', () => {
    const js = frontendFor('js')!;
    for (const keyword of JS_KEYWORDS) assert.equal(mentionsJsKeyword(`const x = '${keyword}';`), true, keyword);
    assert.equal(js.mightContainFacts('const x = 1;'), false);
  });

  it('keeps a resolver module whose context parameter destructures the request or session among its first nine names', () => {
    const js = frontendFor('js')!;
    const resolver = (names: string) => `// session\nexport const signIn = async (_parent, args, { ${names} }) => {\n  return args.email;\n};\n`;
    assert.equal(js.mightContainFacts(resolver('prisma, req')), true);
    assert.equal(js.mightContainFacts(resolver('session: s')), true);
    assert.equal(js.mightContainFacts(resolver('a, b, c, d, e, f, g, h, request')), true);
    assert.equal(js.mightContainFacts(resolver('a, b, c, d, e, f, g, h, i, req')), false, 'past the ninth name');
    assert.equal(js.mightContainFacts(resolver('prisma, user')), false);
    assert.equal(js.mightContainFacts(resolver('prisma, sessionId')), false, 'a longer name is not the session');
  });

  // Login and logout handlers are recognised by case-insensitive route paths and handler names,
  // and a token login by a credential check: files with none of the keywords can hold findings.
  const handlerCases: Record<string, string> = {
    'routes/logout.js': "const express = require('express');\nconst app = express();\napp.post('/LogOut', (req, res) => {\n  req.user = null;\n  res.redirect('/');\n});\n",
    'routes/token.js':
      "const express = require('express');\nconst bcrypt = require('bcrypt');\nconst app = express();\napp.post('/token', async (req, res) => {\n  const user = await db.users.findOne({ email: req.body.email });\n  if (!user || !(await bcrypt.compare(req.body.pw, user.hash))) return res.status(401).end();\n  res.json({ token: issueToken(user) });\n});\n",
    'routes/account.js':
      "const express = require('express');\nconst router = express.Router();\nconst base = '/account';\nrouter.post(`${base}/sign-out`, (req, res) => {\n  req.user = undefined;\n  res.redirect('/');\n});\nmodule.exports = router;\n",
    'routes/paths.js':
      "const express = require('express');\nconst app = express();\nconst LOGOUT_PATH = '/logout';\napp.get(LOGOUT_PATH, (req, res) => {\n  res.redirect('/');\n});\n",
    'auth/handlers.ts':
      "import type { FastifyReply, FastifyRequest } from 'fastify/types/request';\nexport async function login({ session, body }: FastifyRequest<{ Body: { user: string } }>, reply: FastifyReply) {\n  session.set('userId', body.user);\n  return reply.send({ ok: true });\n}\n",
    'auth/storage.js':
      "export function remember(token, persistent) {\n  const store = persistent && window.localStorage || window.sessionStorage;\n  store.setItem('accessToken', token);\n}\n",
    'auth/controller.ts':
      "import { Controller, Post, Session, Body } from '@nestjs/common';\n\n@Controller('auth')\nexport class AuthController {\n  @Post('sign-in')\n  async signIn(@Session() s: Record<string, unknown>, @Body() body: { user: string }) {\n    s.userId = body.user;\n    return { ok: true };\n  }\n}\n",
  };
  // The app keeps sessions (a logout of an app without any session is not judged): package.json says which library.
  const project: ProjectContext = { dependencies: { express: '^4.21.2', 'express-session': '^1.18.1' } };
  for (const [fileName, text] of Object.entries(handlerCases)) {
    it(`keeps ${fileName}, a handler found without any keyword`, async () => {
      const expected = findingsWithoutPrefilter(text, `/project/src/${fileName}`, project);
      assert.ok(expected.length > 0, 'the case holds a finding');
      const result = await analyze(text, { fileName: `/project/src/${fileName}`, settings: { preset: 'strict' }, project });
      assert.equal(result.skipped, undefined);
      assert.deepEqual(
        result.findings.map((f) => `${f.ruleId}@${f.range.start}`),
        expected,
      );
    });
  }
});
