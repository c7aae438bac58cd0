const express = require('express');
const bcrypt = require('bcrypt');
const users = require('../users');

const router = express.Router();

// expect: login-rate-limit
router.post('/login', async (req, res, next) => {
  const user = await users.byEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.status(401).render('login');
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.user = { id: user.id };
    res.redirect('/');
  });
});

router.post('/logout', (req, res) => {
  // expect: session-destroy-on-logout
  req.session.user = null;
  res.redirect('/');
});

module.exports = router;
