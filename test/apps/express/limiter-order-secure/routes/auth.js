import { Router } from 'express';
import argon2 from 'argon2';
import { findUserByEmail } from '../models/users.js';

const router = Router();

// ok: login-rate-limit
router.post('/login', async (req, res, next) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await argon2.verify(user.passwordHash, req.body.password))) return res.status(401).json({ error: 'invalid credentials' });
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.json({ id: user.id });
  });
});

router.post('/logout', (req, res, next) => {
  req.session.destroy((err) => (err ? next(err) : res.sendStatus(204)));
});

export default router;
