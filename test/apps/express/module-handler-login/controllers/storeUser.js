const bcrypt = require('bcrypt');
const User = require('../models/user');

// A sign-up: it creates the account and logs the new user in; no password is checked.
module.exports = async (req, res) => {
  const { username, email, password } = req.body;
  const user = await User.create({ username, email, password: await bcrypt.hash(password, 12) });
  // ok: session-regenerate-on-login
  req.session.userId = user._id;
  res.redirect('/');
};
