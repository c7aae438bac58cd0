const express = require('express');
const argon2 = require('argon2');
const rateLimit = require('express-rate-limit');
const prisma = require('../lib/db');
const { createSession, validateSessionToken, invalidateSessions, deleteSessionCookie, getSessionCookie, setSessionCookie } = require('../lib/session');

const router = express.Router();
const signinLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

router.post('/signin', signinLimiter, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await argon2.verify(user.passwordHash, String(req.body.password)))) return res.status(401).end();
  setSessionCookie(res, await createSession(user.id));
  res.status(204).end();
});

// The row goes from the session table (lib/session.js), then the cookie.
// ok: session-destroy-on-logout
router.post('/signout', async (req, res) => {
  const token = getSessionCookie(req);
  if (!token) return res.status(401).end();
  const { session } = await validateSessionToken(token);
  if (!session) return res.status(401).end();
  await invalidateSessions({ userId: session.userId, sessionIds: [session.id] });
  deleteSessionCookie(res);
  res.status(204).end();
});

module.exports = router;
