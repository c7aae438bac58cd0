import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyAndParse, cookieWrites, single } from './support/facts';

interface Generated {
  readonly name: string;
  readonly value: string;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Lax' | 'Strict' | 'None' | undefined;
  readonly maxAge: number | undefined;
  readonly domain: string | undefined;
  readonly separator: '; ' | ';' | ' ; ';
  readonly order: readonly number[];
  readonly upper: boolean;
}

const generated: fc.Arbitrary<Generated> = fc.record({
  name: fc.stringMatching(/^[a-z_][a-z0-9_]{0,7}$/),
  value: fc.stringMatching(/^[A-Za-z0-9]{0,8}$/),
  httpOnly: fc.boolean(),
  secure: fc.boolean(),
  sameSite: fc.constantFrom('Lax' as const, 'Strict' as const, 'None' as const, undefined),
  maxAge: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
  domain: fc.constantFrom('example.com', '.example.org', undefined),
  separator: fc.constantFrom('; ' as const, ';' as const, ' ; ' as const),
  order: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
  upper: fc.boolean(),
});

function headerOf(g: Generated): string {
  const attributes: (string | undefined)[] = [
    g.httpOnly ? 'HttpOnly' : undefined,
    g.secure ? 'Secure' : undefined,
    g.sameSite ? `SameSite=${g.sameSite}` : undefined,
    g.maxAge !== undefined ? `Max-Age=${g.maxAge}` : undefined,
    g.domain ? `Domain=${g.domain}` : undefined,
  ];
  const ordered = g.order.map((i) => attributes[i]).filter((a): a is string => a !== undefined).map((a) => (g.upper ? a.toUpperCase() : a));
  return [`${g.name}=${g.value}`, ...ordered].join(g.separator);
}

const codeFor = (header: string): string => `app.get('/', (req, res) => {\n  res.setHeader('Set-Cookie', '${header}');\n});\n`;

function factOf(code: string) {
  return single(cookieWrites(code).filter((f) => f.library === 'set-cookie-header'));
}

describe('Set-Cookie strings (generated)', () => {
  it('reads every generated attribute back with its value', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const fact = factOf(codeFor(headerOf(g)));
        const { cookie } = fact;
        assert.deepEqual(cookie.name.kind === 'known' && cookie.name.value, g.name);
        assert.equal(cookie.httpOnly.kind, g.httpOnly ? 'known' : 'absent');
        assert.equal(cookie.secure.kind, g.secure ? 'known' : 'absent');
        if (g.sameSite) assert.ok(cookie.sameSite.kind === 'known' && cookie.sameSite.value === g.sameSite.toLowerCase());
        else assert.equal(cookie.sameSite.kind, 'absent');
        if (g.maxAge !== undefined) assert.ok(cookie.maxAge.kind === 'known' && cookie.maxAge.value === g.maxAge);
        else assert.equal(cookie.maxAge.kind, 'absent');
        const domain = g.domain && (g.upper ? g.domain.toUpperCase() : g.domain);
        if (domain) assert.ok(cookie.domain.kind === 'known' && cookie.domain.value === domain);
        else assert.equal(cookie.domain.kind, 'absent');
      }),
      { numRuns: 150 },
    );
  });

  it('fixes leave a string that reads as fixed, with the other attributes unchanged', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const code = codeFor(headerOf(g));
        const before = factOf(code);
        const steps: [() => ReturnType<NonNullable<typeof before.editor>['setOption']>, (after: typeof before) => boolean][] = [];
        if (!g.httpOnly) steps.push([() => before.editor?.setOption('httpOnly', { type: 'boolean', value: true }), (a) => a.cookie.httpOnly.kind === 'known' && a.cookie.httpOnly.value === true]);
        if (!g.secure) steps.push([() => before.editor?.setOption('secure', { type: 'boolean', value: true }), (a) => a.cookie.secure.kind === 'known' && a.cookie.secure.value === true]);
        steps.push([() => before.editor?.setOption('sameSite', { type: 'string', value: 'strict' }), (a) => a.cookie.sameSite.kind === 'known' && a.cookie.sameSite.value === 'strict']);
        steps.push([() => before.editor?.setOption('maxAge', { type: 'duration', seconds: 3600 }), (a) => a.cookie.maxAge.kind === 'known' && a.cookie.maxAge.value === 3600]);
        if (g.domain) steps.push([() => before.editor?.removeOption?.('domain'), (a) => a.cookie.domain.kind === 'absent']);
        for (const [edit, check] of steps) {
          const after = factOf(applyAndParse(code, edit()));
          assert.ok(check(after), JSON.stringify(after.cookie));
          assert.deepEqual(after.cookie.name.kind === 'known' && after.cookie.name.value, g.name);
        }
      }),
      { numRuns: 100 },
    );
  });
});
