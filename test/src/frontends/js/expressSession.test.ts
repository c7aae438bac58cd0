import * as assert from 'node:assert/strict';
import { applyAndParse, assertAbsent, assertKnown, assertUnknown, secretsOf, sessionConfigs, single, textAt } from './support/facts';

describe('express-session adapter', () => {
  it('applies the 1.19 defaults', () => {
    const code = "import session from 'express-session';\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));";
    const fact = single(sessionConfigs(code));
    assert.equal(fact.library, 'express-session');
    assert.equal(fact.serverSide, true);
    assertAbsent(fact.cookie.name, 'connect.sid');
    assertAbsent(fact.cookie.httpOnly, true);
    assertAbsent(fact.cookie.secure, false);
    assertAbsent(fact.cookie.sameSite, undefined);
    assertAbsent(fact.cookie.maxAge, null);
    assertAbsent(fact.cookie.path, '/');
    assertAbsent(fact.session.store, 'memory');
    assertAbsent(fact.session.genid, []);
    assertAbsent(fact.session.rolling, false);
    assert.equal(fact.optionName('secure'), 'cookie.secure');
  });

  it("reads 'auto' secure as a string the rules treat as env-safe", () => {
    const code = "import session from 'express-session';\napp.set('trust proxy', 1);\napp.use(session({ secret: s, cookie: { secure: 'auto', sameSite: 'auto' } }));";
    const fact = single(sessionConfigs(code));
    // `asBoolean` reads 'auto' as truthy; the rule owners decide what 'auto' means for sameSite.
    assertKnown(code, fact.cookie.sameSite, 'auto', "'auto'");
    assert.notEqual(fact.cookie.secure.kind, 'absent');
  });

  it('names a real store and recognises MemoryStore', () => {
    const code = `
import session from 'express-session';
import RedisStore from 'connect-redis';
app.use(session({ secret: s, store: new RedisStore({ client }) }));
app.use(session({ secret: s, store: new session.MemoryStore() }));`;
    const [redis, memory] = sessionConfigs(code);
    assert.ok(redis!.session.store?.kind === 'known' && redis!.session.store.value !== 'memory');
    assertKnown(code, memory!.session.store, 'memory', 'store: new session.MemoryStore()');
  });

  it('finds weak id generators', () => {
    const code = `
import session from 'express-session';
let counter = 0;
app.use(session({ secret: s, genid: () => Date.now().toString(36) + Math.random().toString(36) }));
app.use(session({ secret: s, genid: (req) => String(counter++) }));
app.use(session({ secret: s, genid: () => crypto.randomUUID() }));`;
    const [weak, counterBased, strong] = sessionConfigs(code);
    assertKnown(code, weak!.session.genid, ['Date.now', 'Math.random']);
    assertKnown(code, counterBased!.session.genid, ['a counter']);
    assertKnown(code, strong!.session.genid, []);
  });

  it('makes secret facts for a string and each array element', () => {
    const code = "import session from 'express-session';\napp.use(session({ secret: ['new-secret', 'old-secret'] }));";
    assert.deepEqual(secretsOf(code).map((s) => [s.option, s.value.kind === 'known' && s.value.value]), [['secret[0]', 'new-secret'], ['secret[1]', 'old-secret']]);
  });

  it('adds secure inside the cookie option and creates the cookie option', () => {
    const code = "import session from 'express-session';\napp.use(session({ secret: s }));\n";
    const fact = single(sessionConfigs(code));
    assert.equal(applyAndParse(code, fact.editor?.setOption('secure', { type: 'boolean', value: true })), "import session from 'express-session';\napp.use(session({ secret: s, cookie: { secure: true } }));\n");
    assert.equal(textAt(code, fact.optionsRange), '{ secret: s }');
  });

  it('leaves an options parameter unknown', () => {
    const code = "import session from 'express-session';\nexport const mount = (app, opts) => app.use(session(opts));";
    const fact = single(sessionConfigs(code));
    assertUnknown(fact.cookie.secure);
    assertUnknown(fact.session.store);
  });
});
