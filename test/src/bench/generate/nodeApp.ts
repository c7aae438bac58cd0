import { Random } from '../../support/random';
import { capitalize, plural, RESOURCES } from './random';

/**
 * Generated Express and Fastify applications for the benchmark corpus: a few files hold session,
 * cookie and JWT code (some insecure, some env-gated or secure), most are ordinary routes, models,
 * services and helpers that the prefilter should skip, as in a real project.
 */
export type NodeFramework = 'express' | 'fastify';

interface AppShape {
  readonly ts: boolean;
  readonly ext: string;
  readonly rng: Random;
}

const typed = (shape: AppShape, annotated: string, plain: string): string => (shape.ts ? annotated : plain);

function packageJson(name: string, framework: NodeFramework, ts: boolean): string {
  const dependencies: Record<string, string> =
    framework === 'express'
      ? { express: '^4.21.2', 'express-session': '^1.18.1', 'cookie-parser': '^1.4.7', jsonwebtoken: '^9.0.2', 'connect-redis': '^7.1.1', helmet: '^8.0.0' }
      : { fastify: '^5.2.1', '@fastify/session': '^11.1.0', '@fastify/cookie': '^11.0.2', '@fastify/jwt': '^9.0.4', '@fastify/cors': '^10.0.2' };
  const devDependencies: Record<string, string> = ts ? { typescript: '^5.7.3', '@types/node': '^22.10.0' } : { nodemon: '^3.1.9' };
  return `${JSON.stringify({ name, version: '1.0.0', private: true, main: `src/app.${ts ? 'ts' : 'js'}`, dependencies, devDependencies }, null, 2)}\n`;
}

/** The session setup: literal or env secret, flags secure, env-gated or missing. */
function expressApp(shape: AppShape): string {
  const { rng, ts } = shape;
  const secret = rng.pick(["'keyboard cat'", 'process.env.SESSION_SECRET', "process.env.SESSION_SECRET || 'dev-secret'", 'config.sessionSecret']);
  const secure = rng.pick(['true', "process.env.NODE_ENV === 'production'", 'false', undefined]);
  const httpOnly = rng.pick(['true', 'false', undefined]);
  const sameSite = rng.pick(["'lax'", "'strict'", "'none'", undefined]);
  const cookie = [secure && `secure: ${secure}`, httpOnly && `httpOnly: ${httpOnly}`, sameSite && `sameSite: ${sameSite}`, `maxAge: ${rng.pick(['1000 * 60 * 60', '1000 * 60 * 60 * 24 * 30', '900000'])}`].filter(Boolean);
  const resources = RESOURCES.slice(0, 6);
  const imports = ts
    ? ["import express from 'express';", "import session from 'express-session';", "import cookieParser from 'cookie-parser';", "import { config } from './config';", "import { authRouter } from './auth/routes';", ...resources.map((r) => `import { ${r}Router } from './routes/${plural(r)}';`)]
    : ["const express = require('express');", "const session = require('express-session');", "const cookieParser = require('cookie-parser');", "const { config } = require('./config');", "const { authRouter } = require('./auth/routes');", ...resources.map((r) => `const { ${r}Router } = require('./routes/${plural(r)}');`)];
  return `${imports.join('\n')}

const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser(${rng.chance(0.5) ? "'cookie-signing-secret'" : 'process.env.COOKIE_SECRET'}));
app.use(
  session({
    name: ${rng.pick(["'connect.sid'", "'app.sid'", "'__Host-sid'"])},
    secret: ${secret},
    resave: false,
    saveUninitialized: false,
    cookie: { ${cookie.join(', ')} },
  }),
);

app.use('/auth', authRouter);
${resources.map((r) => `app.use('/api/${plural(r)}', ${r}Router);`).join('\n')}

app.use((err${typed(shape, ': Error', '')}, req${typed(shape, ': express.Request', '')}, res${typed(shape, ': express.Response', '')}, next${typed(shape, ': express.NextFunction', '')}) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(config.port, () => console.log(\`listening on \${config.port}\`));
${ts ? 'export default app;' : 'module.exports = app;'}
`;
}

