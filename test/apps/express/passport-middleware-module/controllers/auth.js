const passport = require('passport');

exports.login = passport.authenticate('local', {
  failureRedirect: '/users/login',
  successRedirect: '/camps',
});

exports.logout = (req, res, next) => {
  req.logout((err) => (err ? next(err) : req.session.destroy(() => res.redirect('/'))));
};
