const bcrypt = require('bcrypt');
const User = require('../models/user');

module.exports = (req, res) => {
  const { email, password } = req.body;
  User.findOne({ email }, (err, user) => {
    if (!user) return res.redirect('/auth/login');
    bcrypt.compare(password, user.password, (error, same) => {
      if (!same) return res.redirect('/auth/login');
      // Renew the session id before the user is written into it.
      req.session.regenerate((regenerateError) => {
        if (regenerateError) return res.redirect('/auth/login');
        // ok: session-regenerate-on-login
        req.session.userId = user._id;
        res.redirect('/');
      });
    });
  });
};
