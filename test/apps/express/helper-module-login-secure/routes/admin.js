const express = require('express');
const bcrypt = require('bcryptjs');
const rateLimit = require('express-rate-limit');
const { findAdmin } = require('../db/admins');
const { startAdminSession, endAdminSession, signIn } = require('../lib/adminSession');

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// ok: login-rate-limit (a GET that renders the form checks no password)
router.get('/sign-in', (req, res) => signIn(req, res));

router.post('/sign-in', loginLimiter, async (req, res, next) => {
  const admin = await findAdmin(req.body.email);
  if (!admin || !(await bcrypt.compare(req.body.password, admin.passwordHash))) {
    return res.status(401).render('admin/sign-in', { error: 'Wrong e-mail or password' });
  }
  // ok: session-regenerate-on-login
  startAdminSession(req, admin, (err) => (err ? next(err) : res.redirect('/admin')));
});

router.post('/sign-out', (req, res, next) => {
  // ok: session-destroy-on-logout
  endAdminSession(req, (err) => (err ? next(err) : res.clearCookie('admin.sid').redirect('/admin/sign-in')));
});

module.exports = router;
