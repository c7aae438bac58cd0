const bcrypt = require('bcrypt');
const User = require('../models/User');

module.exports = (req, res) => {
  const { username, password } = req.body;
  User.findOne({ username }, (error, user) => {
    if (!user) return res.redirect('/auth/login');
    bcrypt.compare(password, user.password, (err, same) => {
      if (!same) return res.redirect('/auth/login');
      req.session.regenerate((regenerateError) => {
        if (regenerateError) return res.redirect('/auth/login');
        req.session.userId = user._id;
        res.redirect('/');
      });
    });
  });
};
