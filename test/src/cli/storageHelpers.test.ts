import * as assert from 'node:assert/strict';
import { makeProject, parseJsonReport, removeProject, runCli } from './support';

/**
 * A token stored through a storage helper defined in another module of the app, reached by a
 * relative import or a tsconfig `paths` alias (umami's `@/lib/storage`, The Lounge's
 * `../localStorage`): the write is reported at the call, with the caller's key.
 */
describe('jwt-storage through imported storage helpers', () => {
  it('reports the token the caller stores through an aliased or relative helper, not the caller\'s other keys', () => {
    const root = makeProject({
      'package.json': '{ "name": "dashboard", "dependencies": { "next": "15.0.0" } }',
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"], "@shared/*": ["./shared/*"] } } }',
      'src/lib/storage.ts': [
        'export function setItem(key: string, data: unknown, session?: boolean) {',
        "  if (typeof window !== 'undefined' && data) {",
        '    return (session ? sessionStorage : localStorage).setItem(key, JSON.stringify(data));',
        '  }',
        '}',
        '',
      ].join('\n'),
      // An alias with a scoped package's shape: only the dependencies tell the two apart.
      'shared/keys.ts': "export const AUTH_TOKEN = 'umami.auth';\nexport const LOCALE_CONFIG = 'umami.locale';\n",
      'src/lib/client.ts': [
        "import { setItem } from '@/lib/storage';",
        "import { AUTH_TOKEN, LOCALE_CONFIG } from '@shared/keys';",
        '',
        'export function setClientAuthToken(token: string) {',
        '  setItem(AUTH_TOKEN, token);',
        '}',
        '',
        'export function setLocale(locale: string) {',
        '  setItem(LOCALE_CONFIG, locale);',
        '}',
        '',
      ].join('\n'),
      'client/js/localStorage.ts': [
        'export default {',
        '  set(key: string, value: string) {',
        '    try {',
        '      window.localStorage.setItem(key, value);',
        '    } catch (e) {',
        '      // blocked storage',
        '    }',
        '  },',
        '};',
        '',
      ].join('\n'),
      'client/js/socket-events/init.ts': [
        "import storage from '../localStorage';",
        '',
        'export function onInit(data: { token?: string; collapsed: string[] }) {',
        "  if (data.token) storage.set('token', data.token);",
        "  storage.set('thelounge.networks.collapsed', JSON.stringify(data.collapsed));",
        '}',
        '',
      ].join('\n'),
    });
    try {
      const report = parseJsonReport(runCli(['.', '-f', 'json', '--exit-zero'], root));
      const found = report.findings.filter((f) => f.ruleId === 'jwt-storage').map((f) => `${f.file}:${f.line}`).sort();
      assert.deepEqual(found, ['client/js/socket-events/init.ts:4', 'src/lib/client.ts:5']);
      const umami = report.findings.find((f) => f.file === 'src/lib/client.ts')!;
      assert.match(umami.message, /localStorage \('umami\.auth'\)/);
    } finally {
      removeProject(root);
    }
  });
});
