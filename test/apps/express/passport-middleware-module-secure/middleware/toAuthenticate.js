const passport = require('passport');

module.exports = passport.authenticate('local', {
  failureRedirect: '/users/login',
  failureFlash: 'Invalid username or password',
});
