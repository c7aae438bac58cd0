import * as assert from 'node:assert/strict';
import type { TokenSignFact } from '../../../../rules/dist/model/tokenFacts';
import { durationSeconds, durationText } from '../../../../rules/dist/frontends/js/adapters/jwtDuration';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, assertUnknown, factsOf, single, textAt, type SnippetOptions } from './support/facts';

function signsOf(code: string, options?: SnippetOptions): TokenSignFact[] {
  return factsOf(code, options).filter((f): f is TokenSignFact => f.kind === 'token-sign');
}

describe('JWT lifetimes', () => {
  it('reads jsonwebtoken/ms durations in seconds', () => {
    assert.equal(durationSeconds('15m', 'ms'), 900);
    assert.equal(durationSeconds('2h', 'ms'), 7200);
    assert.equal(durationSeconds('7d', 'ms'), 604800);
    assert.equal(durationSeconds('2 hours', 'ms'), 7200);
    assert.equal(durationSeconds('1.5h', 'ms'), 5400);
    assert.equal(durationSeconds('1y', 'ms'), 31557600);
    assert.equal(durationSeconds(3600, 'ms'), 3600);
    // A string without a unit is milliseconds for ms.
    assert.equal(durationSeconds('60', 'ms'), 0.06);
    assert.equal(durationSeconds('soon', 'ms'), undefined);
    assert.equal(durationSeconds('10 fortnights', 'ms'), undefined);
  });

  it("reads jose's setExpirationTime strings and leaves numbers (timestamps) alone", () => {
    assert.equal(durationSeconds('2h', 'jose'), 7200);
    assert.equal(durationSeconds('30 days', 'jose'), 2592000);
    assert.equal(durationSeconds('+1 week', 'jose'), 604800);
    assert.equal(durationSeconds('60', 'jose'), undefined);
    assert.equal(durationSeconds('500ms', 'jose'), undefined);
    assert.equal(durationSeconds(1735689600, 'jose'), undefined);
  });

  it('writes lifetimes the libraries accept', () => {
    assert.equal(durationText(900), '15m');
    assert.equal(durationText(7200), '2h');
    assert.equal(durationText(86400), '1d');
    assert.equal(durationText(45), '45s');
  });
});

