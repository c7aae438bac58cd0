const bcrypt = require('bcrypt');
const User = require('../models/user');

module.exports = adminSignIn = async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ email, isAdmin: true });
  if (!user || !bcrypt.compareSync(password, user.password)) {
    return res.status(401).json({ error: 'Wrong e-mail or password' });
  }
  await new Promise((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
  // ok: session-regenerate-on-login
  req.session.email = user.email;
  res.json({ ok: true });
};
