const express = require('express');
const passport = require('passport');

const router = express.Router();

router.get('/login', (req, res) => res.render('login'));
// ok: session-regenerate-on-login
router.post('/login', passport.authenticate('local', { successRedirect: '/', failureRedirect: '/login' }));

router.post('/logout', (req, res) => {
  // expect: session-destroy-on-logout
  req.logout();
  res.redirect('/');
});

module.exports = router;