function fastifyApp(shape: AppShape): string {
  const { rng, ts } = shape;
  const secret = rng.pick(["'a secret with minimum length of 32 characters'", 'process.env.SESSION_SECRET', "process.env.SESSION_SECRET ?? 'change-me-change-me-change-me-32'"]);
  const secure = rng.pick(['true', "'auto'", 'false', undefined]);
  const resources = RESOURCES.slice(0, 6);
  const imports = ts
    ? ["import Fastify from 'fastify';", "import fastifyCookie from '@fastify/cookie';", "import fastifySession from '@fastify/session';", "import fastifyJwt from '@fastify/jwt';", "import { authRoutes } from './auth/routes';", ...resources.map((r) => `import { ${r}Routes } from './routes/${plural(r)}';`)]
    : ["const Fastify = require('fastify');", "const fastifyCookie = require('@fastify/cookie');", "const fastifySession = require('@fastify/session');", "const fastifyJwt = require('@fastify/jwt');", "const { authRoutes } = require('./auth/routes');", ...resources.map((r) => `const { ${r}Routes } = require('./routes/${plural(r)}');`)];
  return `${imports.join('\n')}

const app = Fastify({ logger: true });

app.register(fastifyCookie);
app.register(fastifySession, {
  secret: ${secret},
  cookieName: 'sessionId',
  cookie: { ${[secure && `secure: ${secure}`, rng.chance(0.5) ? 'httpOnly: true' : undefined, `maxAge: ${rng.pick(['3600000', '86400000 * 30'])}`].filter(Boolean).join(', ')} },
});
app.register(fastifyJwt, { secret: ${rng.chance(0.5) ? "'supersecret'" : 'process.env.JWT_SECRET'}, sign: { expiresIn: ${rng.pick(["'15m'", "'7d'", "'365d'"])} } });

app.register(authRoutes, { prefix: '/auth' });
${resources.map((r) => `app.register(${r}Routes, { prefix: '/api/${plural(r)}' });`).join('\n')}

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }).catch((err${typed(shape, ': unknown', '')}) => {
  app.log.error(err);
  process.exit(1);
});
`;
}

function expressAuthRoutes(shape: AppShape): string {
  const { rng, ts } = shape;
  const regenerate = rng.chance(0.5);
  const destroy = rng.chance(0.6);
  const head = ts
    ? "import { Router } from 'express';\nimport jwt from 'jsonwebtoken';\nimport { users } from '../models/user';\n\nexport const authRouter = Router();"
    : "const { Router } = require('express');\nconst jwt = require('jsonwebtoken');\nconst { users } = require('../models/user');\n\nconst authRouter = Router();\nmodule.exports = { authRouter };";
  const login = regenerate
    ? `  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.json({ ok: true });
  });`
    : `  req.session.userId = user.id;
  res.json({ ok: true });`;
  return `${head}

authRouter.post('/login', async (req${typed(shape, ': any', '')}, res${typed(shape, ': any', '')}, next${typed(shape, ': any', '')}) => {
  const user = await users.verifyPassword(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
${login}
});

authRouter.post('/logout', (req${typed(shape, ': any', '')}, res${typed(shape, ': any', '')}) => {
${destroy ? "  req.session.destroy(() => res.clearCookie('connect.sid').sendStatus(204));" : '  req.session.userId = undefined;\n  res.sendStatus(204);'}
});

authRouter.post('/token', async (req${typed(shape, ': any', '')}, res${typed(shape, ': any', '')}) => {
  const user = await users.verifyPassword(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  const token = jwt.sign({ sub: user.id }, ${rng.chance(0.5) ? "'jwt-secret'" : 'process.env.JWT_SECRET'}, { expiresIn: ${rng.pick(["'1h'", "'30d'"])} });
  res.cookie('token', token, { httpOnly: ${rng.chance(0.5)}, secure: true, sameSite: 'strict' });
  res.json({ token });
});
`;
}

