const express = require('express');
const passport = require('passport');

const router = express.Router();

router.get('/login', (req, res) => res.render('login'));
// ok: session-regenerate-on-login
router.post('/login', passport.authenticate('local', { successRedirect: '/', failureRedirect: '/login' }));

// The old sign-out link of the navigation bar, kept for bookmarks: it sends to the logout.
// ok: session-destroy-on-logout
router.get('/signout', (req, res) => res.redirect(307, '/logout'));

router.post('/logout', (req, res) => {
  // Forgets only who the user is: the session id and the rest of the session stay.
  // expect: session-destroy-on-logout
  delete req.session.passport;
  res.redirect('/');
});

module.exports = router;
