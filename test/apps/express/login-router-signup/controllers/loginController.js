const bcrypt = require('bcryptjs');
const User = require('../models/user');

module.exports = {
  index(req, res) {
    res.render('login');
  },

  // A sign-up: the new account is stored, nobody is logged in.
  async register(req, res) {
    const hash = await bcrypt.hash(req.body.password, 12);
    await User.create({ email: req.body.email, password: hash });
    res.redirect('/login');
  },

  async login(req, res, next) {
    const user = await User.findOne({ email: req.body.email });
    if (!user || !(await bcrypt.compare(req.body.password, user.password))) return res.status(401).render('login', { error: 'Invalid credentials' });
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.redirect('/notes');
    });
  },
};
