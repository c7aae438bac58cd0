const bcrypt = require('bcryptjs');
const users = require('../users');
const { setRedirectInSession, takeRedirectFromSession } = require('../lib/returnPath');

async function login(req, res, next) {
  const user = await users.byEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).render('login', { error: 'Wrong e-mail or password' });
  }
  setRedirectInSession(req, req.body.redir);
  // expect: session-regenerate-on-login
  req.login(user, { keepSessionInfo: true }, (err) => {
    if (err) return next(err);
    res.redirect(takeRedirectFromSession(req));
  });
}

module.exports = { login };
