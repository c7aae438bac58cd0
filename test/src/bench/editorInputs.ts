import { generatePhpApp } from './generate/phpApp';

/**
 * Generated TypeScript for the editor benchmark: an Express app with an insecure session setup
 * at the top, followed by ordinary application code (types, services, routes) until the file has
 * the requested number of lines. Every file mentions sessions, so none is skipped by the prefilter.
 */
export function generateTsApp(lines: number, seed = 0): string {
  const header = [
    "import express, { type Request, type Response } from 'express';",
    "import session from 'express-session';",
    '',
    'const app = express();',
    'app.use(',
    '  session({',
    '    secret: process.env.SESSION_SECRET ?? "dev-secret",',
    '    resave: false,',
    '    saveUninitialized: false,',
    '    cookie: { httpOnly: false, secure: true, maxAge: 1000 * 60 * 60 },',
    '  }),',
    ');',
    '',
  ];
  const out = [...header];
  for (let i = 0; ; i++) {
    const n = `${seed}_${i}`;
    const block = [
      `export interface Order${n} {`,
      '  readonly id: string;',
      '  readonly items: readonly { sku: string; quantity: number; price: number }[];',
      '  readonly createdAt: Date;',
      '}',
      '',
      `export class OrderService${n} {`,
      '  private readonly cache = new Map<string, Order' + n + '>();',
      '',
      `  total(order: Order${n}): number {`,
      '    return order.items.reduce((sum, item) => sum + item.quantity * item.price, 0);',
      '  }',
      '',
      `  async load(id: string): Promise<Order${n} | undefined> {`,
      '    const cached = this.cache.get(id);',
      '    if (cached) return cached;',
      '    const response = await fetch(`https://orders.example/${encodeURIComponent(id)}`);',
      `    return response.ok ? ((await response.json()) as Order${n}) : undefined;`,
      '  }',
      '}',
      '',
      `app.get('/orders/${i}/:id', async (req: Request, res: Response) => {`,
      `  const order = await new OrderService${n}().load(req.params.id ?? '');`,
      "  if (!order || !req.session) return res.status(404).json({ error: 'not found' });",
      '  res.json({ order, viewedBy: req.sessionID });',
      '});',
      '',
    ];
    if (out.length + block.length > lines) break;
    out.push(...block);
  }
  // Whole blocks only, so the file parses; comment lines make up the exact count.
  while (out.length < lines) out.push('// orders are read-only for sessions without a user');
  return out.join('\n') + '\n';
}

/**
 * Generated PHP for the editor benchmark: a script that configures its session (with one insecure
 * setting) followed by the classes of generated PHP apps (controllers, models, repositories,
 * services, one namespace block each) until the file has about the requested number of lines.
 */
export function generatePhpFile(lines: number): string {
  const out = ['<?php', '', "ini_set('session.cookie_httponly', '0');", "ini_set('session.use_strict_mode', '1');", 'session_start();', ''];
  for (let app = 0; out.length < lines; app++) {
    for (const [file, text] of Object.entries(generatePhpApp(app, 8))) {
      if (!file.startsWith('src/') || !file.endsWith('.php')) continue;
      // One file of classes: the opening tag and strict_types (which must come first) go; namespaces stay.
      const body = text.replace(/^<\?php\s*/, '').replace(/declare\(strict_types=1\);\s*/, '');
      const bodyLines = body.split('\n');
      if (out.length + bodyLines.length > lines) return out.join('\n') + '\n';
      out.push(...bodyLines);
    }
  }
  return out.join('\n') + '\n';
}
