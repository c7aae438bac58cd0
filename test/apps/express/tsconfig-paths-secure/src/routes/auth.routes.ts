import { Router } from 'express';
import { users } from '@services/users';

export const authRouter = Router();

// ok: login-rate-limit
authRouter.post('/login', async (req, res, next) => {
  const user = await users.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.json({ id: user.id });
  });
});
