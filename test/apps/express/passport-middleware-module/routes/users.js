const express = require('express');
const toAuthenticate = require('../middleware/toAuthenticate');
const toGithub = require('../middleware/toGithub');
const authController = require('../controllers/auth');
const { createUser } = require('../controllers/users');

const router = express.Router();

// Sends the browser to GitHub: no password here.
// ok: login-rate-limit
router.get('/auth/github', toGithub);

router.post(
  // Nothing limits the tries.
  // expect: login-rate-limit
  '/login',
  // The package.json allows only 0.4.x, whose login keeps the session id.
  // expect: session-regenerate-on-login
  toAuthenticate,
  (req, res) => res.redirect('/camps'),
);

// The same login exported by a controller module.
// expect: login-rate-limit, session-regenerate-on-login
router.post('/signin', authController.login);

// A sign-up that logs the new account in: not judged as a login.
// ok: login-rate-limit, session-regenerate-on-login
router.post('/register', createUser, authController.login);

router.get('/logout', authController.logout);

module.exports = router;
