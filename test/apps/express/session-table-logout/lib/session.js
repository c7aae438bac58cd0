const crypto = require('node:crypto');
const prisma = require('./db');

/** Sign-ins are rows of the app's own session table, named by a random token in the `auth_session` cookie. */
const COOKIE = 'auth_session';

async function createSession(userId) {
  const token = crypto.randomBytes(32).toString('base64url');
  await prisma.session.create({ data: { id: hash(token), userId, expiresAt: new Date(Date.now() + 8 * 60 * 60 * 1000) } });
  return token;
}

async function validateSessionToken(token) {
  const session = await prisma.session.findUnique({ where: { id: hash(token) } });
  return { session: session && session.expiresAt > new Date() ? session : null };
}

async function invalidateSessions({ userId, sessionIds }) {
  await prisma.session.deleteMany({ where: { userId, id: { in: sessionIds } } });
}

function setSessionCookie(res, token) {
  res.cookie(COOKIE, token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 8 * 60 * 60 * 1000 });
}

function getSessionCookie(req) {
  return req.cookies[COOKIE];
}

function deleteSessionCookie(res) {
  res.clearCookie(COOKIE, { path: '/' });
}

function hash(token) {
  return crypto.createHash('sha256').update(token).digest('hex');
}

module.exports = { createSession, validateSessionToken, invalidateSessions, setSessionCookie, getSessionCookie, deleteSessionCookie };