describe('jsonwebtoken sign adapter', () => {
  it('reads expiresIn, algorithm and the payload, through a namespace import', () => {
    const code = "import * as jwt from 'jsonwebtoken';\nconst t = jwt.sign({ sub: 'u' }, process.env.JWT_SECRET!, { algorithm: 'HS512', expiresIn: '30d' });";
    const fact = single(signsOf(code));
    assert.equal(fact.library, 'jsonwebtoken');
    assertKnown(code, fact.expiresIn, 2592000, "'30d'");
    assertKnown(code, fact.algorithm, 'HS512', "'HS512'");
    assert.equal(fact.hasExpClaim, false);
    assert.equal(fact.defaults, false);
    assert.equal(fact.keyType, 'secret');
    assert.equal(textAt(code, fact.expiresIn.kind === 'known' ? fact.expiresIn.optionRange : undefined), "expiresIn: '30d'");
  });

  it('makes an absent expiry and the HS256 default when there are no options (named import, callback form)', () => {
    const code = "import { sign } from 'jsonwebtoken';\nsign({ id: 1 }, key, (err, token) => done(token));";
    const fact = single(signsOf(code));
    assertAbsent(fact.expiresIn, null);
    assertAbsent(fact.algorithm, 'HS256');
    assert.equal(fact.hasExpClaim, false);
  });

  it('sees an exp claim in the payload, through a const', () => {
    const code = "const jwt = require('jsonwebtoken');\nconst payload = { sub: 'u', exp: Math.floor(Date.now() / 1000) + 3600 };\njwt.sign(payload, key);";
    assert.equal(single(signsOf(code)).hasExpClaim, true);
  });

  it('cannot tell the payload of a parameter, and knows that a string payload has no claims', () => {
    const code = "const jwt = require('jsonwebtoken');\nfunction issue(payload) { return jwt.sign(payload, key); }\njwt.sign('user-1', key);";
    const [param, text] = signsOf(code);
    assert.equal(param!.hasExpClaim, undefined);
    assert.equal(text!.hasExpClaim, false);
  });

  it('resolves expiresIn through consts, arithmetic and env fallbacks', () => {
    const code = "const jwt = require('jsonwebtoken');\nconst WEEK = 60 * 60 * 24 * 7;\njwt.sign({}, k, { expiresIn: WEEK });\njwt.sign({}, k, { expiresIn: process.env.TTL || '90d' });\njwt.sign({}, k, { expiresIn: process.env.TTL });";
    const [week, fallback, env] = signsOf(code);
    assertKnown(code, week!.expiresIn, 604800);
    assertEnv(code, fallback!.expiresIn);
    assert.ok(fallback!.expiresIn.kind === 'env');
    assertKnown(code, fallback!.expiresIn.fallback, 7776000, "'90d'");
    assertEnv(code, env!.expiresIn, []);
  });

  it('is unknown when the options cannot be resolved', () => {
    const code = "const jwt = require('jsonwebtoken');\nexport const issue = (options) => jwt.sign({}, k, options);";
    assertUnknown(single(signsOf(code)).expiresIn);
  });

  it('adds expiresIn to the options, or adds the options before a callback', () => {
    const withOptions = "const jwt = require('jsonwebtoken');\njwt.sign({ sub: 'u' }, key, { algorithm: 'HS256' });\n";
    assert.equal(
      applyAndParse(withOptions, single(signsOf(withOptions)).editor?.setOption('expiresIn', { type: 'duration', seconds: 900 })),
      "const jwt = require('jsonwebtoken');\njwt.sign({ sub: 'u' }, key, { algorithm: 'HS256', expiresIn: '15m' });\n",
    );
    const withCallback = "const jwt = require('jsonwebtoken');\njwt.sign({ sub: 'u' }, key, (err, t) => cb(t));\n";
    assert.equal(
      applyAndParse(withCallback, single(signsOf(withCallback)).editor?.setOption('expiresIn', { type: 'duration', seconds: 900 })),
      "const jwt = require('jsonwebtoken');\njwt.sign({ sub: 'u' }, key, { expiresIn: '15m' }, (err, t) => cb(t));\n",
    );
    const bare = 'const jwt = require("jsonwebtoken");\njwt.sign({ sub: "u" }, key);\n';
    assert.equal(applyAndParse(bare, single(signsOf(bare)).editor?.setOption('expiresIn', { type: 'duration', seconds: 3600 })), 'const jwt = require("jsonwebtoken");\njwt.sign({ sub: "u" }, key, { expiresIn: "1h" });\n');
  });

  it('ignores sign functions of other modules', () => {
    assert.equal(signsOf("const jwt = require('./jwt');\njwt.sign({}, 'k');\nimport { sign } from 'tweetnacl';\nsign(m, k);").length, 0);
  });
});

describe('jose SignJWT adapter', () => {
  it('walks the builder chain for the algorithm and the lifetime', () => {
    const code = "import { SignJWT } from 'jose';\nconst t = await new SignJWT({ sub: 'u' })\n  .setProtectedHeader({ alg: 'ES256' })\n  .setExpirationTime('2h')\n  .sign(privateKey);";
    const fact = single(signsOf(code));
    assert.equal(fact.library, 'jose');
    assertKnown(code, fact.algorithm, 'ES256', "'ES256'");
    assertKnown(code, fact.expiresIn, 7200, "'2h'");
  });

  it('makes an absent expiry for a chain that signs without setExpirationTime, and adds the call before .sign()', () => {
    const code = "import { SignJWT } from 'jose';\nconst t = await new SignJWT({ sub: 'u' })\n  .setProtectedHeader({ alg: 'HS256' })\n  .sign(secret);\n";
    const fact = single(signsOf(code));
    assertAbsent(fact.expiresIn, null);
    assert.equal(fact.hasExpClaim, false);
    assert.equal(fact.optionName('expiresIn'), 'setExpirationTime()');
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('expiresIn', { type: 'duration', seconds: 900 })),
      "import { SignJWT } from 'jose';\nconst t = await new SignJWT({ sub: 'u' })\n  .setProtectedHeader({ alg: 'HS256' })\n  .setExpirationTime('15m')\n  .sign(secret);\n",
    );
  });

  it('replaces the argument of an existing setExpirationTime', () => {
    const code = 'import * as jose from "jose";\nnew jose.SignJWT({}).setProtectedHeader({ alg: "HS256" }).setExpirationTime("30d").sign(secret);\n';
    const fact = single(signsOf(code));
    assertKnown(code, fact.expiresIn, 2592000);
    assert.equal(applyAndParse(code, fact.editor?.setOption('expiresIn', { type: 'duration', seconds: 900 })), 'import * as jose from "jose";\nnew jose.SignJWT({}).setProtectedHeader({ alg: "HS256" }).setExpirationTime("15m").sign(secret);\n');
  });

  it('leaves the lifetime unknown for a numeric timestamp and for a builder that escapes before .sign()', () => {
    const code = "import { SignJWT } from 'jose';\nnew SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(now + 60).sign(k);\nexport const b = () => new SignJWT({}).setProtectedHeader({ alg: 'HS256' });";
    const [timestamp, escaped] = signsOf(code);
    assertUnknown(timestamp!.expiresIn);
    assertUnknown(escaped!.expiresIn);
  });

  it('makes an unsecured token a sign fact with algorithm none', () => {
    const code = "import { UnsecuredJWT } from 'jose';\nnew UnsecuredJWT({ sub: 'u' }).encode();";
    assertKnown(code, single(signsOf(code)).algorithm, 'none', 'UnsecuredJWT');
  });
});

