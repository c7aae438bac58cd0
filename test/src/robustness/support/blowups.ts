/**
 * Code shaped to make a naive analysis blow up (issue: real-world scale): each shape at a size n,
 * with the finding it must still produce. The parse-server stall was the first of these found in
 * real code: helpers returning calls to helpers with many returns, which an unmemoised resolver
 * evaluated once per path (18 minutes for 682 lines).
 */
export interface BlowupShape {
  readonly name: string;
  readonly fileName: string;
  /** The text at size n (n ≥ 10). */
  readonly text: (n: number) => string;
  /** A rule the shape's insecure line must still be reported by. */
  readonly ruleId: string;
}

const EXPRESS = "const express = require('express');\nconst session = require('express-session');\nconst app = express();\n";
/**
 * An insecure setup after the shape: a chain deeper than the resolver's depth limit is unknown (silent),
 * and the rest of the file must still be reported.
 */
const INSECURE_SETUP = "app.use(session({ secret: process.env.S, cookie: { httpOnly: false, secure: false } }));\n";
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

export const BLOWUP_SHAPES: readonly BlowupShape[] = [
  {
    name: 'helpers with many returns, each returning the next helper (the parse-server shape)',
    fileName: '/project/src/middlewares.js',
    ruleId: 'cookie-secure',
    text: (n) =>
      EXPRESS +
      times(n, (i) => `function step${i}(req, res) {\n${times(12, (j) => `  if (req.body.k${j}) return step${i + 1}(req, res);`).join('\n')}\n  return step${i + 1}(req, res);\n}`).join('\n') +
      `\nfunction step${n}() { return { secure: false }; }\napp.use(session({ secret: process.env.S, cookie: step0() }));\n${INSECURE_SETUP}`,
  },
  {
    name: 'a chain of consts, each a conditional over the previous one twice',
    fileName: '/project/src/config.js',
    ruleId: 'cookie-httponly',
    text: (n) =>
      EXPRESS +
      `const flag = process.argv.length > 2;\nconst c0 = { httpOnly: false };\n${times(n, (i) => `const c${i + 1} = flag ? c${i} : { ...c${i} };`).join('\n')}\n` +
      `app.use(session({ secret: process.env.S, cookie: c${n} }));\n${INSECURE_SETUP}`,
  },
  {
    name: 'mutually recursive helpers',
    fileName: '/project/src/recursion.js',
    ruleId: 'cookie-httponly',
    text: (n) =>
      EXPRESS +
      times(n, (i) => `function m${i}(k) { return k ? m${(i + 1) % n}(k - 1) : m${(i + 7) % n}(k); }`).join('\n') +
      `\napp.use(session({ secret: process.env.S, cookie: m0(3) }));\napp.use(session({ secret: process.env.S, cookie: { httpOnly: false } }));\n`,
  },
  {
    name: 'spreads of spreads of one object',
    fileName: '/project/src/spreads.js',
    ruleId: 'cookie-httponly',
    text: (n) => EXPRESS + `const s0 = { httpOnly: false };\n${times(n, (i) => `const s${i + 1} = { ...s${i}, ...s${i}, k${i}: ${i} };`).join('\n')}\napp.use(session({ secret: process.env.S, cookie: s${n} }));\n${INSECURE_SETUP}`,
  },
  {
    name: 'thousands of member assignments to one options object, each reading it',
    fileName: '/project/src/options.js',
    ruleId: 'cookie-httponly',
    text: (n) =>
      EXPRESS +
      `const opts = { secret: process.env.S, cookie: { httpOnly: false } };\n${times(n, (i) => `if (process.env.X${i}) opts.cookie.k${i + 1} = opts.cookie.k${i};`).join('\n')}\napp.use(session(opts));\n`,
  },
  {
    name: 'a login handler switching over thousands of cases, each writing the user and renewing',
    fileName: '/project/src/routes/auth.js',
    ruleId: 'session-regenerate-on-login',
    text: (n) =>
      EXPRESS +
      `app.use(session({ secret: process.env.S }));\napp.post('/login', async (req, res) => {\n  const user = await User.findOne({ email: req.body.email });\n  if (!(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);\n  switch (req.body.kind) {\n` +
      times(n, (i) => `    case ${i}: req.session.regenerate(() => { req.session.userId = ${i}; }); break;`).join('\n') +
      `\n  }\n  req.session.userId = user.id;\n  res.end();\n});\n`,
  },
  {
    name: 'thousands of login routes',
    fileName: '/project/src/routes/many.js',
    ruleId: 'session-regenerate-on-login',
    text: (n) =>
      EXPRESS +
      `app.use(session({ secret: process.env.S }));\n` +
      times(n, (i) => `app.post('/login${i}', async (req, res) => { const u = await User.findOne(req.body); if (await bcrypt.compare(req.body.p, u.h)) { req.session.userId = u.id; } res.end(); });`).join('\n') +
      '\n',
  },
  {
    name: 'PHP: a variable built from itself, and a chain of conditionals over the previous variable',
    fileName: '/project/public/config.php',
    ruleId: 'session-strict-mode',
    text: (n) => `<?php\n$c = $c . $c . $c;\n$x0 = false;\n${times(n, (i) => `$x${i + 1} = getenv('A') ? $x${i} : $x${i};`).join('\n')}\nini_set('session.use_strict_mode', $x${n} ? 0 : 0);\n`,
  },
  {
    name: 'PHP: an options array read and written thousands of times',
    fileName: '/project/public/session.php',
    ruleId: 'cookie-httponly',
    text: (n) =>
      `<?php\n$opts = [\n${times(n, (i) => `  'k${i}' => ${i},`).join('\n')}\n  'httponly' => false,\n  'secure' => true,\n  'samesite' => 'Lax',\n];\n` +
      times(n, (i) => `$opts['j${i}'] = $opts['k${i}'];`).join('\n') +
      `\nsession_set_cookie_params($opts);\n`,
  },
  {
    name: 'PHP: a login with thousands of renewals and writes in branches',
    fileName: '/project/public/login.php',
    ruleId: 'session-regenerate-on-login',
    text: (n) =>
      `<?php\nsession_start();\nfunction login($user, $pass) {\n  if (!password_verify($pass, $user['hash'])) return;\n` +
      times(n, (i) => `  if ($user['kind'] == ${i}) { session_regenerate_id(true); $_SESSION['user_id'] = ${i}; }`).join('\n') +
      `\n  $_SESSION['user_id'] = $user['id'];\n}\n`,
  },
];
