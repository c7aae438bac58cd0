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
