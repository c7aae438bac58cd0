/**
 * A seeded source of randomness for the server chaos test: small, dependency-free and the same on
 * every machine, so that a failing interleaving replays from its seed.
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** mulberry32: a uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.below(items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of the choices, each with its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [choice, weight] of choices) {
      roll -= weight;
      if (roll < 0) return choice;
    }
    return choices[choices.length - 1]![0];
  }
}

/** What gets typed into a document: code fragments, line ends of every kind, astral characters. */
export const TYPED: readonly string[] = [
  'httpOnly: true, ',
  'httpOnly: false, ',
  "secure: process.env.NODE_ENV === 'production', ",
  "sameSite: 'none', ",
  'maxAge: 30 * 24 * 3600 * 1000, ',
  "res.cookie('sid', token, { httpOnly: false });\n",
  "app.use(session({ secret: 'keyboard cat' }));\n",
  '\r\n',
  '\n',
  '\t',
  '😀',
  '𝒳',
  '{',
  '}',
  '(',
  ')',
  "'",
  '`${',
  '// ',
  '/* ',
  "ini_set('session.cookie_httponly', '0');\n",
  '    cookie_secure: false\n',
  'session.cookie_secure = 0\n',
];
