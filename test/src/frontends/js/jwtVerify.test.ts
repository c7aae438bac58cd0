import * as assert from 'node:assert/strict';
import type { SecretFact } from '../../../../rules/dist/model/facts';
import type { TokenVerifyFact } from '../../../../rules/dist/model/tokenFacts';
import { applyAndParse, assertAbsent, assertEnv, assertKnown, assertUnknown, factsOf, projectWithModules, single, type SnippetOptions } from './support/facts';

function verifiesOf(code: string, options?: SnippetOptions): TokenVerifyFact[] {
  return factsOf(code, options).filter((f): f is TokenVerifyFact => f.kind === 'token-verify');
}

function jwtSecretsOf(code: string, options?: SnippetOptions): SecretFact[] {
  return factsOf(code, options).filter((f): f is SecretFact => f.kind === 'secret' && f.purpose === 'jwt');
}

describe('jsonwebtoken verify adapter', () => {
  it('reads the allow-list and ignoreExpiration', () => {
    const code = "const jwt = require('jsonwebtoken');\njwt.verify(t, key, { algorithms: ['RS256', 'HS256'], ignoreExpiration: true });";
    const fact = single(verifiesOf(code));
    assertKnown(code, fact.algorithms, ['RS256', 'HS256'], "['RS256', 'HS256']");
    assertKnown(code, fact.ignoreExpiration, true, 'true');
    assert.equal(fact.algorithmsBoundToKey, false);
  });

  it('makes the allow-list absent without options, and adds one before the callback', () => {
    const code = "import jwt from 'jsonwebtoken';\njwt.verify(token, process.env.JWT_SECRET, (err, claims) => next(err));\n";
    const fact = single(verifiesOf(code));
    assertAbsent(fact.algorithms, undefined);
    assertAbsent(fact.ignoreExpiration, false);
    assert.equal(fact.keyType, 'secret');
    assert.equal(
      applyAndParse(code, fact.editor?.setOption('algorithms', { type: 'string', value: 'HS256' })),
      "import jwt from 'jsonwebtoken';\njwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }, (err, claims) => next(err));\n",
    );
  });

  it('removes ignoreExpiration', () => {
    const code = "const jwt = require('jsonwebtoken');\njwt.verify(t, k, {\n  algorithms: ['HS256'],\n  ignoreExpiration: true,\n});\n";
    assert.equal(applyAndParse(code, single(verifiesOf(code)).editor?.removeOption?.('ignoreExpiration')), "const jwt = require('jsonwebtoken');\njwt.verify(t, k, {\n  algorithms: ['HS256'],\n});\n");
  });

  it('is unknown for a non-literal allow-list and for options it cannot see', () => {
    const code = "const jwt = require('jsonwebtoken');\njwt.verify(t, k, { algorithms: [process.env.ALG] });\nexport const v = (o) => jwt.verify(t, k, o);";
    const [element, options] = verifiesOf(code);
    assertUnknown(element!.algorithms);
    assertUnknown(options!.algorithms);
  });

  it('resolves the options from another module when the face can read it', () => {
    const code = "import jwt from 'jsonwebtoken';\nimport { verifyOptions } from './jwtConfig';\njwt.verify(t, k, verifyOptions);";
    const project = projectWithModules({ 'jwtConfig.ts': "export const verifyOptions = { algorithms: ['HS256', 'none'] };" });
    const fact = single(verifiesOf(code, { project }));
    assert.ok(fact.algorithms.kind === 'known');
    assert.deepEqual(fact.algorithms.value, ['HS256', 'none']);
    assert.equal(fact.algorithms.file, '/project/src/jwtConfig.ts');
  });
});

