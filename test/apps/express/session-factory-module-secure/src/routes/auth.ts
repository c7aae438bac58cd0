import { Router } from 'express';
import { promisify } from 'node:util';
import bcrypt from 'bcrypt';
import rateLimit from 'express-rate-limit';
import { findUserByEmail } from '../models/user';
import { login } from '../util/login';

const authRouter = Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// ok: login-rate-limit
authRouter.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = req.body;
  const user = await findUserByEmail(String(email));
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  // A new session id before the helper writes the user into the session (util/login.ts).
  await promisify(req.session.regenerate.bind(req.session))();
  // ok: session-regenerate-on-login
  login(req, user);
  res.json({ id: user.id, email: user.email });
});

authRouter.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.clearCookie('notes.sid');
    res.status(204).end();
  });
});

export default authRouter;