describe('@fastify/jwt and @nestjs/jwt sign defaults', () => {
  it('reads the registration sign options as defaults, seconds for numbers', () => {
    const code = "const fastify = require('fastify')();\nfastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, sign: { expiresIn: 900 } });";
    const fact = single(signsOf(code));
    assert.equal(fact.library, '@fastify/jwt');
    assert.equal(fact.defaults, true);
    assertKnown(code, fact.expiresIn, 900, '900');
    assert.equal(fact.optionName('expiresIn'), 'sign.expiresIn');
  });

  it('adds sign.expiresIn to a registration without one', () => {
    const code = "import fastifyJwt from '@fastify/jwt';\napp.register(fastifyJwt, { secret: process.env.JWT_SECRET });\n";
    const fact = single(signsOf(code));
    assertAbsent(fact.expiresIn, null);
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('expiresIn', { type: 'duration', seconds: 900 })),
      "import fastifyJwt from '@fastify/jwt';\napp.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { expiresIn: '15m' } });\n",
    );
  });

  it('judges decorator sign calls only by an explicit lifetime', () => {
    const code = "import jwt from '@fastify/jwt';\nconst a = app.jwt.sign({ sub: 'u' });\nconst b = app.jwt.sign({ sub: 'u' }, { expiresIn: '30d' });\nconst c = await reply.jwtSign({ sub: 'u' }, { sign: { expiresIn: '1h' } });";
    // A call without options inherits the registration's lifetime: nothing to judge here.
    const [long, nested, ...rest] = signsOf(code).filter((f) => !f.defaults);
    assert.equal(rest.length, 0);
    assertKnown(code, long!.expiresIn, 2592000);
    assertKnown(code, nested!.expiresIn, 3600);
  });

  it('recognises decorator sign calls in route files through package.json', () => {
    const code = 'export default async function routes(app) {\n  app.post("/login", async () => ({ token: app.jwt.sign({ sub: 1 }, { expiresIn: "60d" }) }));\n}';
    assert.equal(signsOf(code).length, 0);
    assert.equal(signsOf(code, { project: { dependencies: { '@fastify/jwt': '^9.0.0' } } }).length, 1);
  });

  it('reads JwtModule.register and the object a registerAsync factory returns', () => {
    const code = "import { JwtModule } from '@nestjs/jwt';\nJwtModule.register({ secret: 's', signOptions: { expiresIn: '60s' } });\nJwtModule.registerAsync({ useFactory: async (c) => ({ secret: c.get('S'), signOptions: { expiresIn: '30d' } }) });";
    const [sync, factory] = signsOf(code);
    assertKnown(code, sync!.expiresIn, 60);
    assertKnown(code, factory!.expiresIn, 2592000);
    assert.equal(sync!.optionName('expiresIn'), 'signOptions.expiresIn');
  });
});