describe('JWT keys', () => {
  it('classifies keys: literal and env secrets, PEM files, key objects, JWKS', () => {
    const code = [
      "import fs from 'fs';",
      "import { createPrivateKey, createSecretKey } from 'crypto';",
      "import jwt from 'jsonwebtoken';",
      "jwt.verify(t, 'literal', { algorithms: ['HS256'] });",
      "jwt.verify(t, process.env.JWT_SECRET, { algorithms: ['HS256'] });",
      "jwt.verify(t, fs.readFileSync('./keys/public.pem', 'utf8').trim(), { algorithms: ['RS256'] });",
      "jwt.verify(t, createPrivateKey(pem), { algorithms: ['RS256'] });",
      "jwt.verify(t, createSecretKey(Buffer.from(process.env.K, 'base64')), { algorithms: ['HS256'] });",
      "jwt.verify(t, process.env.JWT_PUBLIC_KEY.replace(/\\\\n/g, '\\n'), { algorithms: ['RS256'] });",
      "jwt.verify(t, getKey, { algorithms: ['RS256'] });",
    ].join('\n');
    assert.deepEqual(verifiesOf(code).map((f) => f.keyType), ['secret', 'secret', 'asymmetric', 'asymmetric', 'secret', 'asymmetric', 'unknown']);
  });

  it('makes secret facts for written keys and env values, not for public keys or files', () => {
    const code = [
      "const fs = require('fs');",
      "const jwt = require('jsonwebtoken');",
      "const PUBLIC = '-----BEGIN PUBLIC KEY-----\\nMIIB\\n-----END PUBLIC KEY-----';",
      "jwt.verify(t, PUBLIC, { algorithms: ['RS256'] });",
      "jwt.verify(t, fs.readFileSync('public.pem'), { algorithms: ['RS256'] });",
      "jwt.sign({}, 'written', { expiresIn: '1m' });",
      "jwt.sign({}, process.env.JWT_SECRET || 'fallback', { expiresIn: '1m' });",
      "jwt.sign({}, { key: fs.readFileSync('private.pem'), passphrase: 'pass' }, { algorithm: 'RS256', expiresIn: '1m' });",
    ].join('\n');
    const secrets = jwtSecretsOf(code);
    assert.deepEqual(secrets.map((s) => s.option), ['secretOrPrivateKey', 'secretOrPrivateKey', 'secretOrPrivateKey.passphrase']);
    assertKnown(code, secrets[0]!.value, 'written', "'written'");
    assertEnv(code, secrets[1]!.value, ['fallback']);
    assertKnown(code, secrets[2]!.value, 'pass', "'pass'");
  });

  it('reads jose keys through TextEncoder and createSecretKey', () => {
    const code = "import { jwtVerify } from 'jose';\nimport { createSecretKey } from 'node:crypto';\nconst a = new TextEncoder().encode('one');\nconst b = createSecretKey(Buffer.from('two'));\njwtVerify(t, a);\njwtVerify(t, b);";
    const secrets = jwtSecretsOf(code);
    assert.deepEqual(secrets.map((s) => (s.value.kind === 'known' ? s.value.value : s.value.kind)), ['one', 'two']);
    assert.deepEqual(secrets.map((s) => s.library), ['jose', 'jose']);
  });

  it('moves a written key to the environment with a start-up check', () => {
    const code = "const jwt = require('jsonwebtoken');\n\nfunction issue(user) {\n  return jwt.sign({ sub: user.id }, 'written', { expiresIn: '15m' });\n}\n";
    const secret = single(jwtSecretsOf(code));
    assert.equal(
      applyAndParse(code, secret.editor?.setOption('secret', { type: 'env', name: 'JWT_SECRET' })),
      "const jwt = require('jsonwebtoken');\n\nfunction issue(user) {\n  if (!process.env.JWT_SECRET) throw new Error('JWT_SECRET is not set');\n  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });\n}\n",
    );
  });
});

describe('jose verify adapter', () => {
  it('marks jwtVerify as bound to the key type, with or without an allow-list', () => {
    const code = "import { jwtVerify } from 'jose';\njwtVerify(t, secret);\njwtVerify(t, secret, { algorithms: ['HS256'] });";
    const [bare, pinned] = verifiesOf(code);
    assert.equal(bare!.algorithmsBoundToKey, true);
    assertAbsent(bare!.algorithms, undefined);
    assertKnown(code, pinned!.algorithms, ['HS256']);
    assert.equal(
      applyAndParse(code, bare!.editor?.setOption('algorithms', { type: 'string', value: 'HS256' })),
      "import { jwtVerify } from 'jose';\njwtVerify(t, secret, { algorithms: ['HS256'] });\njwtVerify(t, secret, { algorithms: ['HS256'] });",
    );
  });

  it("takes UnsecuredJWT.decode for a verifier that accepts 'none'", () => {
    const code = "import * as jose from 'jose';\njose.UnsecuredJWT.decode(token);";
    assertKnown(code, single(verifiesOf(code)).algorithms, ['none']);
  });
});

describe('express-jwt adapter', () => {
  it('reads expressjwt() and the legacy default export', () => {
    const code = "const { expressjwt } = require('express-jwt');\nconst legacy = require('express-jwt');\napp.use(expressjwt({ secret: 's', algorithms: ['HS256'], ignoreExpiration: true }));\napp.use(legacy({ secret: process.env.S }));";
    const [modern, old] = verifiesOf(code);
    assertKnown(code, modern!.algorithms, ['HS256']);
    assertKnown(code, modern!.ignoreExpiration, true);
    assertAbsent(old!.algorithms, undefined);
    assert.deepEqual(jwtSecretsOf(code).map((s) => s.library), ['express-jwt', 'express-jwt']);
  });

  it('classifies a jwks-rsa secret as asymmetric and makes no secret fact for it', () => {
    const code = "import { expressjwt } from 'express-jwt';\nimport jwksRsa from 'jwks-rsa';\napp.use(expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), algorithms: ['RS256'] }));";
    assert.equal(single(verifiesOf(code)).keyType, 'asymmetric');
    assert.equal(jwtSecretsOf(code).length, 0);
  });
});

