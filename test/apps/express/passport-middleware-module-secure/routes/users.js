const express = require('express');
const rateLimit = require('express-rate-limit');
const toAuthenticate = require('../middleware/toAuthenticate');
const toGithub = require('../middleware/toGithub');
const authController = require('../controllers/auth');
const { createUser } = require('../controllers/users');

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// Sends the browser to GitHub: no password here.
// ok: login-rate-limit
router.get('/auth/github', toGithub);

router.post(
  // The limiter runs first.
  // ok: login-rate-limit
  '/login',
  loginLimiter,
  // 0.7 regenerates the session on login.
  // ok: session-regenerate-on-login
  toAuthenticate,
  (req, res) => res.redirect('/camps'),
);

// ok: login-rate-limit, session-regenerate-on-login
router.post('/signin', loginLimiter, authController.login);

// ok: login-rate-limit, session-regenerate-on-login
router.post('/register', createUser, authController.login);

router.get('/logout', authController.logout);

module.exports = router;
