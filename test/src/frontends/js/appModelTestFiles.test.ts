import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../../rules/dist/engine';
import type { ProjectContext } from '../../../../rules/dist/model/project';
import { ALL_RULES_ON } from '../../robustness/support/corpus';

/**
 * The application model's scan of who mounts what leaves the package's tests out: a spec that builds
 * its own app around a router (no rate limiter, as tests do) is not a way the router is served, and
 * reading every test suite was most of a package's cold start (issue #15).
 */

const LOGIN_ROUTER = `const router = require('express').Router();
router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  req.session.regenerate(() => { req.session.userId = user.id; res.end(); });
});
module.exports = router;
`;

const APP = `const express = require('express');
const rateLimit = require('express-rate-limit');
const session = require('express-session');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
app.use(rateLimit({ windowMs: 60_000, max: 5 }));
app.use('/auth', require('./routes/auth'));
app.listen(3000);
`;

/** A second app around the same router, without the limiter: what a test suite writes. */
const BARE_APP = (fromFolder: string): string => `const express = require('express');
const request = require('supertest');
const app = express();
app.use('/auth', require('${fromFolder}/routes/auth'));
it('logs in', () => request(app).post('/auth/login').send({ email: 'a@b.c', password: 'x' }).expect(200));
`;

function project(extra: Record<string, string>): { project: ProjectContext } {
  const files = new Map<string, string>([['/project/src/routes/auth.js', LOGIN_ROUTER], ['/project/src/app.js', APP], ...Object.entries(extra)]);
  const sources = { root: '/project', files: [...files.keys()].sort(), read: (name: string) => files.get(name) };
  return {
    project: {
      dependencies: { express: '4.21.2', 'express-session': '1.18.1', 'express-rate-limit': '7.5.0' },
      packageSources: () => sources,
      readModule(fromFile, specifier) {
        if (!specifier.startsWith('.')) return undefined;
        const base = path.posix.join(path.posix.dirname(fromFile), specifier);
        for (const candidate of [base, `${base}.js`, `${base}/index.js`]) {
          const text = files.get(candidate);
          if (text !== undefined) return { fileName: candidate, text };
        }
        return undefined;
      },
    },
  };
}

async function rateLimitFindings(extra: Record<string, string>): Promise<{ count: number }> {
  const { project: context } = project(extra);
  const result = await analyze(LOGIN_ROUTER, { fileName: '/project/src/routes/auth.js', settings: ALL_RULES_ON, project: context });
  return { count: result.findings.filter((f) => f.ruleId === 'login-rate-limit').length };
}

describe('app model: test files do not mount routers', function () {
  this.timeout(60_000);

  it('an app in a spec around the login router does not reach it; the same app in a source file does', async () => {
    assert.equal((await rateLimitFindings({})).count, 0, 'the app mounts the limiter before the router');
    for (const spec of ['/project/test/auth.spec.js', '/project/src/routes/auth.test.js', '/project/src/__tests__/auth.js']) {
      const fromFolder = path.posix.relative(path.posix.dirname(spec), '/project/src') || '.';
      const { count } = await rateLimitFindings({ [spec]: BARE_APP(fromFolder.startsWith('.') ? fromFolder : `./${fromFolder}`) });
      assert.equal(count, 0, `${spec}: a test's app is not how the router is served`);
    }
    const second = await rateLimitFindings({ '/project/src/bareServer.js': BARE_APP('.') });
    assert.equal(second.count, 1, 'a second app of the package without the limiter serves the login route unlimited');
  });
});

/** A login router with no limiter anywhere, and an account-lockout counter (NodeBB's `logAttempt` shape) in `counterFile`. */
async function lockoutFindings(counterFile: string): Promise<number> {
  const counter = `const db = require('${path.posix.relative(path.posix.dirname(counterFile), '/project/src/db') || '.'}');
exports.logAttempt = async function logAttempt(uid) {
  const attempts = await db.increment(\`loginAttempts:\${uid}\`);
  if (attempts > 5) throw new Error('account locked');
};
`;
  const files = new Map<string, string>([
    ['/project/src/routes/auth.js', LOGIN_ROUTER],
    ['/project/src/app.js', `const express = require('express');\nconst session = require('express-session');\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));\napp.use('/auth', require('./routes/auth'));\n`],
    ['/project/src/db.js', 'module.exports = { increment: async () => 1 };\n'],
    [counterFile, counter],
  ]);
  const sources = { root: '/project', files: [...files.keys()].sort(), read: (name: string) => files.get(name) };
  const context: ProjectContext = {
    dependencies: { express: '4.21.2', 'express-session': '1.18.1' },
    packageSources: () => sources,
    readModule(fromFile, specifier) {
      if (!specifier.startsWith('.')) return undefined;
      const base = path.posix.join(path.posix.dirname(fromFile), specifier);
      for (const candidate of [base, `${base}.js`]) {
        const text = files.get(candidate);
        if (text !== undefined) return { fileName: candidate, text };
      }
      return undefined;
    },
  };
  const result = await analyze(LOGIN_ROUTER, { fileName: '/project/src/routes/auth.js', settings: ALL_RULES_ON, project: context });
  return result.findings.filter((f) => f.ruleId === 'login-rate-limit').length;
}

describe('app model: a defence in the tests defends nothing that runs', function () {
  this.timeout(60_000);

  it('an account-lockout counter in the sources may guard the login out of sight; the same counter in a test helper does not', async () => {
    assert.equal(await lockoutFindings('/project/src/user/auth.js'), 0, 'a lockout the app keeps: unknown, not reported');
    assert.equal(await lockoutFindings('/project/test/helpers/lockout.js'), 1, 'a counter in the test suite: no limiter, reported');
    assert.equal(await lockoutFindings('/project/src/user/auth.spec.js'), 1, 'a spec beside the sources: reported');
  });
});