describe('passport-jwt adapter', () => {
  it('reads new Strategy(options) with top-level and jsonWebTokenOptions settings', () => {
    const code = "const { Strategy: JwtStrategy } = require('passport-jwt');\npassport.use(new JwtStrategy({ secretOrKey: 'k', algorithms: ['HS256'] }, verify));\npassport.use(new JwtStrategy({ secretOrKey: process.env.K, jsonWebTokenOptions: { algorithms: ['RS256', 'HS256'], ignoreExpiration: true } }, verify));";
    const [top, nested] = verifiesOf(code);
    assertKnown(code, top!.algorithms, ['HS256']);
    assertKnown(code, nested!.algorithms, ['RS256', 'HS256']);
    assertKnown(code, nested!.ignoreExpiration, true);
    assert.equal(nested!.optionName('algorithms'), 'jsonWebTokenOptions.algorithms');
  });

  it('reads the options of super() in a NestJS PassportStrategy(Strategy) class', () => {
    const code = "import { PassportStrategy } from '@nestjs/passport';\nimport { ExtractJwt, Strategy } from 'passport-jwt';\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: false, secretOrKey: 'nest' });\n  }\n}";
    const fact = single(verifiesOf(code));
    assert.equal(fact.library, 'passport-jwt');
    assertKnown(code, fact.ignoreExpiration, false);
    assertAbsent(fact.algorithms, undefined);
    assertKnown(code, single(jwtSecretsOf(code)).value, 'nest');
  });

  it('takes a secretOrKeyProvider for a run-time key source', () => {
    const code = "import { Strategy } from 'passport-jwt';\nnew Strategy({ secretOrKeyProvider: provider, algorithms: ['RS256'] }, verify);";
    assert.equal(jwtSecretsOf(code).length, 0);
    assert.equal(single(verifiesOf(code)).keyType, 'unknown');
  });

  it('ignores other passport strategies', () => {
    assert.equal(verifiesOf("import { Strategy } from 'passport-local';\nnew Strategy({ usernameField: 'email' }, verify);").length, 0);
  });
});

describe('@fastify/jwt and @nestjs/jwt verify options', () => {
  it('reads verify options of an @fastify/jwt registration, also through import()', () => {
    const code = "fastify.register(import('@fastify/jwt'), { secret: { private: priv, public: pub }, verify: { algorithms: ['ES256'], ignoreExpiration: true } });";
    const fact = single(verifiesOf(code));
    assertKnown(code, fact.algorithms, ['ES256']);
    assertKnown(code, fact.ignoreExpiration, true);
    assert.equal(fact.keyType, 'asymmetric');
    assert.equal(fact.optionName('algorithms'), 'verify.algorithms');
  });

  it('makes a verify fact for JwtModule only when verifyOptions are written', () => {
    const code = "import { JwtModule } from '@nestjs/jwt';\nJwtModule.register({ secret: process.env.S });\nJwtModule.register({ secret: process.env.S, verifyOptions: { algorithms: ['HS256'] } });";
    assertKnown(code, single(verifiesOf(code)).algorithms, ['HS256']);
  });
});

describe('@nestjs/jwt JwtService calls', () => {
  const service = (body: string): string =>
    [
      "import { Injectable } from '@nestjs/common';",
      "import { JwtService } from '@nestjs/jwt';",
      '@Injectable()',
      'export class AuthService {',
      '  constructor(private readonly jwtService: JwtService) {}',
      body,
      '}',
    ].join('\n');

  it('reads per-call secrets, lifetimes and verify options of an injected JwtService', () => {
    const code = service(
      [
        "  refresh(user: User) { return this.jwtService.signAsync({ sub: user.id }, { secret: 'rt-secret', expiresIn: '30d' }); }",
        "  check(token: string) { return this.jwtService.verify(token, { secret: process.env.RT_SECRET, ignoreExpiration: true }); }",
        '  plain(user: User) { return this.jwtService.sign({ sub: user.id }); }',
      ].join('\n'),
    );
    const facts = factsOf(code);
    const sign = facts.find((f) => f.kind === 'token-sign');
    const verify = single(verifiesOf(code));
    assert.ok(sign?.kind === 'token-sign');
    assertKnown(code, sign.expiresIn, 2592000);
    assertKnown(code, verify.ignoreExpiration, true);
    // Left out, the allow-list is JwtModule's.
    assertUnknown(verify.algorithms);
    assert.deepEqual(jwtSecretsOf(code).map((s) => s.value.kind), ['known', 'env']);
    assert.equal(facts.filter((f) => f.kind === 'token-sign').length, 1, 'a call without options inherits everything');
  });

  it('ignores a jwtService of another type', () => {
    const code = [
      "import { JwtService } from './my-jwt';",
      "import { JwtModule } from '@nestjs/jwt';",
      'export class A {',
      '  constructor(private jwtService: JwtService) {}',
      "  f() { return this.jwtService.sign({}, { secret: 'x' }); }",
      '}',
    ].join('\n');
    assert.equal(jwtSecretsOf(code).length, 0);
  });
});
