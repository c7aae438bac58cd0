import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../rules/dist/engine';
import type { ProjectContext } from '../../../rules/dist/model/project';
import { ALL_RULES_ON } from './support/corpus';

/**
 * The application model's walks spend the asking file's budget (issue #15): a step a visit and a
 * step a middleware layer copied, and its scan of the package's files reads the deadline. A walk cut
 * short answers unknown (no finding), never a finding the complete model would not give.
 */

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** One file: an app with a cookie session, and `n` middleware each followed by a state-changing route. */
function routesAndMiddleware(n: number): string {
  return `const express = require('express');
const session = require('express-session');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET }));
${times(n, (i) => `app.use(function audit${i}(req, res, next) { next(); });\napp.post('/items/${i}', (req, res) => { req.session.visits = (req.session.visits || 0) + 1; res.end(); });`).join('\n')}
app.listen(3000);
`;
}

const LOGIN_ROUTER = `const router = require('express').Router();
router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  req.session.regenerate(() => { req.session.userId = user.id; res.end(); });
});
module.exports = router;
`;

/**
 * A package of `fillers` route modules that each mount a router (so the model must parse them all to
 * know who mounts what), an app that mounts a rate limiter app-wide and then the login router.
 */
function packageWithManyMounts(fillers: number, limiter: boolean): { project: ProjectContext; login: string } {
  const files = new Map<string, string>();
  for (let i = 0; i < fillers; i++) {
    files.set(`/project/src/routes/area${i}.js`, `const express = require('express');\nconst sub = require('./area${i}/index');\nmodule.exports = function mount(app) {\n  app.use('/area${i}', sub);\n};\n`);
  }
  files.set('/project/src/routes/auth.js', LOGIN_ROUTER);
  files.set(
    '/project/src/app.js',
    `const express = require('express');\nconst rateLimit = require('express-rate-limit');\nconst session = require('express-session');\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));\n${limiter ? 'app.use(rateLimit({ windowMs: 60_000, max: 5 }));\n' : ''}app.use('/auth', require('./routes/auth'));\napp.listen(3000);\n`,
  );
  const listing = [...files.keys()];
  const sources = { root: '/project', files: listing, read: (name: string) => files.get(name) };
  const project: ProjectContext = {
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
  };
  return { project, login: '/project/src/routes/auth.js' };
}

describe('robustness: the application model spends the analysis budget', function () {
  this.timeout(180_000);

  it('an app with thousands of routes and middleware stops at its step budget, keeping the findings before', async () => {
    const small = await analyze(routesAndMiddleware(100), { fileName: '/project/src/app.js', settings: ALL_RULES_ON });
    assert.equal(small.budgetExhausted, undefined);
    assert.ok(small.findings.some((f) => f.ruleId === 'csrf'), 'the assembled CSRF surface is judged when the walk completes');
    const large = await analyze(routesAndMiddleware(2000), { fileName: '/project/src/app.js', settings: ALL_RULES_ON });
    assert.match(large.budgetExhausted ?? '', /^the application model \(/);
    assert.ok(large.findings.some((f) => f.ruleId === 'cookie-secure'), 'the session configuration is still reported');
    assert.equal(large.findings.filter((f) => f.ruleId === 'csrf').length, 0, 'a walk cut short is unknown: silent');
  });

  it('a deadline interrupts the scan of a large package; the next analysis resumes it; no finding the full model would not give', async () => {
    const withLimiter = packageWithManyMounts(3000, true);
    const text = withLimiter.project.packageSources!(withLimiter.login)!.read(withLimiter.login)!;
    const interrupted = await analyze(text, { fileName: withLimiter.login, settings: ALL_RULES_ON, project: withLimiter.project, timeBudgetMs: 30 });
    assert.match(interrupted.budgetExhausted ?? '', /the application model \(the time budget\)/);
    assert.equal(interrupted.findings.filter((f) => f.ruleId === 'login-rate-limit').length, 0, 'unknown while the model is incomplete');
    const resumed = await analyze(text, { fileName: withLimiter.login, settings: ALL_RULES_ON, project: withLimiter.project });
    assert.equal(resumed.budgetExhausted, undefined);
    assert.equal(resumed.findings.filter((f) => f.ruleId === 'login-rate-limit').length, 0, 'the app-wide limiter guards the login');
    // The same package without the limiter: the complete model reports the login (the test can fail).
    const without = packageWithManyMounts(3000, false);
    const unguarded = await analyze(text, { fileName: without.login, settings: ALL_RULES_ON, project: without.project });
    assert.equal(unguarded.budgetExhausted, undefined);
    assert.equal(unguarded.findings.filter((f) => f.ruleId === 'login-rate-limit').length, 1);
  });
});