function fastifyAuthRoutes(shape: AppShape): string {
  const { ts } = shape;
  const head = ts
    ? "import type { FastifyInstance } from 'fastify';\nimport { users } from '../models/user';\n\nexport async function authRoutes(app: FastifyInstance) {"
    : "const { users } = require('../models/user');\n\nasync function authRoutes(app) {";
  return `${head}
  app.post('/login', async (request${typed(shape, ': any', '')}, reply${typed(shape, ': any', '')}) => {
    const user = await users.verifyPassword(request.body.email, request.body.password);
    if (!user) return reply.code(401).send({ error: 'invalid credentials' });
    ${shape.rng.chance(0.5) ? 'await request.session.regenerate();\n    ' : ''}request.session.set('userId', user.id);
    reply.setCookie('theme', 'dark', { path: '/', secure: ${shape.rng.chance(0.5)} });
    return { token: app.jwt.sign({ sub: user.id }) };
  });

  app.post('/logout', async (request${typed(shape, ': any', '')}, reply${typed(shape, ': any', '')}) => {
    await request.session.destroy();
    return reply.code(204).send();
  });
}
${ts ? '' : 'module.exports = { authRoutes };\n'}`;
}

/** Routes of one resource: CRUD with validation and paging, no session or cookie code. */
function resourceRoutes(shape: AppShape, framework: NodeFramework, resource: string): string {
  const Name = capitalize(resource);
  const many = plural(resource);
  const { ts } = shape;
  if (framework === 'fastify') {
    const head = ts
      ? `import type { FastifyInstance } from 'fastify';\nimport { ${Name}Service } from '../services/${resource}Service';\nimport { validate${Name} } from '../validation/${resource}';\n\nexport async function ${resource}Routes(app: FastifyInstance) {`
      : `const { ${Name}Service } = require('../services/${resource}Service');\nconst { validate${Name} } = require('../validation/${resource}');\n\nasync function ${resource}Routes(app) {`;
    return `${head}
  const service = new ${Name}Service();

  app.get('/', async (request${typed(shape, ': any', '')}) => {
    const page = Number(request.query.page ?? 1);
    return service.list({ page, size: 20 });
  });

  app.get('/:id', async (request${typed(shape, ': any', '')}, reply${typed(shape, ': any', '')}) => {
    const item = await service.find(request.params.id);
    return item ?? reply.code(404).send({ error: '${resource} not found' });
  });

  app.post('/', async (request${typed(shape, ': any', '')}, reply${typed(shape, ': any', '')}) => {
    const problems = validate${Name}(request.body);
    if (problems.length > 0) return reply.code(422).send({ problems });
    return reply.code(201).send(await service.create(request.body));
  });

  app.delete('/:id', async (request${typed(shape, ': any', '')}, reply${typed(shape, ': any', '')}) => {
    await service.remove(request.params.id);
    return reply.code(204).send();
  });
}
${ts ? '' : `module.exports = { ${resource}Routes };\n`}`;
  }
  const head = ts
    ? `import { Router, type Request, type Response } from 'express';\nimport { ${Name}Service } from '../services/${resource}Service';\nimport { validate${Name} } from '../validation/${resource}';\n\nexport const ${resource}Router = Router();`
    : `const { Router } = require('express');\nconst { ${Name}Service } = require('../services/${resource}Service');\nconst { validate${Name} } = require('../validation/${resource}');\n\nconst ${resource}Router = Router();\nmodule.exports = { ${resource}Router };`;
  const req = typed(shape, ': Request', '');
  const res = typed(shape, ': Response', '');
  return `${head}
const service = new ${Name}Service();

${resource}Router.get('/', async (req${req}, res${res}) => {
  const page = Number(req.query.page ?? 1);
  res.json(await service.list({ page, size: 20 }));
});

${resource}Router.get('/:id', async (req${req}, res${res}) => {
  const item = await service.find(String(req.params.id));
  if (!item) return res.status(404).json({ error: '${resource} not found' });
  res.json(item);
});

${resource}Router.post('/', async (req${req}, res${res}) => {
  const problems = validate${Name}(req.body);
  if (problems.length > 0) return res.status(422).json({ problems });
  res.status(201).json(await service.create(req.body));
});

${resource}Router.put('/:id', async (req${req}, res${res}) => {
  const updated = await service.update(String(req.params.id), req.body);
  res.json(updated);
});

${resource}Router.delete('/:id', async (req${req}, res${res}) => {
  await service.remove(String(req.params.id));
  res.status(204).end();
});

// ${many} are listed newest first
`;
}

