const express = require('express');
const bcrypt = require('bcrypt');
const users = require('../users');

const router = express.Router();
const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000;

router.get('/login', (req, res) => {
  res.send(`
    <form method="post" action="/auth/login">
      <input name="email" type="email" required>
      <input name="password" type="password" required>
      <label><input name="remember" type="checkbox"> Remember me</label>
      <button>Sign in</button>
    </form>`);
});

router.post('/login', async (req, res) => {
  const user = users.findByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).send('Wrong email or password.');
  }
  req.session.userId = user.id;
  req.session.displayName = user.name;

  res.setHeader('Set-Cookie', `last_user=${encodeURIComponent(user.email)}; Path=/; Max-Age=31536000`);
  if (req.body.remember) {
    res.cookie('remember_me', users.issueRememberToken(user), { maxAge: THIRTY_DAYS });
  }
  res.redirect('/');
});

router.post('/logout', (req, res) => {
  delete req.session.userId;
  res.clearCookie('remember_me');
  res.redirect('/auth/login');
});

module.exports = router;
