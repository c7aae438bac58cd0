import * as assert from 'node:assert/strict';
import { analyze } from '../../../../rules/dist/engine';
import type { TokenStorageFact } from '../../../../rules/dist/model/tokenFacts';
import { scriptBlockRanges, vueScriptText } from '../../../../rules/dist/frontends/js/vueScript';
import { assertKnown, assertUnknown, factsOf, single, textAt } from './support/facts';

function writesOf(code: string, fileName = '/project/src/app.ts'): TokenStorageFact[] {
  return factsOf(code, { fileName }).filter((f): f is TokenStorageFact => f.kind === 'token-storage');
}

describe('Web Storage adapter', () => {
  it('takes setItem with a token-like key, whatever the value', () => {
    const code = "localStorage.setItem('accessToken', value);";
    const fact = single(writesOf(code));
    assert.equal(fact.storage, 'localStorage');
    assert.equal(fact.why, 'name');
    assertKnown(code, fact.key, 'accessToken', "'accessToken'");
    assert.equal(textAt(code, fact.range), "localStorage.setItem('accessToken', value)");
  });

  it('recognises token and session names, and leaves other names alone', () => {
    const keys = ['token', 'jwt', 'id_token', 'refreshToken', 'AUTH_TOKEN', 'sessionId', 'session', 'sid', 'auth', 'bearer'];
    for (const key of keys) assert.equal(writesOf(`localStorage.setItem('${key}', v);`).length, 1, key);
    const others = ['theme', 'csrfToken', 'XSRF-TOKEN', 'pushToken', 'tokenExpiresAt', 'authProvider', 'author', 'isAuthenticated', 'returnTo', 'cart'];
    for (const key of others) assert.equal(writesOf(`localStorage.setItem('${key}', v);`).length, 0, key);
  });

  it('finds window., globalThis. and aliased storages, property and bracket writes', () => {
    const code = [
      "window.sessionStorage.setItem('jwt', t);",
      "globalThis.localStorage.setItem('token', t);",
      'const store = remember ? localStorage : sessionStorage;',
      "store.setItem('token', t);",
      'localStorage.token = t;',
      "const KEY = 'refresh_token';",
      'localStorage[KEY] = t;',
    ].join('\n');
    const writes = writesOf(code);
    assert.deepEqual(writes.map((w) => w.storage), ['sessionStorage', 'localStorage', 'localStorage', 'localStorage', 'localStorage']);
    assertKnown(code, writes[4]!.key, 'refresh_token');
  });

  it('does not take a local variable named localStorage, reads, removals or literal values', () => {
    const code = "function f(localStorage) { localStorage.setItem('token', t); }\nconst x = localStorage.getItem('token');\nlocalStorage.removeItem('token');\nlocalStorage.setItem('token', '');\nlocalStorage.setItem('jwt', null);";
    assert.equal(writesOf(code).length, 0);
  });

  it('takes a neutral key when the value is named like a token', () => {
    const code = "import { KEYS } from './keys';\nlocalStorage.setItem(KEYS.current, data.accessToken);\nlocalStorage.setItem(KEYS.ACCESS_TOKEN, value);";
    const writes = writesOf(code);
    assert.equal(writes.length, 2);
    assertUnknown(writes[0]!.key);
  });

  it('follows a value back to a fetch login request', () => {
    const code = "async function login() {\n  const res = await fetch('/api/v1/auth/login', { method: 'POST' });\n  const { user } = await res.json();\n  localStorage.setItem('user', JSON.stringify(user));\n}";
    const fact = single(writesOf(code));
    assert.equal(fact.why, 'login-response');
    assert.equal(fact.origin, "fetch('/api/v1/auth/login', …)");
  });

  it('follows promise callbacks, RxJS pipes and login-named calls', () => {
    const code = [
      "fetch(`${API}/oauth/token`).then((r) => r.json()).then((data) => localStorage.setItem('profile', JSON.stringify(data)));",
      "this.http.post(`${this.url}/sign-in`, body).pipe(tap((res) => localStorage.setItem('me', JSON.stringify(res)))).subscribe();",
      "async function a() { const { data } = await authService.login(email, password); localStorage.setItem('me', JSON.stringify(data)); }",
      "async function b() { const response = await axios.post(endpoints.auth.signIn, body); localStorage.setItem('me', JSON.stringify(response.data)); }",
    ].join('\n');
    const writes = writesOf(code);
    assert.deepEqual(writes.map((w) => w.why), ['login-response', 'login-response', 'login-response', 'login-response']);
    assert.deepEqual(writes.map((w) => w.origin), ['fetch(`${API}/oauth/token`)', 'this.http.post(`${this.url}/sign-in`, …)', 'authService.login(email, …)', 'axios.post(endpoints.auth.signIn, …)']);
  });

  it('leaves values from other requests alone', () => {
    const code = "async function f() {\n  const res = await fetch('/api/products');\n  const data = await res.json();\n  localStorage.setItem('products', JSON.stringify(data));\n  const { data: author } = await axios.get('/api/author/1');\n  localStorage.setItem('author', JSON.stringify(author));\n}";
    assert.equal(writesOf(code).length, 0);
  });
});

describe('Vue single-file components', () => {
  const component = [
    '<template>',
    '  <button @click="save">Save</button>',
    '</template>',
    '',
    '<script setup lang="ts">',
    "import axios from 'axios';",
    'async function save() {',
    "  const { data } = await axios.post('/api/login', body);",
    "  localStorage.setItem('access_token', data.access_token);",
    '}',
    '</script>',
    '',
    '<style scoped>',
    'button { color: red; }',
    '</style>',
    '',
  ].join('\n');

  it('keeps only the script blocks, at their offsets', () => {
    const masked = vueScriptText(component);
    assert.equal(masked.length, component.length);
    assert.equal(masked.split('\n').length, component.split('\n').length);
    assert.ok(!masked.includes('<template>') && !masked.includes('button {'));
    const [block] = scriptBlockRanges(component);
    assert.equal(masked.slice(block!.start, block!.end), component.slice(block!.start, block!.end));
    assert.deepEqual(scriptBlockRanges('<script src="./x.js" />\n<script>\nconst a = 1;\n</script>').length, 1);
  });

  it('reports token writes inside <script setup> at their line in the .vue file', async () => {
    const result = await analyze(component, { fileName: '/project/src/LoginView.vue', settings: { preset: 'strict' } });
    assert.equal(result.parseError, undefined);
    const findings = result.findings.filter((f) => f.ruleId === 'jwt-storage');
    assert.equal(findings.length, 1);
    assert.equal(component.slice(findings[0]!.range.start, findings[0]!.range.end), "localStorage.setItem('access_token', data.access_token)");
  });
});