function model(shape: AppShape, resource: string): string {
  const Name = capitalize(resource);
  const fields = ['name', 'description', 'status', 'ownerId', 'amount', 'currency', 'dueDate', 'tags'].slice(0, shape.rng.int(4, 8));
  if (shape.ts) {
    return `export type ${Name}Status = 'draft' | 'active' | 'archived';

export interface ${Name} {
  readonly id: string;
${fields.map((f) => `  readonly ${f}: ${f === 'amount' ? 'number' : f === 'tags' ? 'readonly string[]' : f === 'status' ? `${Name}Status` : 'string'};`).join('\n')}
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export function new${Name}(input: Partial<${Name}>, now: Date = new Date()): ${Name} {
  return {
    id: input.id ?? Math.random().toString(36).slice(2),
${fields.map((f) => `    ${f}: input.${f} ?? ${f === 'amount' ? '0' : f === 'tags' ? '[]' : f === 'status' ? "'draft'" : "''"},`).join('\n')}
    createdAt: input.createdAt ?? now,
    updatedAt: now,
  };
}
`;
  }
  return `/**
 * @typedef {object} ${Name}
${fields.map((f) => ` * @property {${f === 'amount' ? 'number' : f === 'tags' ? 'string[]' : 'string'}} ${f}`).join('\n')}
 */

function new${Name}(input, now = new Date()) {
  return {
    id: input.id || Math.random().toString(36).slice(2),
${fields.map((f) => `    ${f}: input.${f} !== undefined ? input.${f} : ${f === 'amount' ? '0' : f === 'tags' ? '[]' : "''"},`).join('\n')}
    createdAt: input.createdAt || now,
    updatedAt: now,
  };
}

module.exports = { new${Name} };
`;
}

function service(shape: AppShape, resource: string): string {
  const Name = capitalize(resource);
  const t = (annotated: string): string => typed(shape, annotated, '');
  const head = shape.ts
    ? `import { db } from '../db';\nimport { new${Name}, type ${Name} } from '../models/${resource}';\n\nexport class ${Name}Service {`
    : `const { db } = require('../db');\nconst { new${Name} } = require('../models/${resource}');\n\nclass ${Name}Service {`;
  return `${head}
  ${shape.ts ? 'private readonly table = ' : 'table = '}'${plural(resource)}';

  async list({ page, size }${t(': { page: number; size: number }')})${t(`: Promise<${Name}[]>`)} {
    const offset = Math.max(0, (page - 1) * size);
    return db.query(\`SELECT * FROM \${this.table} ORDER BY created_at DESC LIMIT $1 OFFSET $2\`, [size, offset]);
  }

  async find(id${t(': string')})${t(`: Promise<${Name} | undefined>`)} {
    const rows = await db.query(\`SELECT * FROM \${this.table} WHERE id = $1\`, [id]);
    return rows[0];
  }

  async create(input${t(`: Partial<${Name}>`)})${t(`: Promise<${Name}>`)} {
    const item = new${Name}(input);
    await db.insert(this.table, item);
    return item;
  }

  async update(id${t(': string')}, input${t(`: Partial<${Name}>`)})${t(`: Promise<${Name}>`)} {
    const current = await this.find(id);
    if (!current) throw new Error(\`${resource} \${id} does not exist\`);
    const next = { ...current, ...input, id, updatedAt: new Date() };
    await db.update(this.table, id, next);
    return next;
  }

  async remove(id${t(': string')})${t(': Promise<void>')} {
    await db.delete(this.table, id);
  }
}
${shape.ts ? '' : `module.exports = { ${Name}Service };\n`}`;
}

function validation(shape: AppShape, resource: string): string {
  const Name = capitalize(resource);
  const t = (annotated: string): string => typed(shape, annotated, '');
  return `${shape.ts ? 'export ' : ''}function validate${Name}(body${t(': unknown')})${t(': string[]')} {
  const problems${t(': string[]')} = [];
  if (typeof body !== 'object' || body === null) return ['body must be an object'];
  const record = body${t(' as Record<string, unknown>')};
  if (typeof record.name !== 'string' || record.name.trim() === '') problems.push('name is required');
  if (record.amount !== undefined && (typeof record.amount !== 'number' || record.amount < 0)) problems.push('amount must be a positive number');
  if (record.tags !== undefined && !Array.isArray(record.tags)) problems.push('tags must be a list');
  return problems;
}
${shape.ts ? '' : `module.exports = { validate${Name} };\n`}`;
}

