import * as assert from 'node:assert/strict';
import { FileContext } from '../../../../rules/dist/frontends/js/fileContext';
import { parseJs } from '../../../../rules/dist/frontends/js/parse';
import { Resolver } from '../../../../rules/dist/frontends/js/resolve';
import { assertAbsent, assertEnv, assertKnown, assertUnknown, projectWithModules, secretsOf, sessionConfigs, single } from './support/facts';

/** The express-session fact of a snippet: the resolver is exercised through a real adapter. */
function session(code: string, options?: Parameters<typeof sessionConfigs>[1]) {
  return single(sessionConfigs(code, options).filter((f) => f.library === 'express-session'));
}

describe('JS resolver', () => {
  describe('values', () => {
    it('follows consts and nested object literals', () => {
      const code = `
import session from 'express-session';
const ONE_HOUR = 60 * 60 * 1000;
const cookieOptions = { httpOnly: false, maxAge: ONE_HOUR, sameSite: 'Strict' };
const options = { secret: process.env.SECRET, cookie: cookieOptions };
app.use(session(options));`;
      const fact = session(code);
      assertKnown(code, fact.cookie.httpOnly, false, 'false');
      assertKnown(code, fact.cookie.maxAge, 3600, '60 * 60 * 1000');
      assertKnown(code, fact.cookie.sameSite, 'strict', "'Strict'");
      assertAbsent(fact.cookie.secure, false);
      assert.equal(code.slice(fact.cookie.httpOnly.kind === 'known' ? fact.cookie.httpOnly.optionRange!.start : 0, fact.cookie.httpOnly.kind === 'known' ? fact.cookie.httpOnly.optionRange!.end : 0), 'httpOnly: false');
    });

    it('a name declared twice (var twice, or a pasted snippet) is the declaration before the use; a use before every declaration, the first', () => {
      const code = `
var session = require('express-session');
var opts = { secret: s, cookie: { httpOnly: false } };
function later() { return session(opts); }
var opts = { secret: s, cookie: { httpOnly: true } };
app.use(session(opts));
var opts = { secret: s, cookie: { secure: true } };`;
      const facts = sessionConfigs(code).filter((f) => f.library === 'express-session');
      assert.equal(facts.length, 2);
      const [inFunction, atTop] = [...facts].sort((a, b) => a.range.start - b.range.start);
      assertKnown(code, inFunction!.cookie.httpOnly, false, 'false');
      assertKnown(code, atTop!.cookie.httpOnly, true, 'true');
      assertAbsent(atTop!.cookie.secure, false);
    });

    it("a script's top-level assignment to an undeclared name (a sloppy-mode global) stands for its value; in a module, or assigned twice, it does not", () => {
      const script = `
const express = require('express');
app = express();
session = require('express-session');
opts = { secret: s, cookie: { httpOnly: false } };
app.use(session(opts));`;
      assertKnown(script, session(script).cookie.httpOnly, false, 'false');
      const twice = `
session = require('express-session');
opts = { secret: s, cookie: { httpOnly: false } };
if (process.env.X) opts = { secret: s };
app.use(session(opts));`;
      assertUnknown(session(twice).cookie.httpOnly);
      // In an ES module the assignment throws (strict mode): the name is no session library.
      const module = `
import express from 'express';
session = require('express-session');
express().use(session({ secret: s, cookie: { httpOnly: false } }));`;
      assert.equal(sessionConfigs(module).filter((f) => f.library === 'express-session').length, 0);
    });

    it('merges object spreads, later keys winning', () => {
      const code = `
import session from 'express-session';
const base = { httpOnly: false, secure: false };
app.use(session({ secret: s, cookie: { ...base, secure: true } }));`;
      const fact = session(code);
      assertKnown(code, fact.cookie.httpOnly, false, 'false');
      assertKnown(code, fact.cookie.secure, true, 'true');
    });

    it('treats a missing key after an unresolvable spread as unknown, not absent', () => {
      const code = `
import session from 'express-session';
export function setup(app, shared) {
  app.use(session({ secret: s, cookie: { ...shared, maxAge: 1000 } }));
}`;
      const fact = session(code);
      assertUnknown(fact.cookie.secure);
      assertKnown(code, fact.cookie.maxAge, 1, '1000');
    });

    it('merges Object.assign arguments', () => {
      const code = `
import session from 'express-session';
const defaults = { cookie: { secure: false } };
const options = Object.assign({}, defaults, { name: 'app.sid' });
app.use(session(options));`;
      const fact = session(code);
      assertKnown(code, fact.cookie.secure, false, 'false');
      assertKnown(code, fact.cookie.name, 'app.sid', "'app.sid'");
    });

    it('turns a ternary on the environment into env with both candidates', () => {
      const code = `
import session from 'express-session';
app.use(session({ secret: s, cookie: { secure: process.env.NODE_ENV === 'production' ? true : false } }));`;
      const fact = session(code);
      assertEnv(code, fact.cookie.secure, [true, false], "process.env.NODE_ENV === 'production' ? true : false");
      assert.equal(fact.cookie.secure.kind === 'env' && fact.cookie.secure.source, "process.env.NODE_ENV === 'production'");
    });

    it("keeps a `cond && true` value's false branch", () => {
      const code = `
import session from 'express-session';
const isProduction = process.env.NODE_ENV === 'production';
app.use(session({ secret: s, cookie: { secure: isProduction && true } }));`;
      assertEnv(code, session(code).cookie.secure, [false, true]);
    });

    it('decides a ternary whose test is a known literal', () => {
      const code = `
import session from 'express-session';
const strict = true;
app.use(session({ secret: s, cookie: { sameSite: strict ? 'strict' : 'lax' } }));`;
      assertKnown(code, session(code).cookie.sameSite, 'strict', "'strict'");
    });

    it('records the literal of an `||` fallback on an env value', () => {
      const code = `
import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET || 'keyboard cat' }));`;
      const secret = single(secretsOf(code));
      assertEnv(code, secret.value, ['keyboard cat'], "process.env.SESSION_SECRET || 'keyboard cat'");
      assert.ok(secret.value.kind === 'env' && secret.value.fallback);
      assertKnown(code, secret.value.fallback, 'keyboard cat', "'keyboard cat'");
      assert.equal(secret.value.source, 'process.env.SESSION_SECRET');
    });

    it('evaluates templates of literals and marks templates of env values as env', () => {
      const code = `
import session from 'express-session';
const app_ = 'shop';
app.use(session({ name: \`\${app_}.sid\`, secret: \`\${process.env.PREFIX}-secret\` }));`;
      const fact = session(code);
      assertKnown(code, fact.cookie.name, 'shop.sid', '`${app_}.sid`');
      assertEnv(code, single(secretsOf(code)).value);
    });

    it('resolves helper functions that return the options object', () => {
      const code = `
import session from 'express-session';
function sessionOptions(secret) {
  return { secret, cookie: { httpOnly: false, secure: true } };
}
const cookieFor = () => ({ sameSite: 'none' });
app.use(session(sessionOptions(process.env.S)));
app.use(session({ secret: x, cookie: cookieFor() }));`;
      const [first, second] = sessionConfigs(code);
      assertKnown(code, first!.cookie.httpOnly, false, 'false');
      assertKnown(code, first!.cookie.secure, true, 'true');
      assertKnown(code, second!.cookie.sameSite, 'none', "'none'");
    });

    it('follows destructuring', () => {
      const code = `
import session from 'express-session';
const config = { session: { cookie: { secure: false } }, names: ['sid.main'] };
const { session: { cookie } } = config;
const [cookieName] = config.names;
app.use(session({ secret: s, name: cookieName, cookie }));`;
      const fact = session(code);
      assertKnown(code, fact.cookie.secure, false, 'false');
      assertKnown(code, fact.cookie.name, 'sid.main', "'sid.main'");
    });

    it('resolves express-session cookie given as a function of the request', () => {
      const code = `
import session from 'express-session';
app.use(session({ secret: s, cookie: (req) => ({ secure: false, maxAge: 5000 }) }));
app.use(session({ secret: s, cookie(req) { return { httpOnly: false }; } }));`;
      const [arrow, method] = sessionConfigs(code);
      assertKnown(code, arrow!.cookie.secure, false, 'false');
      assertKnown(code, arrow!.cookie.maxAge, 5, '5000');
      assertKnown(code, method!.cookie.httpOnly, false, 'false');
    });

    it('does not resolve a reassigned let', () => {
      const code = `
import session from 'express-session';
let secure = false;
if (process.env.HTTPS) secure = true;
app.use(session({ secret: s, cookie: { secure } }));`;
      assertUnknown(session(code).cookie.secure);
    });

    it('resolves a let that is never reassigned', () => {
      const code = `
import session from 'express-session';
let secure = false;
app.use(session({ secret: s, cookie: { secure } }));`;
      assertKnown(code, session(code).cookie.secure, false, 'false');
    });

    it('applies a conditional member assignment as env (the express-session README pattern)', () => {
      const code = `
const session = require('express-session');
const sess = { secret: process.env.SECRET, cookie: {} };
if (app.get('env') === 'production') {
  app.set('trust proxy', 1);
  sess.cookie.secure = true;
}
app.use(session(sess));`;
      const fact = session(code);
      assertEnv(code, fact.cookie.secure, [false, true], 'true');
      assert.ok(fact.cookie.secure.kind === 'env' && fact.cookie.secure.source === "app.get('env') === 'production'");
      assertAbsent(fact.cookie.httpOnly, true);
    });

    it('applies a straight-line member assignment as the value', () => {
      const code = `
import session from 'express-session';
const options = { secret: s };
options.cookie = { httpOnly: false };
options['name'] = 'shop.sid';
app.use(session(options));`;
      const fact = session(code);
      assertKnown(code, fact.cookie.httpOnly, false, 'false');
      assertKnown(code, fact.cookie.name, 'shop.sid', "'shop.sid'");
    });

    it('makes a member assigned inside another function unknown', () => {
      const code = `
import session from 'express-session';
const options = { secret: s, cookie: { secure: false } };
export function enableTls() { options.cookie.secure = true; }
app.use(session(options));`;
      assertUnknown(session(code).cookie.secure);
    });

    it('ignores assignments to another variable of the same name', () => {
      const code = `
import session from 'express-session';
const options = { secret: s, cookie: { secure: false } };
function other(options) { options.cookie.secure = true; }
app.use(session(options));`;
      assertKnown(code, session(code).cookie.secure, false, 'false');
    });

    it('makes everything unknown after an assignment with a run-time key', () => {
      const code = `
import session from 'express-session';
const options = { secret: s, cookie: { secure: false } };
options[key] = value;
app.use(session(options));`;
      assertUnknown(session(code).cookie.secure);
    });

    it('treats `undefined` as not set', () => {
      const code = `
import session from 'express-session';
app.use(session({ secret: s, cookie: { secure: undefined, maxAge: null } }));`;
      const fact = session(code);
      assertAbsent(fact.cookie.secure, false);
      assertKnown(code, fact.cookie.maxAge, null, 'null');
    });

    it('does not hang on cyclic consts', () => {
      const code = `
import session from 'express-session';
const a = b;
const b = { ...a, cookie: c };
const c = a.cookie;
app.use(session(a));`;
      const started = Date.now();
      const fact = session(code);
      assert.ok(Date.now() - started < 2000);
      assertUnknown(fact.cookie.secure);
    });

    it('gives up on very deep chains without throwing', () => {
      const lines = ["import session from 'express-session';", 'const v0 = false;'];
      for (let i = 1; i <= 60; i++) lines.push(`const v${i} = v${i - 1};`);
      lines.push('app.use(session({ secret: s, cookie: { secure: v60 } }));');
      assertUnknown(session(lines.join('\n')).cookie.secure);
    });
  });

  describe('bindings', () => {
    const OPTIONS = "{ secret: 'abc', cookie: { secure: false } }";

    for (const [label, code] of [
      ['require', `const session = require('express-session');\napp.use(session(${OPTIONS}));`],
      ['import default', `import session from 'express-session';\napp.use(session(${OPTIONS}));`],
      ['import named default', `import { default as session } from 'express-session';\napp.use(session(${OPTIONS}));`],
      ['import namespace', `import * as session from 'express-session';\napp.use(session(${OPTIONS}));`],
      ['TS import = require', `import session = require('express-session');\napp.use(session(${OPTIONS}));`],
      ['alias', `import session from 'express-session';\nconst s = session;\napp.use(s(${OPTIONS}));`],
      ['require called directly', `app.use(require('express-session')(${OPTIONS}));`],
      ['router.use', `const session = require('express-session');\nconst router = express.Router();\nrouter.use(session(${OPTIONS}));`],
      ['array of middleware', `const session = require('express-session');\napp.use([helmet(), session(${OPTIONS})]);`],
      ['dynamic import', `const { default: session } = await import('express-session');\napp.use(session(${OPTIONS}));`],
    ] as const) {
      it(`finds express-session through ${label}`, () => {
        const fact = session(code);
        assertKnown(code, fact.cookie.secure, false, 'false');
      });
    }

    it('ignores a local function that happens to be called session', () => {
      const code = `
function session(options) { return options; }
app.use(session({ secret: 'abc', cookie: { secure: false } }));`;
      assert.equal(sessionConfigs(code).length, 0);
    });

    it('ignores a shadowed binding of the imported name', () => {
      const code = `
import session from 'express-session';
export function wrap(session) {
  return session({ cookie: { secure: false } });
}`;
      assert.equal(sessionConfigs(code).length, 0);
    });

    it('finds MemoryStore through a named import', () => {
      const code = `
import session, { MemoryStore } from 'express-session';
app.use(session({ secret: s, store: new MemoryStore() }));`;
      assertKnown(code, session(code).session.store, 'memory', 'store: new MemoryStore()');
    });
  });

  describe('relative modules', () => {
    const APP = `
import session from 'express-session';
import { sessionOptions } from './config';
app.use(session(sessionOptions));`;

    it('stays unknown without readModule (ESLint)', () => {
      const fact = session(APP);
      assertUnknown(fact.cookie.secure);
      assertUnknown(fact.cookie.httpOnly);
    });

    it('reads an ESM export const, with the other file named on the value', () => {
      const config = "export const sessionOptions = { secret: 'from-config', cookie: { secure: false } };";
      const fact = session(APP, { project: projectWithModules({ 'config.ts': config }) });
      assert.ok(fact.cookie.secure.kind === 'known');
      assert.equal(fact.cookie.secure.value, false);
      assert.equal(fact.cookie.secure.file, '/project/src/config.ts');
      assert.equal(config.slice(fact.cookie.secure.range.start, fact.cookie.secure.range.end), 'false');
      assertAbsent(fact.cookie.httpOnly, true);
    });

    it('reads export { name } lists', () => {
      const config = "const opts = { cookie: { httpOnly: false } };\nexport { opts as sessionOptions };";
      const fact = session(APP, { project: projectWithModules({ 'config.ts': config }) });
      assert.ok(fact.cookie.httpOnly.kind === 'known' && fact.cookie.httpOnly.value === false);
    });

    it('reads an export default', () => {
      const code = "import session from 'express-session';\nimport options from './session-config';\napp.use(session(options));";
      const fact = session(code, { project: projectWithModules({ 'session-config.js': 'export default { cookie: { sameSite: "none" } };' }) });
      assert.ok(fact.cookie.sameSite.kind === 'known' && fact.cookie.sameSite.value === 'none');
    });

    it('reads module.exports and exports.x (CommonJS)', () => {
      const code = "const session = require('express-session');\nconst config = require('./config');\nconst { cookie } = require('./cookie');\napp.use(session({ secret: config.secret, cookie }));";
      const project = projectWithModules({
        'config.js': "module.exports = { secret: 'cjs-secret' };",
        'cookie.js': 'exports.cookie = { secure: false, maxAge: 60000 };',
      });
      const fact = session(code, { project });
      assert.ok(fact.cookie.secure.kind === 'known' && fact.cookie.secure.value === false);
      assert.ok(fact.cookie.maxAge.kind === 'known' && fact.cookie.maxAge.value === 60);
      const secret = single(secretsOf(code, { project }));
      assert.ok(secret.value.kind === 'known' && secret.value.value === 'cjs-secret' && secret.value.file === '/project/src/config.js');
    });

    it("reads TypeScript's export = (import x = require(), require() and a named import of a member)", () => {
      const project = projectWithModules({ 'cookie.ts': "const options = { httpOnly: false, sameSite: 'none' as const };\nexport = options;" });
      for (const code of [
        "import session = require('express-session');\nimport cookie = require('./cookie');\napp.use(session({ secret: s, cookie }));",
        "const session = require('express-session');\nconst cookie = require('./cookie');\napp.use(session({ secret: s, cookie }));",
        "import session from 'express-session';\nimport { sameSite } from './cookie';\napp.use(session({ secret: s, cookie: { httpOnly: false, sameSite } }));",
      ]) {
        const fact = session(code, { project });
        assert.ok(fact.cookie.httpOnly.kind === 'known' && fact.cookie.httpOnly.value === false, code);
        assert.ok(fact.cookie.sameSite.kind === 'known' && fact.cookie.sameSite.value === 'none', code);
      }
    });

    it('does not loop on modules that import each other', () => {
      const project = projectWithModules({
        'config.ts': "import { other } from './other';\nexport const sessionOptions = { cookie: other };",
        'other.ts': "import { sessionOptions } from './config';\nexport const other = sessionOptions.cookie;",
      });
      assertUnknown(session(APP, { project }).cookie.secure);
    });

    it('stays unknown when the module cannot be read', () => {
      assertUnknown(session(APP, { project: projectWithModules({}) }).cookie.secure);
    });
  });

  describe('Resolver API', () => {
    it('resolves an identifier to its literal and its node', () => {
      const code = "const a = 'x';\nconst b = a;\nuse(b);";
      const program = parseJs(code, 'a.js').program!;
      const file = new FileContext(program, code, 'a.js', { dependencies: {} });
      const resolver = new Resolver(file);
      const call = file.calls[0]!;
      const value = resolver.resolve(call.arguments[0]!, file);
      assert.equal(value.kind, 'literal');
      assert.ok(value.kind === 'literal' && value.value === 'x' && code.slice(value.node.range[0], value.node.range[1]) === "'x'");
    });
  });
});
