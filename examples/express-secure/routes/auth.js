const express = require('express');
const bcrypt = require('bcrypt');
const { generateToken } = require('csrf-sync').csrfSync();
const users = require('../users');
const { loginLimiter } = require('../middleware/rateLimit');

const router = express.Router();
const FOURTEEN_DAYS = 14 * 24 * 60 * 60 * 1000;

router.get('/login', (req, res) => {
  res.send(`
    <form method="post" action="/auth/login">
      <input type="hidden" name="CSRFToken" value="${generateToken(req)}">
      <input name="email" type="email" required>
      <input name="password" type="password" required>
      <label><input name="remember" type="checkbox"> Remember me</label>
      <button>Sign in</button>
    </form>`);
});

router.post('/login', loginLimiter, async (req, res, next) => {
  const user = users.findByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).send('Wrong email or password.');
  }
  // A new session id at login, so an id planted before login is worthless.
  req.session.regenerate((error) => {
    if (error) return next(error);
    req.session.userId = user.id;
    req.session.displayName = user.name;

    res.setHeader('Set-Cookie', `last_user=${encodeURIComponent(user.email)}; Path=/auth; Max-Age=3600; HttpOnly; Secure; SameSite=Lax`);
    if (req.body.remember) {
      // sessionlint-disable-next-line cookie-max-age -- a single-use, server-side revocable remember-me token, rotated on every use
      res.cookie('remember_me', users.issueRememberToken(user), { httpOnly: true, secure: true, sameSite: 'lax', maxAge: FOURTEEN_DAYS });
    }
    req.session.save((saveError) => (saveError ? next(saveError) : res.redirect('/')));
  });
});

router.post('/logout', (req, res, next) => {
  // Destroy the session on the server, then drop the cookies in the browser.
  req.session.destroy((error) => {
    if (error) return next(error);
    res.clearCookie('app.sid', { path: '/' });
    res.clearCookie('remember_me', { httpOnly: true, secure: true, sameSite: 'lax' });
    res.redirect('/auth/login');
  });
});

module.exports = router;
