const bcrypt = require('bcrypt');
const users = require('../services/users');
const sessions = require('../services/sessions');

exports.login = async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.password_hash))) return res.status(401).render('login', { error: 'Wrong email or password.' });
  await sessions.rotate(req);
  // ok: session-regenerate-on-login
  req.session.userId = user.id;
  res.redirect('/');
};

exports.logout = async (req, res) => {
  await sessions.end(req);
  res.clearCookie('app.sid');
  res.redirect('/');
};
