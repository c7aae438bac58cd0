import * as assert from 'node:assert/strict';
import { applyAndParse, assertEnv, assertKnown, secretsOf, single, textAt } from './support/facts';

describe('cookie-parser adapter', () => {
  it('makes a cookie-signing secret fact from a literal', () => {
    const code = "const cookieParser = require('cookie-parser');\napp.use(cookieParser('keyboard cat'));";
    const secret = single(secretsOf(code));
    assert.equal(secret.library, 'cookie-parser');
    assert.equal(secret.purpose, 'cookie-signing');
    assert.equal(secret.option, 'secret');
    assert.equal(textAt(code, secret.range), "cookieParser('keyboard cat')");
    assertKnown(code, secret.value, 'keyboard cat', "'keyboard cat'");
  });

  it('makes one fact per secret of an array', () => {
    const code = "import cookieParser from 'cookie-parser';\nconst SECRETS = ['current-secret', process.env.PREVIOUS_SECRET];\napp.use(cookieParser(SECRETS, { decode: decodeURIComponent }));";
    const secrets = secretsOf(code);
    assert.deepEqual(secrets.map((s) => s.option), ['secret[0]', 'secret[1]']);
    assertKnown(code, secrets[0]!.value, 'current-secret', "'current-secret'");
    assertEnv(code, secrets[1]!.value);
  });

  it('records an env value with its literal fallback', () => {
    const code = "import cookieParser from 'cookie-parser';\napp.use(cookieParser(process.env.COOKIE_SECRET ?? 'dev-only'));";
    const secret = single(secretsOf(code));
    assertEnv(code, secret.value, ['dev-only']);
    assert.ok(secret.value.kind === 'env');
    assertKnown(code, secret.value.fallback, 'dev-only', "'dev-only'");
  });

  it('makes no fact for cookieParser() without a secret', () => {
    assert.equal(secretsOf("import cookieParser from 'cookie-parser';\napp.use(cookieParser());\napp.use(cookieParser(undefined, { decode }));").length, 0);
  });

  it('moves a literal secret to the environment', () => {
    const code = "import cookieParser from 'cookie-parser';\n\napp.use(cookieParser('s3cr3t'));\n";
    const secret = single(secretsOf(code));
    assert.equal(
      applyAndParse(code, secret.editor?.setOption('secret', { type: 'env', name: 'COOKIE_SECRET' })),
      "import cookieParser from 'cookie-parser';\n\nif (!process.env.COOKIE_SECRET) throw new Error('COOKIE_SECRET is not set');\napp.use(cookieParser(process.env.COOKIE_SECRET));\n",
    );
  });

  it('ignores other modules', () => {
    assert.equal(secretsOf("import cookieParser from './my-cookie-parser';\napp.use(cookieParser('x'));").length, 0);
  });
});
