import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { AdapterContext, importedModules } from '../../../../rules/dist/frontends/js/adapterContext';
import { appModelFor } from '../../../../rules/dist/frontends/js/assembly/appModel';
import { FileContext } from '../../../../rules/dist/frontends/js/fileContext';
import { parseJs } from '../../../../rules/dist/frontends/js/parse';
import { Resolver } from '../../../../rules/dist/frontends/js/resolve';
import type { ProjectContext } from '../../../../rules/dist/model/project';

/**
 * The analysed file's own assembly (every middleware it mounts, classified through its imports) is
 * made when a question of the application model first needs it, not on every question (issue #15:
 * Unleash's app.ts parsed the 18 modules its middleware come from to ask whether a GraphQL resolver map of another module gathers its functions).
 */

const SERVER = `const express = require('express');
const { auditTrail } = require('./middleware/audit');
const { limiter } = require('./middleware/limits');
const app = express();
app.use(auditTrail());
app.use('/api', limiter);
app.listen(3000);
`;

const FILES = new Map<string, string>([
  ['/shop/src/server.js', SERVER],
  ['/shop/src/middleware/audit.js', 'exports.auditTrail = () => (req, res, next) => next();\n'],
  ['/shop/src/middleware/limits.js', "const rateLimit = require('express-rate-limit');\nexports.limiter = rateLimit({ windowMs: 60_000, max: 5 });\n"],
  ['/shop/src/lockout.js', 'let failedAttempts = 0;\nexports.recordAttempt = () => { failedAttempts += 1; };\n'],
]);

function contextOf(fileName: string, asked: string[]): AdapterContext {
  const sources = { root: '/shop', files: [...FILES.keys()].sort(), read: (name: string) => FILES.get(name) };
  const project: ProjectContext = {
    dependencies: { express: '4.21.2', 'express-rate-limit': '7.5.0' },
    packageSources: () => sources,
    readModule(fromFile, specifier) {
      const base = path.posix.join(path.posix.dirname(fromFile), specifier);
      asked.push(base);
      for (const candidate of [base, `${base}.js`]) {
        const text = FILES.get(candidate);
        if (text !== undefined) return { fileName: candidate, text };
      }
      return undefined;
    },
  };
  const text = FILES.get(fileName)!;
  const file = new FileContext(parseJs(text, fileName).program!, text, fileName, project);
  return new AdapterContext(file, new Resolver(file), importedModules(file));
}

describe('app model: the analysed file\'s assembly is made when a question needs it', () => {
  it('a question about other files reads none of its imports; its own assembly is the same as before', () => {
    const asked: string[] = [];
    const context = contextOf('/shop/src/server.js', asked);
    const model = appModelFor(context);
    const counts = model.someFile('test-lockout', /attempt/i, (other) => other.file.text.includes('failedAttempts'));
    assert.equal(counts, true);
    assert.deepEqual(asked.filter((file) => file.includes('/middleware/')), [], 'no middleware module read for a question that does not need them');
    const assembly = model.assemblyOf('/shop/src/server.js');
    assert.deepEqual(
      assembly?.uses.map((use) => [use.path, use.middleware.map((m) => m.kind)]),
      [
        ['/', []],
        ['/api', ['rate-limit']],
      ],
    );
    assert.ok(asked.some((file) => file.endsWith('/middleware/limits')), 'the limiter was followed into its module');
  });

  it('the next analysed file releases the first one\'s context; its assembly is then made from its text', () => {
    const asked: string[] = [];
    const server = contextOf('/shop/src/server.js', asked);
    const model = appModelFor(server);
    appModelFor(contextOf('/shop/src/lockout.js', asked));
    assert.equal(model.assemblyOf('/shop/src/server.js')?.uses.length, 2);
  });
});