function helpers(shape: AppShape): Record<string, string> {
  const t = (annotated: string): string => typed(shape, annotated, '');
  const exp = (names: string): string => (shape.ts ? '' : `module.exports = { ${names} };\n`);
  const x = shape.ts ? 'export ' : '';
  return {
    [`src/db.${shape.ext}`]: `${shape.ts ? "import { Pool } from 'pg';" : "const { Pool } = require('pg');"}

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

${x}const db = {
  async query(sql${t(': string')}, params${t(': unknown[]')} = [])${t(': Promise<any[]>')} {
    const result = await pool.query(sql, params);
    return result.rows;
  },
  async insert(table${t(': string')}, row${t(': object')}) {
    const keys = Object.keys(row);
    const values = Object.values(row);
    await pool.query(\`INSERT INTO \${table} (\${keys.join(', ')}) VALUES (\${keys.map((_, i) => '$' + (i + 1)).join(', ')})\`, values);
  },
  async update(table${t(': string')}, id${t(': string')}, row${t(': object')}) {
    const keys = Object.keys(row);
    await pool.query(\`UPDATE \${table} SET \${keys.map((k, i) => k + ' = $' + (i + 2)).join(', ')} WHERE id = $1\`, [id, ...Object.values(row)]);
  },
  async delete(table${t(': string')}, id${t(': string')}) {
    await pool.query(\`DELETE FROM \${table} WHERE id = $1\`, [id]);
  },
};
${exp('db')}`,
    [`src/utils/pagination.${shape.ext}`]: `${x}function paginate${t('<T>')}(items${t(': T[]')}, page${t(': number')}, size${t(': number')}) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages, total: items.length };
}
${exp('paginate')}`,
    [`src/utils/money.${shape.ext}`]: `const formatters = new Map${t('<string, Intl.NumberFormat>')}();

${x}function formatMoney(amount${t(': number')}, currency${t(': string')} = 'EUR', locale${t(': string')} = 'en-GB')${t(': string')} {
  const key = \`\${locale}:\${currency}\`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter.format(amount / 100);
}
${exp('formatMoney')}`,
    [`src/config.${shape.ext}`]: `${x}const config = {
  port: Number(process.env.PORT || 3000),
  databaseUrl: process.env.DATABASE_URL,
  sessionSecret: process.env.APP_KEY,
  logLevel: process.env.LOG_LEVEL || 'info',
};
${exp('config')}`,
    [`src/models/user.${shape.ext}`]: `${shape.ts ? "import bcrypt from 'bcrypt';\nimport { db } from '../db';" : "const bcrypt = require('bcrypt');\nconst { db } = require('../db');"}

${x}const users = {
  async verifyPassword(email${t(': string')}, password${t(': string')}) {
    const [user] = await db.query('SELECT * FROM users WHERE email = $1', [email]);
    if (!user) return undefined;
    return (await bcrypt.compare(password, user.password_hash)) ? user : undefined;
  },
};
${exp('users')}`,
  };
}

/** One generated application: relative path → text. */
export function generateNodeApp(index: number, framework: NodeFramework, ts: boolean, resourceCount: number): Record<string, string> {
  const ext = ts ? 'ts' : 'js';
  const shape: AppShape = { ts, ext, rng: new Random(1000 + index) };
  const files: Record<string, string> = {
    'package.json': packageJson(`${framework}-app-${index}`, framework, ts),
    [`src/app.${ext}`]: framework === 'express' ? expressApp(shape) : fastifyApp(shape),
    [`src/auth/routes.${ext}`]: framework === 'express' ? expressAuthRoutes(shape) : fastifyAuthRoutes(shape),
    ...helpers(shape),
  };
  for (let i = 0; i < resourceCount; i++) {
    const base = RESOURCES[i % RESOURCES.length]!;
    const resource = i < RESOURCES.length ? base : `${base}${Math.floor(i / RESOURCES.length)}`;
    files[`src/routes/${plural(resource)}.${ext}`] = resourceRoutes(shape, framework, resource);
    files[`src/models/${resource}.${ext}`] = model(shape, resource);
    files[`src/services/${resource}Service.${ext}`] = service(shape, resource);
    files[`src/validation/${resource}.${ext}`] = validation(shape, resource);
  }
  return files;
}
