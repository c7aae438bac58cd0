const express = require('express');
const bcrypt = require('bcryptjs');
const rateLimit = require('express-rate-limit');
const { findAdmin } = require('../db/admins');
const { startAdminSession, endAdminSession } = require('../lib/adminSession');

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

router.post('/sign-in', loginLimiter, async (req, res) => {
  const admin = await findAdmin(req.body.email);
  if (!admin || !(await bcrypt.compare(req.body.password, admin.passwordHash))) {
    return res.status(401).render('admin/sign-in', { error: 'Wrong e-mail or password' });
  }
  // expect: session-regenerate-on-login
  startAdminSession(req, admin);
  res.redirect('/admin');
});

router.post('/sign-out', (req, res) => {
  // expect: session-destroy-on-logout
  endAdminSession(req);
  res.redirect('/admin/sign-in');
});

module.exports = router;
